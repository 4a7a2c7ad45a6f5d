using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Rules.InputValidation;

/// <summary>
/// SG1001: SQL command text that is not constant reaches ADO.NET commands and adapters, EF Core raw SQL or Dapper.
/// Parameterised commands keep the text constant and so stay silent; <c>FromSqlInterpolated</c> and <c>FromSql</c>
/// take a <c>FormattableString</c> and parameterise it, so they are not sinks.
/// </summary>
public sealed class SqlInjectionRule : SecurityRule
{
    private const string DbCommand = "System.Data.Common.DbCommand";
    private const string IDbCommand = "System.Data.IDbCommand";
    private const string Fix = "use constant SQL with parameters (@p and Parameters.Add)";
    private const string DapperMapper = "Dapper.SqlMapper";

    private static readonly HashSet<string> EfRawMethods = new(StringComparer.Ordinal) { "FromSqlRaw", "ExecuteSqlRaw", "ExecuteSqlRawAsync", "SqlQueryRaw" };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.SqlInjection;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } =
        [SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.SimpleAssignmentExpression,
            SyntaxKind.AddAssignmentExpression, SyntaxKind.CoalesceAssignmentExpression];

    /// <inheritdoc />
    // Calls and constructions without arguments pass no SQL text (command.ExecuteReader(), new SqlCommand()).
    // `CommandText += …` appends to what is there: the earlier text was judged where it was assigned, the right side is judged here.
    public override bool IsCandidate(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } invocation => SyntaxNames.CalledName(invocation) is { } name
            && (EfRawMethods.Contains(name) || name.StartsWith("Query", StringComparison.Ordinal) || name.StartsWith("Execute", StringComparison.Ordinal)),
        ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } creation => SyntaxNames.CreatedTypeName(creation) is { } type && IsCommandTypeName(type),
        ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.ArgumentList.Arguments.Count > 0
            && (SyntaxNames.TargetTypeName(implicitCreation) is not { } target || IsCommandTypeName(target)),
        AssignmentExpressionSyntax assignment => SyntaxNames.RightmostName(assignment.Left) == "CommandText",
        _ => false,
    };

    // Command and adapter types take SQL text in their constructors (SqlCommand, NpgsqlDataAdapter, Dapper's CommandDefinition).
    private static bool IsCommandTypeName(string type) =>
        type.EndsWith("Command", StringComparison.Ordinal) || type.EndsWith("DataAdapter", StringComparison.Ordinal) || type == "CommandDefinition";

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var model = context.Model;
        // A Query…/Execute… call other than EF Core's raw-SQL methods is a sink only as Dapper's: without Dapper in the
        // project or its references, it is some other method of that name and needs no binding.
        if (node is InvocationExpressionSyntax call && SyntaxNames.CalledName(call) is { } called && !EfRawMethods.Contains(called) && !context.HasType(DapperMapper))
        {
            return;
        }

        // Only values that are not constant are reported, so constant SQL needs no binding of the call around it.
        if (node is AssignmentExpressionSyntax { Right: var text } ? SinkArguments.IsConstantShaped(text, context) : SinkArguments.AllArgumentsConstant(node, context))
        {
            return;
        }

        switch (node)
        {
            case AssignmentExpressionSyntax assignment:
                if (model.GetSymbolInfo(assignment.Left).Symbol is IPropertySymbol { Name: "CommandText" } property
                    && (KnownApis.IsOn(property, DbCommand) || KnownApis.IsOn(property, IDbCommand)))
                {
                    SinkArguments.ReportIfData(context, Descriptor, assignment.Right, SinkConcern.Sql, "SQL text", $"{property.ContainingType.Name}.CommandText", Fix);
                }

                break;
            case BaseObjectCreationExpressionSyntax creation when SinkArguments.Method(creation, model) is { } ctor:
                var type = ctor.ContainingType;
                var isCommand = SinkArguments.IsOrDerives(type, DbCommand) || SinkArguments.IsOrDerives(type, IDbCommand)
                    || KnownApis.FullName(type) == "Dapper.CommandDefinition";
                var isAdapter = SinkArguments.IsOrDerives(type, "System.Data.Common.DbDataAdapter") || SinkArguments.IsOrDerives(type, "System.Data.IDbDataAdapter");
                if (!isCommand && !isAdapter)
                {
                    break;
                }

                // The command text is the constructor's first parameter (cmdText, commandText, selectCommandText).
                foreach (var (parameter, value) in SinkArguments.Of(creation, model))
                {
                    if (parameter.Ordinal == 0 && SinkArguments.IsString(parameter))
                    {
                        SinkArguments.ReportIfData(context, Descriptor, value, SinkConcern.Sql, "SQL text", $"new {type.Name}", Fix);
                    }
                }

                break;
            case InvocationExpressionSyntax invocation when SinkArguments.Method(invocation, model) is { } method:
                var definition = method.ReducedFrom ?? method;
                var isEf = EfRawMethods.Contains(method.Name) && definition.ContainingNamespace?.ToDisplayString() == "Microsoft.EntityFrameworkCore";
                var isDapper = KnownApis.FullName(definition.ContainingType) == DapperMapper;
                if (!isEf && !isDapper)
                {
                    break;
                }

                foreach (var (parameter, value) in SinkArguments.Of(invocation, model))
                {
                    if (parameter.Name == "sql" && SinkArguments.IsString(parameter))
                    {
                        SinkArguments.ReportIfData(context, Descriptor, value, SinkConcern.Sql, "SQL text", method.Name, isEf && method.Name == "FromSqlRaw"
                            ? "use FromSql with an interpolated string, or constant SQL with parameters"
                            : Fix);
                    }
                }

                break;
        }
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.ExceptionHandling;

/// <summary>
/// SG3001: <c>catch (System.Exception)</c>, <c>catch (System.SystemException)</c> or a bare <c>catch</c> that neither
/// filters nor rethrows. A catch at a real boundary (<c>Main</c>, <c>BackgroundService.ExecuteAsync</c>, middleware
/// <c>Invoke</c>/<c>InvokeAsync</c>, a loop in an <c>IHostedService</c>, an event handler, an <c>async void</c> function,
/// work started on another thread that nobody awaits) is fine when it hands the exception to a call.
/// An empty block is left to SG3002: one defect, one finding.
/// </summary>
public sealed class CatchAllRule : SecurityRule
{
    private const string BackgroundServiceType = "Microsoft.Extensions.Hosting.BackgroundService";
    private const string HostedServiceType = "Microsoft.Extensions.Hosting.IHostedService";
    private const string HttpContextType = "Microsoft.AspNetCore.Http.HttpContext";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.CatchAll;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.CatchClause];

    /// <inheritdoc />
    // The caught type is not checked by name here: aliases (using E = System.Exception) would slip past, and catch clauses are few.
    public override bool IsCandidate(SyntaxNode node) =>
        node is CatchClauseSyntax { Filter: null } clause && !CatchClauses.IsEmpty(clause);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var clause = (CatchClauseSyntax)node;
        var model = context.Model;
        var type = CatchClauses.CaughtType(clause, context);
        if (type is null || KnownApis.FullName(type) is not (CatchClauses.ExceptionType or CatchClauses.SystemExceptionType))
        {
            return;
        }

        if (CatchClauses.RethrowsOnEveryPath(clause, model) || CatchClauses.RethrowsOrHandsOn(clause, model))
        {
            return;
        }

        var caught = CatchClauses.Capitalized(CatchClauses.Describe(clause, type));
        string message;
        if (CatchClauses.ThrowsCaughtVariable(clause, model))
        {
            message = $"{caught} rethrows with 'throw {clause.Declaration!.Identifier.ValueText};', which resets the stack trace; use 'throw;' or catch only the types you handle";
        }
        else if (Boundary(clause, model) is { } boundary)
        {
            if (CatchClauses.PassesVariableToCall(clause, model))
            {
                return;
            }

            message = $"{caught} at a boundary ({boundary}) does not log the caught exception; pass it to the logger, or catch only the types you handle";
        }
        else
        {
            message = $"{caught} catches every error and neither filters nor rethrows; catch the specific types you handle, add a 'when' filter, or end with 'throw;'";
        }

        context.Report(Descriptor, CatchClauses.ReportNode(clause), message, Origin.Internal);
    }

    /// <summary>
    /// The boundary the catch sits at, or null: top-level statements or a static <c>Main</c>; <c>ExecuteAsync</c> of a
    /// <c>BackgroundService</c>; <c>Invoke</c>/<c>InvokeAsync</c> taking an <c>HttpContext</c> first (middleware by
    /// convention or <c>IMiddleware</c>); a loop in any method of a type implementing <c>IHostedService</c>.
    /// Lambdas inside such a method count as the method. Otherwise the function around the catch may be a boundary of
    /// its own (see <see cref="CallbackBoundaries"/>).
    /// </summary>
    private static string? Boundary(CatchClauseSyntax clause, SemanticModel model)
    {
        if (clause.FirstAncestorOrSelf<GlobalStatementSyntax>() is not null)
        {
            return "top-level Main";
        }

        var member = SyntaxNames.EnclosingMember(clause);
        if (member is MethodDeclarationSyntax declaration && model.GetDeclaredSymbol(declaration) is { } method)
        {
            if (IsMain(method, model.Compilation))
            {
                return "Main";
            }

            if (method is { Name: "ExecuteAsync", IsOverride: true } && KnownApis.IsOrDerivesFrom(method.ContainingType.BaseType, BackgroundServiceType))
            {
                return "BackgroundService.ExecuteAsync";
            }

            if (method is { Name: "Invoke" or "InvokeAsync", IsStatic: false, Parameters: [var first, ..] } && KnownApis.FullName(first.Type) == HttpContextType)
            {
                return "middleware " + method.Name;
            }
        }

        if (member is not null && InLoopWithin(clause, member)
            && model.GetEnclosingSymbol(clause.SpanStart)?.ContainingType is { } type
            && type.AllInterfaces.Any(i => KnownApis.FullName(i) == HostedServiceType))
        {
            return "hosted service loop";
        }

        return CallbackBoundaries.Of(clause, model);
    }

    private static bool IsMain(IMethodSymbol method, Compilation compilation)
    {
        if (method is not { Name: "Main", IsStatic: true } || method.Parameters.Length > 1
            || (method.Parameters.Length == 1 && method.Parameters[0].Type is not IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String }))
        {
            return false;
        }

        // In an executable the compiler knows the one entry point; a library (or a test compilation) has none, so any Main-shaped method counts.
        var entry = compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication
            ? compilation.GetEntryPoint(CancellationToken.None)
            : null;
        return entry is null || SymbolEqualityComparer.Default.Equals(entry, method);
    }

    private static bool InLoopWithin(SyntaxNode node, SyntaxNode member)
    {
        for (var current = node.Parent; current != null && current != member; current = current.Parent)
        {
            if (current is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax)
            {
                return true;
            }
        }

        return false;
    }
}

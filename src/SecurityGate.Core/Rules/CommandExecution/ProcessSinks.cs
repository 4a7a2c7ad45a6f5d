using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Rules.CommandExecution;

/// <summary>The role a value plays when a process is started.</summary>
internal enum ProcessInput
{
    /// <summary>The program: <c>FileName</c>, the first argument of <c>Process.Start</c> or <c>new ProcessStartInfo</c>.</summary>
    Program,

    /// <summary>The command line: <c>Arguments</c>, <c>ArgumentList</c> items, the second argument of <c>Process.Start</c>.</summary>
    Arguments,
}

/// <summary>Finds the values that flow into <c>System.Diagnostics.Process</c> and <c>ProcessStartInfo</c>.</summary>
internal static class ProcessSinks
{
    public const string ProcessType = "System.Diagnostics.Process";
    public const string StartInfoType = "System.Diagnostics.ProcessStartInfo";

    /// <summary>
    /// Syntax-only: could this node hand a value to a process? Only shapes that <see cref="Inputs"/> can take values
    /// from: <c>Start</c> with arguments, <c>Add</c> on something named <c>ArgumentList</c>, a construction with arguments.
    /// </summary>
    public static bool IsCandidate(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } invocation => SyntaxNames.CalledName(invocation) switch
        {
            "Start" => true,
            "Add" => invocation.Expression is MemberAccessExpressionSyntax access && SyntaxNames.RightmostName(access.Expression) == "ArgumentList",
            _ => false,
        },
        ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } creation => SyntaxNames.CreatedTypeName(creation) == "ProcessStartInfo",
        ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.ArgumentList.Arguments.Count > 0
            && SyntaxNames.TargetTypeName(implicitCreation) is null or "ProcessStartInfo",
        AssignmentExpressionSyntax assignment => SyntaxNames.RightmostName(assignment.Left) is "FileName" or "Arguments",
        _ => false,
    };

    /// <summary>The values a candidate node passes to a process, with their role.</summary>
    public static IEnumerable<(ExpressionSyntax Value, ProcessInput Role)> Inputs(SyntaxNode node, SemanticModel model)
    {
        switch (node)
        {
            case InvocationExpressionSyntax invocation when model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method:
                if (method.Name == "Start" && method.IsStatic && KnownApis.FullName(method.ContainingType) == ProcessType)
                {
                    var args = invocation.ArgumentList.Arguments;
                    if (args.Count >= 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_String)
                    {
                        yield return (args[0].Expression, ProcessInput.Program);
                        for (var i = 1; i < args.Count; i++)
                        {
                            yield return (args[i].Expression, ProcessInput.Arguments);
                        }
                    }
                }
                else if (method.Name == "Add" && invocation.Expression is MemberAccessExpressionSyntax { Expression: var list }
                    && model.GetSymbolInfo(list).Symbol is IPropertySymbol { Name: "ArgumentList" } property
                    && KnownApis.FullName(property.ContainingType) == StartInfoType)
                {
                    yield return (invocation.ArgumentList.Arguments[0].Expression, ProcessInput.Arguments);
                }

                break;
            case BaseObjectCreationExpressionSyntax creation when model.GetTypeInfo(creation).Type is { } type && KnownApis.FullName(type) == StartInfoType:
                var ctorArgs = creation.ArgumentList?.Arguments ?? default;
                if (ctorArgs.Count >= 1)
                {
                    yield return (ctorArgs[0].Expression, ProcessInput.Program);
                }

                if (ctorArgs.Count >= 2)
                {
                    yield return (ctorArgs[1].Expression, ProcessInput.Arguments);
                }

                break;
            case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || assignment.IsKind(SyntaxKind.AddAssignmentExpression):
                if (model.GetSymbolInfo(assignment.Left).Symbol is IPropertySymbol target && KnownApis.FullName(target.ContainingType) == StartInfoType)
                {
                    if (target.Name == "FileName")
                    {
                        yield return (assignment.Right, ProcessInput.Program);
                    }
                    else if (target.Name == "Arguments")
                    {
                        yield return (assignment.Right, ProcessInput.Arguments);
                    }
                }

                break;
        }
    }
    /// <summary>
    /// The values given to <paramref name="property"/> of the <c>ProcessStartInfo</c> that <paramref name="assignment"/>
    /// configures: in the same object initialiser (or, for <c>FileName</c>, the constructor's first argument), or on the
    /// same local variable within its method.
    /// </summary>
    public static IEnumerable<ExpressionSyntax> StartInfoValues(AssignmentExpressionSyntax assignment, string property, SemanticModel model)
    {
        switch (assignment)
        {
            case { Parent: InitializerExpressionSyntax initializer }:
                return ValuesIn(initializer, property);
            case { Left: MemberAccessExpressionSyntax access } when model.GetSymbolInfo(access.Expression).Symbol is ILocalSymbol local
                && SyntaxNames.EnclosingMember(assignment) is { } scope:
                var values = new List<ExpressionSyntax>();
                foreach (var node in scope.DescendantNodes())
                {
                    switch (node)
                    {
                        case VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax creation } declarator
                            when SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(declarator), local):
                            values.AddRange(creation.Initializer is { } init ? ValuesIn(init, property) : ConstructorValue(creation, property));
                            break;
                        case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax target } write
                            when target.Name.Identifier.ValueText == property
                            && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(target.Expression).Symbol, local):
                            values.Add(write.Right);
                            break;
                    }
                }

                return values;
            default:
                return [];
        }
    }

    private static IEnumerable<ExpressionSyntax> ValuesIn(InitializerExpressionSyntax initializer, string property)
    {
        var values = initializer.Expressions.OfType<AssignmentExpressionSyntax>()
            .Where(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: var name } && name == property)
            .Select(a => a.Right).ToList();
        return values.Count > 0 || initializer.Parent is not BaseObjectCreationExpressionSyntax creation ? values : ConstructorValue(creation, property);
    }

    private static IEnumerable<ExpressionSyntax> ConstructorValue(BaseObjectCreationExpressionSyntax creation, string property) =>
        property == "FileName" && creation.ArgumentList?.Arguments is [var first, ..] ? [first.Expression] : [];

    /// <summary>
    /// The values a candidate node passes in <paramref name="role"/> that are not constant, each with its trace and
    /// the " from … via …" text for the message (empty when the path is unknown).
    /// </summary>
    public static IEnumerable<(ExpressionSyntax Value, OriginTrace Trace, string From)> NonConstantInputs(SyntaxNode node, Rules.RuleContext context, ProcessInput role)
    {
        foreach (var (value, inputRole) in Inputs(node, context.Model))
        {
            if (inputRole != role)
            {
                continue;
            }

            var trace = context.Origins.Trace(value, SinkConcern.Command);
            if (trace.Origin != Model.Origin.Constant)
            {
                var from = trace.Describe();
                yield return (value, trace, from.Length > 0 ? " " + from : string.Empty);
            }
        }
    }

    /// <summary>An expression flattened to one line and cut to 60 characters, for messages.</summary>
    public static string Shorten(string text)
    {
        var flat = string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 60 ? flat : flat[..57] + "...";
    }
}

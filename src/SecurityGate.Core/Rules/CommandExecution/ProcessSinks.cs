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

    /// <summary>Syntax-only: could this node hand a value to a process?</summary>
    public static bool IsCandidate(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation => SyntaxNames.CalledName(invocation) is "Start" or "Add",
        ObjectCreationExpressionSyntax creation => SyntaxNames.CreatedTypeName(creation) == "ProcessStartInfo",
        ImplicitObjectCreationExpressionSyntax => true,
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
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Rules.ExceptionHandling;

/// <summary>
/// Code that no caller of the program's own waits on, so an exception leaving it is lost or ends the process: an event
/// handler, an <c>async void</c> function, work started on another thread and not awaited (<c>Task.Run</c> whose task
/// is discarded, <c>ThreadPool.QueueUserWorkItem</c>, <c>new Thread</c>, a <c>System.Threading.Timer</c> callback). A
/// catch-all there that logs the exception is where the exception has to stop.
/// </summary>
internal static class CallbackBoundaries
{
    private static readonly Dictionary<string, string[]> StartsWork = new(StringComparer.Ordinal)
    {
        ["System.Threading.Tasks.Task"] = ["Run"],
        ["System.Threading.Tasks.TaskFactory"] = ["StartNew"],
        ["System.Threading.ThreadPool"] = ["QueueUserWorkItem", "UnsafeQueueUserWorkItem"],
    };

    // Work whose exceptions nobody can observe whether or not the call's result is kept.
    private static readonly HashSet<string> OwnThreadTypes = new(StringComparer.Ordinal) { "System.Threading.Thread", "System.Threading.Timer" };

    /// <summary>The kind of boundary the function around <paramref name="clause"/> is, or null.</summary>
    public static string? Of(CatchClauseSyntax clause, SemanticModel model)
    {
        var function = clause.Ancestors().FirstOrDefault(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax);
        if (function is null)
        {
            return null;
        }

        if (IsAsyncVoid(function, model))
        {
            return "async void";
        }

        if (function is AnonymousFunctionExpressionSyntax lambda)
        {
            return OfLambda(lambda, model);
        }

        if (function is MethodDeclarationSyntax method && model.GetDeclaredSymbol(method) is { } symbol
            && (HasEventHandlerShape(symbol) || IsSubscribed(method, symbol, model)))
        {
            return "event handler";
        }

        return null;
    }

    private static string? OfLambda(AnonymousFunctionExpressionSyntax lambda, SemanticModel model)
    {
        if (lambda.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression } subscription
            && subscription.Right == lambda && model.GetSymbolInfo(subscription.Left).Symbol is IEventSymbol)
        {
            return "event handler";
        }

        if (lambda.Parent is not ArgumentSyntax { Parent.Parent: ExpressionSyntax call })
        {
            return null;
        }

        var target = model.GetSymbolInfo(call).Symbol as IMethodSymbol;
        if (call is BaseObjectCreationExpressionSyntax && target != null && OwnThreadTypes.Contains(KnownApis.FullName(target.ContainingType)))
        {
            return "callback on its own thread";
        }

        if (call is InvocationExpressionSyntax && target != null
            && StartsWork.TryGetValue(KnownApis.FullName(target.ContainingType), out var names) && names.Contains(target.Name)
            && (target.Name != "Run" && target.Name != "StartNew" || IsDiscarded(call)))
        {
            return "work item nobody awaits";
        }

        return null;
    }

    // The task is dropped: a statement of its own, or assigned to the discard.
    private static bool IsDiscarded(ExpressionSyntax call) => call.Parent switch
    {
        ExpressionStatementSyntax => true,
        AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "_" } } assignment => assignment.Parent is ExpressionStatementSyntax,
        _ => false,
    };

    private static bool IsAsyncVoid(SyntaxNode function, SemanticModel model) => function switch
    {
        MethodDeclarationSyntax method => method.Modifiers.Any(SyntaxKind.AsyncKeyword) && method.ReturnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword },
        LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.AsyncKeyword) && local.ReturnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword },
        AnonymousFunctionExpressionSyntax lambda => lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword)
            && model.GetSymbolInfo(lambda).Symbol is IMethodSymbol { ReturnsVoid: true },
        _ => false,
    };

    // (object sender, SomethingEventArgs e): the shape .NET gives every event handler.
    private static bool HasEventHandlerShape(IMethodSymbol method) =>
        method.ReturnsVoid && method.Parameters is [{ Type.SpecialType: SpecialType.System_Object }, var args] && KnownApis.IsOrDerivesFrom(args.Type, "System.EventArgs");

    // The method is added to an event in its own type: 'Received += OnMessageAsync;'.
    private static bool IsSubscribed(MethodDeclarationSyntax method, IMethodSymbol symbol, SemanticModel model)
    {
        if (method.Parent is not TypeDeclarationSyntax type)
        {
            return false;
        }

        var name = symbol.Name;
        foreach (var subscription in type.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (subscription.IsKind(SyntaxKind.AddAssignmentExpression)
                && SyntaxNames.RightmostName(subscription.Right) == name
                && model.GetSymbolInfo(subscription.Left).Symbol is IEventSymbol
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(subscription.Right).Symbol?.OriginalDefinition, symbol.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }
}

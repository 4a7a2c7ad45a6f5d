using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Rules.ExceptionHandling;

/// <summary>What a catch clause catches, whether it rethrows, and where the exception-handling rules report it.</summary>
internal static class CatchClauses
{
    public const string ExceptionType = "System.Exception";
    public const string SystemExceptionType = "System.SystemException";

    /// <summary>
    /// The node a catch finding underlines: the declaration <c>(Exception ex)</c> when there is one, else the whole
    /// clause (which starts at the <c>catch</c> keyword). The engine reports nodes, not tokens, so a bare
    /// <c>catch</c> has nothing smaller to point at.
    /// </summary>
    public static SyntaxNode ReportNode(CatchClauseSyntax clause) => (SyntaxNode?)clause.Declaration ?? clause;

    /// <summary>The caught type; a bare <c>catch</c> catches everything, so it counts as <c>System.Exception</c>.</summary>
    public static ITypeSymbol? CaughtType(CatchClauseSyntax clause, RuleContext context) =>
        clause.Declaration is { } declaration
            ? TypeOf(declaration.Type, context)
            : context.Model.Compilation.GetTypeByMetadataName(ExceptionType);

    /// <summary>
    /// The type a type syntax names, bound as a type in its scope (usings and aliases included). A speculative type
    /// binding looks the name up without binding the statement around it: <c>GetTypeInfo</c> on a catch type binds the
    /// whole <c>try</c> statement, which is most of the method. Outside generic methods the name means the same at the
    /// type's body, and binding it there does not open the method at all; it is bound once per type and text.
    /// </summary>
    public static ITypeSymbol? TypeOf(TypeSyntax type, RuleContext context) =>
        context.AtTypeLevel(type, "type " + type, null, position => BindType(type, context.Model, position), out var bound, (type as IdentifierNameSyntax)?.Identifier.ValueText)
            ? bound
            : BindType(type, context.Model, type.SpanStart);

    private static ITypeSymbol? BindType(TypeSyntax type, SemanticModel model, int position) =>
        model.GetSpeculativeTypeInfo(position, type, SpeculativeBindingOption.BindAsTypeOrNamespace).Type is { } bound and not IErrorTypeSymbol
            ? bound
            : null;

    /// <summary>How the caught type reads in a message: <c>catch (System.Exception ex)</c> or <c>catch</c>.</summary>
    public static string Describe(CatchClauseSyntax clause, ITypeSymbol? type) =>
        clause.Declaration is null ? "bare 'catch'"
        : $"'catch ({(type is null ? clause.Declaration.Type.ToString() : KnownApis.FullName(type))}{(clause.Declaration.Identifier.IsKind(SyntaxKind.None) ? string.Empty : " " + clause.Declaration.Identifier.ValueText)})'";

    /// <summary>The text with its first letter in upper case, for a message that starts with <see cref="Describe"/>.</summary>
    public static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Whether the block has no statements; comments are trivia, so a commented block is still empty.</summary>
    public static bool IsEmpty(CatchClauseSyntax clause) => clause.Block.Statements.Count == 0;

    /// <summary>The variable the clause declares, if any.</summary>
    public static ILocalSymbol? Variable(CatchClauseSyntax clause, SemanticModel model) =>
        clause.Declaration is { } declaration && !declaration.Identifier.IsKind(SyntaxKind.None)
            ? model.GetDeclaredSymbol(declaration) as ILocalSymbol
            : null;

    /// <summary>
    /// Whether every path out of the block rethrows: the block contains at least one <c>throw;</c> or a throw of a
    /// new exception that wraps the caught one, every throw in it is of that kind, its end cannot be reached, and no
    /// <c>return</c>, <c>break</c>, <c>continue</c> or <c>goto</c> leaves it. Throws inside nested lambdas and local
    /// functions do not count; they run later, if at all.
    /// </summary>
    public static bool RethrowsOnEveryPath(CatchClauseSyntax clause, SemanticModel model)
    {
        var variable = Variable(clause, model);
        var throws = Throws(clause.Block).ToList();
        if (throws.Count == 0 || !throws.All(t => IsRethrow(t, variable, model)))
        {
            return false;
        }

        var flow = model.AnalyzeControlFlow(clause.Block);
        return flow is { Succeeded: true, EndPointIsReachable: false } && flow.ExitPoints.IsEmpty;
    }

    /// <summary>A <c>throw ex;</c> (or <c>throw (ex)</c> expression) of the caught variable, which resets its stack trace.</summary>
    public static bool ThrowsCaughtVariable(CatchClauseSyntax clause, SemanticModel model) =>
        Variable(clause, model) is { } variable
        && Throws(clause.Block).Any(t => Unwrap(ThrownExpression(t)) is IdentifierNameSyntax id
            && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(id).Symbol, variable));

    /// <summary>
    /// Whether a call in the block passes the caught exception (or an expression built from it) as an argument; with
    /// <paramref name="outsideThrows"/>, not counting the exception a throw wraps.
    /// </summary>
    public static bool PassesVariableToCall(CatchClauseSyntax clause, SemanticModel model, bool outsideThrows = false)
    {
        if (Variable(clause, model) is not { } variable)
        {
            return false;
        }

        foreach (var argument in clause.Block.DescendantNodes().OfType<ArgumentSyntax>())
        {
            if (argument.Parent?.Parent is not (InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax)
                || (outsideThrows && argument.Ancestors().Any(a => a is ThrowStatementSyntax or ThrowExpressionSyntax)))
            {
                continue;
            }

            if (argument.Expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
                .Any(id => id.Identifier.ValueText == variable.Name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(id).Symbol, variable)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The throw statements and expressions that belong to the block itself, not to nested functions.</summary>
    public static IEnumerable<SyntaxNode> Throws(BlockSyntax block) =>
        block.DescendantNodes(descendIntoChildren: n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .Where(n => n is ThrowStatementSyntax or ThrowExpressionSyntax);

    /// <summary>The nodes of a block that run as part of it: nested lambdas and local functions are left out.</summary>
    public static IEnumerable<SyntaxNode> OwnNodes(BlockSyntax block) =>
        block.DescendantNodes(descendIntoChildren: n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax));

    private static bool IsRethrow(SyntaxNode throwNode, ILocalSymbol? variable, SemanticModel model)
    {
        var thrown = ThrownExpression(throwNode);
        if (thrown is null)
        {
            return true;
        }

        // throw new XException("…", ex), or a factory given it (throw XException.Create("…", ex)): the caught exception
        // survives as InnerException, stack trace included.
        var arguments = Unwrap(thrown) switch
        {
            BaseObjectCreationExpressionSyntax { ArgumentList: { } list } => list,
            InvocationExpressionSyntax invocation => invocation.ArgumentList,
            _ => null,
        };
        return variable is not null && arguments is not null
            && arguments.Arguments.Any(a => Unwrap(a.Expression) is IdentifierNameSyntax id
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(id).Symbol, variable));
    }

    /// <summary>
    /// A catch that decides in its block which failures to let through: it rethrows on some paths (every throw in it
    /// rethrows or wraps the caught exception) and hands the exception to a call (an error handler that says whether it
    /// handled it, a callback the caller registered, a log) on the others. Like an exception filter, nothing is dropped
    /// silently: <c>if (Handled(ex)) Recover(); else throw;</c>, <c>if (onError == null) throw; onError(ex);</c>.
    /// </summary>
    public static bool RethrowsOrHandsOn(CatchClauseSyntax clause, SemanticModel model)
    {
        var variable = Variable(clause, model);
        var throws = Throws(clause.Block).ToList();
        return variable is not null && throws.Count > 0 && throws.All(t => IsRethrow(t, variable, model))
            && PassesVariableToCall(clause, model, outsideThrows: true);
    }

    private static ExpressionSyntax? ThrownExpression(SyntaxNode throwNode) => throwNode switch
    {
        ThrowStatementSyntax statement => statement.Expression,
        ThrowExpressionSyntax expression => expression.Expression,
        _ => null,
    };

    private static ExpressionSyntax? Unwrap(ExpressionSyntax? expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }
}

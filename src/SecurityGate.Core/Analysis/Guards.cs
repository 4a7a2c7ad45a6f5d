using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Analysis;

/// <summary>
/// Validation that dominates a use of a local or parameter: the use sits in the branch where a check on the
/// variable held (<c>if (Regex.IsMatch(x, "^[a-z]+$")) Use(x);</c>), or after an early exit taken when the check
/// failed (<c>if (!IsValid(x)) return;</c>). An allow-list of constants or an equality with a constant pins the
/// value to a constant; a regex, a parse or a project validator leaves it computed inside the program.
/// </summary>
internal sealed class Guards
{
    private const int MaxValidatorDepth = 4;
    private readonly ProjectIndex _index;
    private readonly Func<ExpressionSyntax, Origin> _originOf;
    private static readonly string[] UrlHelpers = ["Microsoft.AspNetCore.Mvc.IUrlHelper", "System.Web.Mvc.UrlHelper", "System.Web.Http.Routing.UrlHelper"];
    private readonly ConcurrentDictionary<(IMethodSymbol, int, SinkConcern), Origin?> _validators = new();

    public Guards(ProjectIndex index, Func<ExpressionSyntax, Origin> originOf)
    {
        _index = index;
        _originOf = originOf;
    }

    /// <summary>
    /// The ceiling a dominating check puts on the value of <paramref name="symbol"/> at <paramref name="use"/>, or null.
    /// Checks that only make a value safe for one use (<c>Url.IsLocalUrl</c> for a redirect) count for that
    /// <paramref name="concern"/> alone.
    /// </summary>
    public Origin? CeilingAt(SyntaxNode use, ISymbol symbol, SinkConcern concern = SinkConcern.Generic) => CeilingAt(use, symbol, 0, concern);

    private Origin? CeilingAt(SyntaxNode use, ISymbol symbol, int depth, SinkConcern concern)
    {
        Origin? best = null;
        var child = use;
        for (var parent = use.Parent; parent != null; child = parent, parent = parent.Parent)
        {
            Origin? found = null;
            SyntaxNode? guard = null;
            switch (parent)
            {
                case IfStatementSyntax ifStatement when child == ifStatement.Statement:
                    (found, guard) = (Implies(ifStatement.Condition, true, symbol, depth, concern), ifStatement);
                    break;
                case ElseClauseSyntax { Parent: IfStatementSyntax owner }:
                    (found, guard) = (Implies(owner.Condition, false, symbol, depth, concern), owner);
                    break;
                case ConditionalExpressionSyntax conditional when child == conditional.WhenTrue:
                    (found, guard) = (Implies(conditional.Condition, true, symbol, depth, concern), conditional);
                    break;
                case ConditionalExpressionSyntax conditional when child == conditional.WhenFalse:
                    (found, guard) = (Implies(conditional.Condition, false, symbol, depth, concern), conditional);
                    break;
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } conjunction when child == conjunction.Right:
                    (found, guard) = (Implies(conjunction.Left, true, symbol, depth, concern), conjunction);
                    break;
                case BlockSyntax block when child is StatementSyntax statement:
                    foreach (var sibling in block.Statements)
                    {
                        if (sibling == statement)
                        {
                            break;
                        }

                        if (sibling is IfStatementSyntax { Else: null } early && AlwaysExits(early.Statement)
                            && Implies(early.Condition, false, symbol, depth, concern) is { } level && !WrittenBetween(symbol, early, use))
                        {
                            best = Lower(best, level);
                        }
                    }

                    break;
                case MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax:
                    return best;
            }

            if (found is { } value && guard != null && !WrittenBetween(symbol, guard, use))
            {
                best = Lower(best, value);
            }
        }

        return best;
    }

    private static Origin Lower(Origin? a, Origin b) => a is { } x && x < b ? x : b;

    private static bool AlwaysExits(StatementSyntax statement) => statement switch
    {
        ReturnStatementSyntax or ThrowStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax => true,
        BlockSyntax { Statements: [.., var last] } => AlwaysExits(last),
        ExpressionStatementSyntax { Expression: ThrowExpressionSyntax } => true,
        _ => false,
    };

    /// <summary>Whether the variable may be assigned after the guard started and before the use, which voids the check.</summary>
    private bool WrittenBetween(ISymbol symbol, SyntaxNode guard, SyntaxNode use)
    {
        foreach (var write in _index.WritesTo(symbol.Name, use.SyntaxTree, span => span.Start >= guard.SpanStart && span.Start < use.SpanStart))
        {
            if (ProjectIndex.WriteTargets(write).Any(target => Refers(target, symbol)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The ceiling on <paramref name="symbol"/> when <paramref name="condition"/> evaluated to <paramref name="holds"/>.</summary>
    private Origin? Implies(ExpressionSyntax condition, bool holds, ISymbol symbol, int depth, SinkConcern concern)
    {
        switch (condition)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Implies(parenthesized.Expression, holds, symbol, depth, concern);
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } negation:
                return Implies(negation.Operand, !holds, symbol, depth, concern);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } both when holds:
                return Min(Implies(both.Left, true, symbol, depth, concern), Implies(both.Right, true, symbol, depth, concern));
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } either when !holds:
                return Min(Implies(either.Left, false, symbol, depth, concern), Implies(either.Right, false, symbol, depth, concern));
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } alternative when holds:
                // Either side may have held: the weaker of the two, and only when both constrain the variable.
                return Implies(alternative.Left, true, symbol, depth, concern) is { } l && Implies(alternative.Right, true, symbol, depth, concern) is { } r ? (l > r ? l : r) : null;
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.NotEqualsExpression } notEquals when !holds:
                return EqualsConstant(notEquals.Left, notEquals.Right, symbol);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression } equals when holds:
                return EqualsConstant(equals.Left, equals.Right, symbol);
            case IsPatternExpressionSyntax isPattern when holds && Refers(isPattern.Expression, symbol):
                return PatternPinsConstant(isPattern.Pattern) ? Origin.Constant : null;
            case InvocationExpressionSyntax invocation when holds && Mentions(invocation, symbol):
                return Check(invocation, symbol, depth, concern);
            default:
                return null;
        }
    }

    private static Origin? Min(Origin? a, Origin? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static bool Mentions(SyntaxNode node, ISymbol symbol) =>
        node.DescendantNodes().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == symbol.Name);

    private Origin? EqualsConstant(ExpressionSyntax left, ExpressionSyntax right, ISymbol symbol)
    {
        var model = _index.Model(left.SyntaxTree);
        if ((Refers(left, symbol) && model.GetConstantValue(right).HasValue) || (Refers(right, symbol) && model.GetConstantValue(left).HasValue))
        {
            return Origin.Constant;
        }

        return null;
    }

    private static bool PatternPinsConstant(PatternSyntax pattern) => pattern switch
    {
        ConstantPatternSyntax => true,
        BinaryPatternSyntax { RawKind: (int)SyntaxKind.OrPattern } orPattern => PatternPinsConstant(orPattern.Left) && PatternPinsConstant(orPattern.Right),
        ParenthesizedPatternSyntax p => PatternPinsConstant(p.Pattern),
        _ => false,
    };

    private Origin? Check(InvocationExpressionSyntax invocation, ISymbol symbol, int depth, SinkConcern concern)
    {
        var model = _index.Model(invocation.SyntaxTree);
        if (model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol method)
        {
            return null;
        }

        var arguments = invocation.ArgumentList.Arguments;
        var receiver = invocation.Expression is MemberAccessExpressionSyntax access ? access.Expression : null;
        var argumentIndex = -1;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (Refers(arguments[i].Expression, symbol))
            {
                argumentIndex = i;
                break;
            }
        }

        var definition = method.ReducedFrom ?? method;
        var containing = KnownApis.FullName(definition.ContainingType);
        if (containing == "System.Text.RegularExpressions.Regex" && method.Name == "IsMatch" && argumentIndex == 0)
        {
            // A pattern that is not anchored at both ends accepts anything that merely contains a match.
            return !method.IsStatic || arguments.Count < 2 || IsAnchored(model.GetConstantValue(arguments[1].Expression).Value as string, arguments[1].Expression)
                ? Origin.Internal : null;
        }

        if (method.Name == "IsLocalUrl" && argumentIndex >= 0 && concern is SinkConcern.Redirect or SinkConcern.Generic
            && (UrlHelpers.Any(h => KnownApis.IsOn(definition, h)) || (definition.Parameters.FirstOrDefault()?.Type is { } helper && UrlHelpers.Contains(KnownApis.FullName(helper)))))
        {
            // A local URL cannot send the user to another site; it says nothing about other uses of the text.
            return Origin.Internal;
        }

        if (method.Name is "TryParse" or "TryParseExact" or "IsDefined" && argumentIndex >= 0 && (definition.ContainingType.IsValueType || containing == "System.Enum"))
        {
            return Origin.Internal;
        }

        if (method.Name is "All" && containing == "System.Linq.Enumerable" && receiver != null && Refers(receiver, symbol))
        {
            return Origin.Internal;
        }

        // A membership test asks a collection; a static call with the same name (File.Exists, Path.Exists) asks the
        // file system whether the path is there, which says nothing about where it points.
        if (method.Name is "Contains" or "ContainsKey" or "ContainsValue" or "Exists" or "Any" && argumentIndex >= 0 && receiver != null
            && (!method.IsStatic || method.ReducedFrom != null) && !Refers(receiver, symbol) && model.GetTypeInfo(receiver).Type?.SpecialType != SpecialType.System_String)
        {
            return _originOf(receiver) == Origin.Constant ? Origin.Constant : Origin.Internal;
        }

        if (method.Name is "Equals" && argumentIndex >= 0 && arguments.Count >= 1)
        {
            var other = receiver != null && method.IsStatic == false ? receiver : arguments.FirstOrDefault(a => !Refers(a.Expression, symbol))?.Expression;
            return other != null && model.GetConstantValue(other).HasValue ? Origin.Constant : null;
        }

        if (argumentIndex >= 0 && method.ReturnType.SpecialType == SpecialType.System_Boolean && !definition.DeclaringSyntaxReferences.IsEmpty && depth < MaxValidatorDepth)
        {
            var parameterIndex = method.IsExtensionMethod && method.ReducedFrom != null ? argumentIndex + 1 : argumentIndex;
            return arguments[argumentIndex].NameColon is null ? ValidatorCeiling(definition.OriginalDefinition, parameterIndex, depth + 1, concern) : null;
        }

        return null;
    }

    private static bool IsAnchored(string? pattern, ExpressionSyntax expression)
    {
        if (pattern is null)
        {
            // A pattern the analysis cannot read is trusted as written: the check is visibly there.
            return true;
        }

        return (pattern.StartsWith('^') || pattern.StartsWith("\\A", StringComparison.Ordinal))
            && (pattern.EndsWith('$') || pattern.EndsWith("\\z", StringComparison.Ordinal) || pattern.EndsWith("\\Z", StringComparison.Ordinal));
    }

    /// <summary>
    /// A project method returning bool validates its parameter when every way it can return something other than
    /// <c>false</c> passes through a check of that parameter.
    /// </summary>
    private Origin? ValidatorCeiling(IMethodSymbol method, int ordinal, int depth, SinkConcern concern)
    {
        if (ordinal >= method.Parameters.Length)
        {
            return null;
        }

        return _validators.GetOrAdd((method, ordinal, concern), key =>
        {
            var parameter = key.Item1.Parameters[key.Item2];
            Origin? ceiling = null;
            var any = false;
            foreach (var reference in key.Item1.DeclaringSyntaxReferences)
            {
                foreach (var returned in Returned(reference.GetSyntax()))
                {
                    if (_index.Model(returned.SyntaxTree).GetConstantValue(returned) is { HasValue: true, Value: false })
                    {
                        continue;
                    }

                    var level = Min(Implies(returned, true, parameter, depth, key.Item3), CeilingAt(returned, parameter, depth, key.Item3));
                    if (level is null)
                    {
                        return null;
                    }

                    any = true;
                    ceiling = ceiling is null || level > ceiling ? level : ceiling;
                }
            }

            return any ? ceiling : null;
        });
    }

    private static IEnumerable<ExpressionSyntax> Returned(SyntaxNode declaration)
    {
        switch (declaration)
        {
            case MethodDeclarationSyntax { ExpressionBody.Expression: { } arrow }:
                yield return arrow;
                yield break;
            case MethodDeclarationSyntax { Body: { } body }:
                foreach (var node in body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
                {
                    if (node is ReturnStatementSyntax { Expression: { } value })
                    {
                        yield return value;
                    }
                }

                yield break;
        }
    }

    private bool Refers(ExpressionSyntax expression, ISymbol symbol)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax p:
                    expression = p.Expression;
                    continue;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } bang:
                    expression = bang.Operand;
                    continue;
                case CastExpressionSyntax cast:
                    expression = cast.Expression;
                    continue;
            }

            break;
        }

        if (expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax) || SyntaxNames.RightmostName(expression) != symbol.Name)
        {
            return false;
        }

        return SymbolEqualityComparer.Default.Equals(_index.Model(expression.SyntaxTree).GetSymbolInfo(expression).Symbol?.OriginalDefinition, symbol.OriginalDefinition);
    }
}

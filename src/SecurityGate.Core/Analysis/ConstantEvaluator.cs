using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecurityGate.Core.Analysis;

/// <summary>
/// Evaluates conditions that are fixed when the program is written: literals and <c>const</c>,
/// fields initialised with a constant and never assigned elsewhere in the project, get-only properties
/// and project methods that always return the same constant. Branches these decide are dead code.
/// Settable auto-properties, public or serialisable instance fields and, in a library, static fields other assemblies can
/// reach never count: binders, deserialisers and callers set them where the project does not show it. Neither do members
/// a derived class can override.
/// </summary>
internal sealed class ConstantEvaluator
{
    private static readonly object NotConstant = new();
    private readonly ProjectIndex _index;
    private readonly ConcurrentDictionary<ISymbol, object> _memberValues = new(SymbolEqualityComparer.Default);

    public ConstantEvaluator(ProjectIndex index) => _index = index;

    /// <summary>The value of a condition if it is fixed, else null.</summary>
    public bool? EvaluateCondition(ExpressionSyntax condition)
    {
        var value = Evaluate(condition, depth: 0);
        return value is bool b ? b : null;
    }

    /// <summary>The fixed value of an expression (boxed), or null when it is not fixed.</summary>
    public object? Evaluate(ExpressionSyntax expression) => Evaluate(expression, 0) is { } v && v != NotConstant ? Unwrap(v) : null;

    private static object? Unwrap(object value) => value is NullValue ? null : value;

    private object? Evaluate(ExpressionSyntax expression, int depth)
    {
        if (depth > 12)
        {
            return null;
        }

        var model = _index.Model(expression.SyntaxTree);
        var constant = model.GetConstantValue(expression);
        if (constant.HasValue)
        {
            return constant.Value ?? NullValue.Instance;
        }

        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Evaluate(parenthesized.Expression, depth + 1);
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not:
                return Evaluate(not.Operand, depth + 1) is bool b ? !b : null;
            case BinaryExpressionSyntax binary:
                return EvaluateBinary(binary, depth);
            case InvocationExpressionSyntax invocation when invocation.ArgumentList.Arguments.Count == 0:
                return model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method ? MemberValue(method, depth) : null;
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                var symbol = model.GetSymbolInfo(expression).Symbol;
                return symbol is IFieldSymbol or IPropertySymbol ? MemberValue(symbol, depth) : null;
            default:
                return null;
        }
    }

    private object? EvaluateBinary(BinaryExpressionSyntax binary, int depth)
    {
        var left = Evaluate(binary.Left, depth + 1);
        if (binary.IsKind(SyntaxKind.LogicalAndExpression) && left is false)
        {
            return false;
        }

        if (binary.IsKind(SyntaxKind.LogicalOrExpression) && left is true)
        {
            return true;
        }

        var right = Evaluate(binary.Right, depth + 1);
        if (left is null || right is null)
        {
            return null;
        }

        switch (binary.Kind())
        {
            case SyntaxKind.LogicalAndExpression: return left is true && right is true;
            case SyntaxKind.LogicalOrExpression: return left is true || right is true;
            case SyntaxKind.EqualsExpression: return Equal(left, right);
            case SyntaxKind.NotEqualsExpression: return Equal(left, right) is bool eq ? !eq : null;
        }

        if (!TryNumber(left, out var l) || !TryNumber(right, out var r))
        {
            return null;
        }

        return binary.Kind() switch
        {
            SyntaxKind.LessThanExpression => l < r,
            SyntaxKind.LessThanOrEqualExpression => l <= r,
            SyntaxKind.GreaterThanExpression => l > r,
            SyntaxKind.GreaterThanOrEqualExpression => l >= r,
            _ => null,
        };
    }

    private static bool? Equal(object left, object right)
    {
        if (TryNumber(left, out var l) && TryNumber(right, out var r))
        {
            return l == r;
        }

        return Equals(left, right);
    }

    private static bool TryNumber(object value, out decimal number)
    {
        switch (value)
        {
            case int or long or short or byte or sbyte or uint or ushort or ulong or decimal or char:
                number = Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture);
                return true;
            default:
                number = 0;
                return false;
        }
    }

    /// <summary>
    /// A field, property or parameterless method is fixed when every value it can take is the same constant:
    /// its one initialiser or every return, with no other assignment anywhere in the project.
    /// </summary>
    private object? MemberValue(ISymbol symbol, int depth)
    {
        symbol = symbol.OriginalDefinition;
        if (_memberValues.TryGetValue(symbol, out var cached))
        {
            return cached == NotConstant ? null : cached;
        }

        // Guard recursion (a method returning itself) by marking the member unknown while it is computed.
        _memberValues[symbol] = NotConstant;
        var value = ComputeMemberValue(symbol, depth) ?? NotConstant;
        _memberValues[symbol] = value;
        return value == NotConstant ? null : value;
    }

    private object? ComputeMemberValue(ISymbol symbol, int depth)
    {
        if (symbol.DeclaringSyntaxReferences.Length != 1 || MayBeOverridden(symbol) || (symbol is IFieldSymbol field && MayBeSetFromOutside(field)))
        {
            return null;
        }

        var declaration = symbol.DeclaringSyntaxReferences[0].GetSyntax();
        var returned = new List<ExpressionSyntax>();
        switch (declaration)
        {
            case VariableDeclaratorSyntax { Initializer.Value: { } init } when symbol is IFieldSymbol:
                returned.Add(init);
                break;
            case PropertyDeclarationSyntax { ExpressionBody.Expression: { } body }:
                returned.Add(body);
                break;
            case PropertyDeclarationSyntax { Initializer: not null, AccessorList: { } accessors }
                when accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null):
                // An auto-property with a setter or init accessor is set by configuration binders, deserialisers and
                // model binding through reflection, which no assignment in the project shows: its initialiser is a default.
                if (accessors.Accessors.All(a => a.IsKind(SyntaxKind.GetAccessorDeclaration)))
                {
                    returned.Add(((PropertyDeclarationSyntax)declaration).Initializer!.Value);
                }

                break;
            case PropertyDeclarationSyntax { AccessorList: { } accessors }:
                var getter = accessors.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
                if (getter?.ExpressionBody is { } getterBody)
                {
                    returned.Add(getterBody.Expression);
                }
                else if (getter?.Body is { } block)
                {
                    CollectReturns(block, returned);
                }

                break;
            case MethodDeclarationSyntax { ExpressionBody: { } arrow }:
                returned.Add(arrow.Expression);
                break;
            case MethodDeclarationSyntax { Body: { } methodBody }:
                CollectReturns(methodBody, returned);
                break;
        }

        if (returned.Count == 0 || (symbol is IFieldSymbol or IPropertySymbol && IsWrittenOutsideInitialiser(symbol)))
        {
            return null;
        }

        object? value = null;
        foreach (var expression in returned)
        {
            var candidate = Evaluate(expression, depth + 1);
            if (candidate is null || candidate == NotConstant || (value != null && !Equals(value, candidate)))
            {
                return null;
            }

            value = candidate;
        }

        return value;
    }

    /// <summary>A virtual, abstract or unsealed override member: a derived class may return something else.</summary>
    private static bool MayBeOverridden(ISymbol symbol) =>
        symbol is IMethodSymbol or IPropertySymbol
        && (symbol.IsVirtual || symbol.IsAbstract || (symbol.IsOverride && !symbol.IsSealed && symbol.ContainingType is { IsSealed: false }));

    /// <summary>
    /// A field that code the project does not show may assign: deserialisers and binders fill public fields and fields
    /// marked for serialisation by reflection (as they do settable auto-properties), and other assemblies may assign a
    /// static field that a library exposes. Its initialiser is then only a default.
    /// </summary>
    private bool MayBeSetFromOutside(IFieldSymbol field)
    {
        if (field.IsReadOnly || field.IsConst)
        {
            return false;
        }

        if (!field.IsStatic)
        {
            return field.DeclaredAccessibility == Accessibility.Public || !field.GetAttributes().IsEmpty;
        }

        return _index.Compilation.Options.OutputKind == OutputKind.DynamicallyLinkedLibrary && IsVisibleOutside(field);
    }

    private static bool IsVisibleOutside(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static void CollectReturns(SyntaxNode body, List<ExpressionSyntax> returned)
    {
        foreach (var node in body.DescendantNodes(n => n is not (LambdaExpressionSyntax or LocalFunctionStatementSyntax or AnonymousMethodExpressionSyntax)))
        {
            if (node is ReturnStatementSyntax { Expression: { } expression })
            {
                returned.Add(expression);
            }
        }
    }

    private bool IsWrittenOutsideInitialiser(ISymbol symbol)
    {
        foreach (var write in _index.WritesTo(symbol.Name))
        {
            var model = _index.Model(write.SyntaxTree);
            if (ProjectIndex.WriteTargets(write).Any(target => SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(target).Symbol?.OriginalDefinition, symbol)))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class NullValue
    {
        public static readonly NullValue Instance = new();
    }
}

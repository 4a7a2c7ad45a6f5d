using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Rules.HardcodedConfig;

/// <summary>What kind of fixed value a leaf is.</summary>
internal enum LeafKind
{
    /// <summary>A constant string (or number) whose text is known.</summary>
    Text,

    /// <summary>An array or collection of constants: <c>new byte[] { 1, 2, 3 }</c>.</summary>
    Array,

    /// <summary>A new array nobody fills: all zeros.</summary>
    ZeroBuffer,

    /// <summary>The data flow says constant, but the value itself is not known here (a parameter every caller passes a constant to).</summary>
    Unknown,
}

/// <summary>One fixed value that reaches a sink, at the expression that writes it.</summary>
/// <param name="At">The literal, array or reference that holds the value.</param>
/// <param name="Text">The text of a string constant, or null.</param>
/// <param name="Kind">The kind of value.</param>
internal sealed record HardcodedLeaf(ExpressionSyntax At, string? Text, LeafKind Kind);

/// <summary>
/// Decides whether every value that can reach a sink is written into the source: literals, constant arrays,
/// <c>Encoding.*.GetBytes("…")</c>, <c>Convert.FromBase64String("…")</c>, through locals, fields, properties and
/// project methods; parameters defer to the origin analysis. Arrays filled after creation
/// (<c>RandomNumberGenerator.Fill(key)</c>, <c>stream.Read(buffer)</c>) are not fixed, and library calls other
/// than the encoders are not either: <c>RandomNumberGenerator.GetBytes(32)</c> takes only constants yet returns
/// fresh random bytes, which the origin analysis alone would call constant.
/// </summary>
internal static class HardcodedValues
{
    private static readonly HashSet<string> FillingCalls = new(StringComparer.Ordinal)
    {
        "Fill", "GetBytes", "GetNonZeroBytes", "NextBytes", "Read", "ReadAsync", "ReadExactly", "ReadAtLeast", "ReadBlock",
        "Receive", "ReceiveAsync", "Copy", "BlockCopy", "CopyTo", "TryCopyTo", "DeriveKey", "GetBytesFromHex", "TryFromBase64String",
    };

    /// <summary>Every fixed value that reaches <paramref name="expression"/>, or null when some value is not fixed.</summary>
    public static IReadOnlyList<HardcodedLeaf>? Resolve(ExpressionSyntax expression, RuleContext context)
    {
        var leaves = new List<HardcodedLeaf>();
        var ok = Resolve(expression, context, leaves, new HashSet<ISymbol>(SymbolEqualityComparer.Default), 0);
        return ok && leaves.Count > 0 ? leaves : null;
    }

    /// <summary>Whether some leaf is a real value rather than an empty string or a placeholder.</summary>
    public static bool HasRealValue(IReadOnlyList<HardcodedLeaf> leaves) =>
        leaves.Any(l => l.Kind != LeafKind.Text || l.Text is null || !SecretText.IsPlaceholder(l.Text));

    /// <summary>Strips parentheses, casts, <c>!</c> and <c>checked</c>.</summary>
    public static ExpressionSyntax Unwrap(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax p:
                    expression = p.Expression;
                    break;
                case CastExpressionSyntax c:
                    expression = c.Expression;
                    break;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } bang:
                    expression = bang.Operand;
                    break;
                case CheckedExpressionSyntax ch:
                    expression = ch.Expression;
                    break;
                default:
                    return expression;
            }
        }
    }

    private static bool Resolve(ExpressionSyntax expression, RuleContext context, List<HardcodedLeaf> leaves, HashSet<ISymbol> visiting, int depth)
    {
        if (depth > 12)
        {
            return false;
        }

        var e = Unwrap(expression);
        var model = context.ModelFor(e.SyntaxTree);

        // Follow named constants to their declaration so findings point at the literal, not at each use.
        if (e is IdentifierNameSyntax or MemberAccessExpressionSyntax
            && model.GetSymbolInfo(e).Symbol is { } constantSymbol && constantSymbol is IFieldSymbol { IsConst: true } or ILocalSymbol { IsConst: true }
            && constantSymbol.DeclaringSyntaxReferences is [var constantReference]
            && constantReference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } constantInit })
        {
            return Resolve(constantInit, context, leaves, visiting, depth + 1);
        }

        var constant = model.GetConstantValue(e);
        if (constant.HasValue)
        {
            if (constant.Value is null)
            {
                return false;
            }

            leaves.Add(new HardcodedLeaf(e, constant.Value as string, LeafKind.Text));
            return true;
        }

        var type = model.GetTypeInfo(e).Type;
        if (type != null && KnownApis.FullName(type) == "System.Security.SecureString")
        {
            return false;
        }

        switch (e)
        {
            case ArrayCreationExpressionSyntax { Initializer: { } init }:
                return Elements(e, init.Expressions, model, leaves);
            case ArrayCreationExpressionSyntax:
                leaves.Add(new HardcodedLeaf(e, null, LeafKind.ZeroBuffer));
                return true;
            case InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ArrayInitializerExpression } arrayInit:
                return Elements(e, arrayInit.Expressions, model, leaves);
            case ImplicitArrayCreationExpressionSyntax implicitArray:
                return Elements(e, implicitArray.Initializer.Expressions, model, leaves);
            case CollectionExpressionSyntax collection:
                return collection.Elements.All(x => x is ExpressionElementSyntax)
                    && Elements(e, collection.Elements.Cast<ExpressionElementSyntax>().Select(x => x.Expression), model, leaves);
            case InvocationExpressionSyntax invocation:
                return ResolveInvocation(invocation, model, context, leaves, visiting, depth);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                return ResolveSymbol(e, model, context, leaves, visiting, depth);
            case InterpolatedStringExpressionSyntax or BinaryExpressionSyntax or ConditionalExpressionSyntax:
                if (IsDataType(type) && context.Origins.Trace(e).Origin == Model.Origin.Constant)
                {
                    leaves.Add(new HardcodedLeaf(e, context.ConstantValue(e) as string, LeafKind.Unknown));
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    private static bool Elements(ExpressionSyntax at, IEnumerable<ExpressionSyntax> elements, SemanticModel model, List<HardcodedLeaf> leaves)
    {
        var list = elements.ToList();
        if (list.Count == 0 || !list.All(x => model.GetConstantValue(x).HasValue))
        {
            return false;
        }

        leaves.Add(new HardcodedLeaf(at, null, LeafKind.Array));
        return true;
    }

    private static bool ResolveInvocation(InvocationExpressionSyntax invocation, SemanticModel model, RuleContext context, List<HardcodedLeaf> leaves, HashSet<ISymbol> visiting, int depth)
    {
        if (model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol method)
        {
            return false;
        }

        var args = invocation.ArgumentList.Arguments;
        var receiver = (invocation.Expression as MemberAccessExpressionSyntax)?.Expression;
        var owner = KnownApis.FullName(method.ContainingType);

        // Encodings of a literal are as fixed as the literal.
        if (method.Name == "GetBytes" && args.Count == 1 && KnownApis.IsOn(method, "System.Text.Encoding"))
        {
            return Resolve(args[0].Expression, context, leaves, visiting, depth + 1);
        }

        if (method.Name is "FromBase64String" or "FromHexString" && owner == "System.Convert" && args.Count == 1)
        {
            return Resolve(args[0].Expression, context, leaves, visiting, depth + 1);
        }

        if (method.Name is "ToCharArray" or "ToArray" && args.Count == 0 && receiver != null
            && model.GetTypeInfo(receiver).Type is { } receiverType
            && (receiverType.SpecialType == SpecialType.System_String || KnownApis.FullName(receiverType) == "System.ReadOnlySpan`1"))
        {
            return Resolve(receiver, context, leaves, visiting, depth + 1);
        }

        var source = (method.ReducedFrom ?? method).OriginalDefinition;
        if (source.DeclaringSyntaxReferences.IsEmpty || source.IsVirtual || source.IsAbstract || !visiting.Add(source))
        {
            return false;
        }

        var returned = source.DeclaringSyntaxReferences.SelectMany(r => Returns(r.GetSyntax())).ToList();
        var ok = returned.Count > 0 && returned.All(r => Resolve(r, context, leaves, visiting, depth + 1));
        visiting.Remove(source);
        return ok;
    }

    private static bool ResolveSymbol(ExpressionSyntax e, SemanticModel model, RuleContext context, List<HardcodedLeaf> leaves, HashSet<ISymbol> visiting, int depth)
    {
        var symbol = model.GetSymbolInfo(e).Symbol;
        switch (symbol)
        {
            case IParameterSymbol:
                if (IsDataType(model.GetTypeInfo(e).Type) && context.Origins.Trace(e).Origin == Model.Origin.Constant)
                {
                    leaves.Add(new HardcodedLeaf(e, null, LeafKind.Unknown));
                    return true;
                }

                return false;
            case ILocalSymbol or IFieldSymbol or IPropertySymbol when !symbol.DeclaringSyntaxReferences.IsEmpty:
                if (!visiting.Add(symbol.OriginalDefinition))
                {
                    return false;
                }

                var values = StoredValues(symbol, context);
                var ok = values is { Count: > 0 } && values.All(v => Resolve(v, context, leaves, visiting, depth + 1));
                visiting.Remove(symbol.OriginalDefinition);
                return ok;
            case IFieldSymbol or IPropertySymbol when context.ConstantValue(e) is string text:
                leaves.Add(new HardcodedLeaf(e, text, LeafKind.Text));
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The values written to a local (within its method) or a field or property (within its type), or null when it is
    /// also written in a way that is not a plain assignment: out/ref, element writes, or a call that fills the array.
    /// </summary>
    private static List<ExpressionSyntax>? StoredValues(ISymbol symbol, RuleContext context)
    {
        var values = new List<ExpressionSyntax>();
        var scopes = new List<SyntaxNode>();
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax();
            switch (declaration)
            {
                case VariableDeclaratorSyntax { Initializer.Value: { } init }:
                    values.Add(init);
                    break;
                case PropertyDeclarationSyntax computed when computed.ExpressionBody != null
                    || computed.AccessorList?.Accessors.Any(a => a.Body != null || a.ExpressionBody != null) == true:
                    values.AddRange(Returns(declaration));
                    break;
                case PropertyDeclarationSyntax { Initializer.Value: { } propertyInit }:
                    values.Add(propertyInit);
                    break;
            }

            if (symbol is ILocalSymbol)
            {
                scopes.Add(SyntaxNames.EnclosingMember(declaration) ?? declaration.Parent ?? declaration);
            }
        }

        if (symbol is not ILocalSymbol)
        {
            scopes.AddRange(symbol.ContainingType.DeclaringSyntaxReferences.Select(r => r.GetSyntax()));
        }

        var isBuffer = symbol switch
        {
            ILocalSymbol l => l.Type is IArrayTypeSymbol,
            IFieldSymbol f => f.Type is IArrayTypeSymbol,
            IPropertySymbol p => p.Type is IArrayTypeSymbol,
            _ => false,
        };
        foreach (var scope in scopes)
        {
            var model = context.ModelFor(scope.SyntaxTree);
            foreach (var node in scope.DescendantNodes())
            {
                switch (node)
                {
                    case AssignmentExpressionSyntax assignment when Refers(model, assignment.Left, symbol):
                        if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
                        {
                            return null;
                        }

                        values.Add(assignment.Right);
                        break;
                    case AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax element } when Refers(model, element.Expression, symbol):
                        return null;
                    case ArgumentSyntax argument when Refers(model, argument.Expression, symbol):
                        if (!argument.RefKindKeyword.IsKind(SyntaxKind.None))
                        {
                            return null;
                        }

                        if (isBuffer && argument.Parent?.Parent is InvocationExpressionSyntax call && Fills(call, argument, model))
                        {
                            return null;
                        }

                        break;
                }
            }
        }

        return values;
    }

    /// <summary>Whether a call may write into an array passed to it: random fills, reads, copies, or a project method.</summary>
    private static bool Fills(InvocationExpressionSyntax call, ArgumentSyntax argument, SemanticModel model)
    {
        if (SyntaxNames.CalledName(call) is { } name && FillingCalls.Contains(name))
        {
            return true;
        }

        if (model.GetSymbolInfo(call).Symbol is IMethodSymbol { DeclaringSyntaxReferences.IsEmpty: false })
        {
            return true;
        }

        return ConfigSinks.ParameterOf(argument, model) is { } parameter && KnownApis.FullName(parameter.Type) == "System.Span`1";
    }

    private static bool Refers(SemanticModel model, ExpressionSyntax expression, ISymbol symbol) =>
        expression is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or IdentifierNameSyntax }
        && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(expression).Symbol?.OriginalDefinition, symbol.OriginalDefinition);

    /// <summary>Whether a value of this type can hold a secret: text, bytes or characters.</summary>
    private static bool IsDataType(ITypeSymbol? type) => type switch
    {
        null => false,
        { SpecialType: SpecialType.System_String } => true,
        IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte or SpecialType.System_Char } => true,
        _ => KnownApis.FullName(type) is "System.ReadOnlySpan`1" or "System.Span`1" or "System.ReadOnlyMemory`1" or "System.Memory`1",
    };

    /// <summary>The expressions a method, property or accessor returns, outside nested lambdas and local functions.</summary>
    internal static IEnumerable<ExpressionSyntax> Returns(SyntaxNode declaration)
    {
        var arrow = declaration switch
        {
            MethodDeclarationSyntax m => m.ExpressionBody,
            LocalFunctionStatementSyntax l => l.ExpressionBody,
            PropertyDeclarationSyntax p => p.ExpressionBody,
            AccessorDeclarationSyntax a => a.ExpressionBody,
            _ => null,
        };
        if (arrow != null)
        {
            return [arrow.Expression];
        }

        if (declaration is PropertyDeclarationSyntax { AccessorList: { } list })
        {
            var getter = list.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
            return getter is null ? [] : Returns(getter);
        }

        SyntaxNode? body = declaration switch
        {
            MethodDeclarationSyntax m => m.Body,
            LocalFunctionStatementSyntax l => l.Body,
            AccessorDeclarationSyntax a => a.Body,
            _ => null,
        };
        return body is null ? [] : ReturnsIn(body);
    }

    /// <summary>The expressions returned in a body, outside nested lambdas and local functions.</summary>
    internal static IEnumerable<ExpressionSyntax> ReturnsIn(SyntaxNode body) =>
        body.DescendantNodes(n => n is not (LambdaExpressionSyntax or LocalFunctionStatementSyntax or AnonymousMethodExpressionSyntax))
            .OfType<ReturnStatementSyntax>().Select(r => r.Expression).OfType<ExpressionSyntax>();
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Rules.HardcodedConfig;

/// <summary>Shared shapes of the hardcoded-config rules: arguments by parameter name, property writes, constant switches, always-true callbacks.</summary>
internal static class ConfigSinks
{
    /// <summary>The expression passed for the parameter named <paramref name="parameterName"/> at a call or object creation, positional or named.</summary>
    public static ExpressionSyntax? ArgumentFor(SyntaxNode callOrCreation, string parameterName, SemanticModel model)
    {
        var arguments = model.GetOperation(callOrCreation) switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => default,
        };
        if (arguments.IsDefaultOrEmpty)
        {
            return null;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameterName && argument.ArgumentKind == ArgumentKind.Explicit && ArgumentSyntaxOf(argument.Syntax) is { } syntax)
            {
                return syntax.Expression;
            }
        }

        return null;
    }

    // 'x!' has no operation of its own, so the argument's operation stands on 'x', inside the argument.
    private static ArgumentSyntax? ArgumentSyntaxOf(SyntaxNode node)
    {
        while (node.Parent is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } bang)
        {
            node = bang;
        }

        return node as ArgumentSyntax ?? node.Parent as ArgumentSyntax;
    }

    /// <summary>The parameter an argument is passed for.</summary>
    public static IParameterSymbol? ParameterOf(ArgumentSyntax argument, SemanticModel model) =>
        model.GetOperation(argument) is IArgumentOperation operation ? operation.Parameter : null;

    /// <summary>The property or field an assignment writes (also inside object initialisers), when it is declared on or inherited from one of the types.</summary>
    public static ISymbol? AssignedMemberOn(AssignmentExpressionSyntax assignment, SemanticModel model, params string[] typeNames)
    {
        var symbol = model.GetSymbolInfo(assignment.Left).Symbol;
        return symbol is IPropertySymbol or IFieldSymbol && typeNames.Any(t => KnownApis.IsOn(symbol, t)) ? symbol : null;
    }

    /// <summary>The type of a method's container, by full metadata name.</summary>
    public static string TypeOf(ISymbol symbol) => symbol.ContainingType is null ? string.Empty : KnownApis.FullName(symbol.ContainingType);

    /// <summary>Whether a boolean switch is the constant <paramref name="value"/> (literal, const, never-reassigned field, constant method).</summary>
    public static bool IsConstant(ExpressionSyntax expression, RuleContext context, bool value) => context.ConstantValue(expression) is bool b && b == value;

    /// <summary>Whether an expression names the enum field <paramref name="fieldName"/> of <paramref name="enumType"/>, directly or through a constant.</summary>
    public static bool IsEnumValue(ExpressionSyntax expression, RuleContext context, string enumType, string fieldName)
    {
        var model = context.ModelFor(expression.SyntaxTree);
        if (model.GetTypeInfo(expression).Type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } type || KnownApis.FullName(type) != enumType)
        {
            return false;
        }

        var value = context.ConstantValue(expression);
        var field = type.GetMembers(fieldName).OfType<IFieldSymbol>().FirstOrDefault();
        return value != null && field?.ConstantValue != null && Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) == Convert.ToInt64(field.ConstantValue, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Whether a callback always answers <c>true</c>: a lambda, anonymous method, method group or delegate creation
    /// over one, whose every return is the constant true.
    /// </summary>
    public static bool AlwaysReturnsTrue(ExpressionSyntax expression, RuleContext context, int depth = 0)
    {
        if (depth > 4)
        {
            return false;
        }

        var e = HardcodedValues.Unwrap(expression);
        var model = context.ModelFor(e.SyntaxTree);
        switch (e)
        {
            case AnonymousFunctionExpressionSyntax { ExpressionBody: { } body }:
                return IsConstant(body, context, true);
            case AnonymousFunctionExpressionSyntax { Block: { } block }:
                return AllTrue(block, HardcodedValues.ReturnsIn(block).ToList(), context);
            case ObjectCreationExpressionSyntax { ArgumentList.Arguments: [var only] } when model.GetTypeInfo(e).Type is { TypeKind: TypeKind.Delegate }:
                return AlwaysReturnsTrue(only.Expression, context, depth + 1);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                var symbol = model.GetSymbolInfo(e).Symbol ?? model.GetSymbolInfo(e).CandidateSymbols.FirstOrDefault();
                switch (symbol)
                {
                    case IMethodSymbol method when method.DeclaringSyntaxReferences.Length == 1:
                        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax();
                        var returns = HardcodedValues.Returns(declaration).ToList();
                        return declaration is MethodDeclarationSyntax { ExpressionBody: not null } or LocalFunctionStatementSyntax { ExpressionBody: not null }
                            ? returns.All(r => IsConstant(r, context, true))
                            : AllTrue(declaration, returns, context);
                    case ILocalSymbol or IFieldSymbol when symbol.DeclaringSyntaxReferences is [var reference]
                        && reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } init }:
                        return AlwaysReturnsTrue(init, context, depth + 1);
                    case IPropertySymbol { Name: "DangerousAcceptAnyServerCertificateValidator" } property
                        when TypeOf(property) == "System.Net.Http.HttpClientHandler":
                        return true;
                }

                return false;
            default:
                return false;
        }
    }

    private static bool AllTrue(SyntaxNode body, List<ExpressionSyntax> returns, RuleContext context) =>
        returns.Count > 0 && returns.All(r => IsConstant(r, context, true))
        && !body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<ThrowStatementSyntax>().Any()
        && !body.DescendantNodes().Any(n => n.IsKind(SyntaxKind.ThrowExpression));
}

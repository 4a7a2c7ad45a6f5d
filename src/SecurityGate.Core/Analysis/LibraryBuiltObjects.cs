using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecurityGate.Core.Analysis;

/// <summary>
/// Objects of the project's own types whose members a library filled in: what a deserialiser or a configuration
/// binder returns (<c>JsonSerializer.Deserialize&lt;T&gt;</c>, <c>GetFromJsonAsync&lt;T&gt;</c>,
/// <c>(T)xmlSerializer.Deserialize(…)</c>, <c>section.Get&lt;T&gt;()</c>, <c>options.Value</c>), and what a web framework
/// binds to a controller action's or route handler's parameters. No write in the project shows what such an object's members hold, so data
/// flow reads them as holding what the object was made from.
/// </summary>
/// <remarks>
/// Only objects a library makes count, not objects the project makes and a library hands back: a list built from
/// objects with one field of user input must not make every field of every element user input. So a generic method
/// that takes the <c>T</c> it returns (<c>First&lt;T&gt;(IEnumerable&lt;T&gt;)</c>, <c>Task.FromResult&lt;T&gt;(T)</c>)
/// passes objects through and does not make them.
/// </remarks>
internal static class LibraryBuiltObjects
{
    // Deep enough for a.B.C[0].D; the check runs again at each level of the member chain it reads through.
    private const int MaxDepth = 8;

    /// <summary>Whether <paramref name="expression"/> evaluates to an object a library made and filled in.</summary>
    public static bool IsBuiltByLibrary(ExpressionSyntax expression, ProjectIndex index) => IsBuiltByLibrary(expression, index, 0);

    private static bool IsBuiltByLibrary(ExpressionSyntax expression, ProjectIndex index, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        var model = index.Model(expression.SyntaxTree);
        expression = Unwrap(expression);
        switch (expression)
        {
            case InvocationExpressionSyntax invocation:
                return model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method && Makes(method);
            case CastExpressionSyntax { Expression: var operand }:
                return ReturnsObjectFromLibrary(operand, model) || IsBuiltByLibrary(operand, index, depth + 1);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AsExpression, Left: var operand }:
                return ReturnsObjectFromLibrary(operand, model) || IsBuiltByLibrary(operand, index, depth + 1);
            case ElementAccessExpressionSyntax element:
                return IsBuiltByLibrary(element.Expression, index, depth + 1);
            case MemberAccessExpressionSyntax access:
                return model.GetSymbolInfo(access).Symbol switch
                {
                    // options.Value, monitor.CurrentValue: the options object the configuration binder filled in.
                    IPropertySymbol property when KnownApis.IsConfiguration(property) => true,
                    IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false } => IsBuiltByLibrary(access.Expression, index, depth + 1),
                    _ => false,
                };
            case IdentifierNameSyntax identifier:
                return model.GetSymbolInfo(identifier).Symbol switch
                {
                    ILocalSymbol local => LocalHoldsBuiltObject(local, index, depth),
                    IParameterSymbol parameter => IsBoundByWebFramework(parameter, index),
                    _ => false,
                };
            default:
                return false;
        }
    }

    // A local whose declaration gives it such an object, or iterates over a collection of them.
    private static bool LocalHoldsBuiltObject(ILocalSymbol local, ProjectIndex index, int depth) =>
        local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() switch
        {
            VariableDeclaratorSyntax { Initializer.Value: { } value } => IsBuiltByLibrary(value, index, depth + 1),
            ForEachStatementSyntax forEach => IsBuiltByLibrary(forEach.Expression, index, depth + 1),
            _ => false,
        };

    // A controller action's or an HTTP route handler's parameter: the framework binds it from the request.
    private static bool IsBoundByWebFramework(IParameterSymbol parameter, ProjectIndex index)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol owner)
        {
            return false;
        }

        if (owner.MethodKind is MethodKind.AnonymousFunction or MethodKind.LambdaMethod)
        {
            return owner.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is { Parent: ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax registration } }
                && EntryPoints.IsRouteHandlerRegistration(registration, index.Model(registration.SyntaxTree));
        }

        return EntryPoints.IsExternalEntryParameter(parameter, owner);
    }

    // (T)serializer.Deserialize(reader): a library method that returns an object, cast to the type it made.
    private static bool ReturnsObjectFromLibrary(ExpressionSyntax operand, SemanticModel model) =>
        Unwrap(operand) is InvocationExpressionSyntax invocation
        && model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method
        && IsLibrary(method)
        && method.ReturnType.SpecialType == SpecialType.System_Object;

    /// <summary>
    /// A library method generic in the type it returns (or a task or collection of it) that takes no <c>T</c> in: it
    /// made the object from its inputs.
    /// </summary>
    private static bool Makes(IMethodSymbol method)
    {
        var definition = (method.ReducedFrom ?? method).OriginalDefinition;
        if (!IsLibrary(definition) || !definition.IsGenericMethod || ReturnedTypeParameter(definition.ReturnType) is not { } made)
        {
            return false;
        }

        return !definition.Parameters.Any(p => PassesIn(p.Type, made));
    }

    private static bool IsLibrary(IMethodSymbol method) => (method.ReducedFrom ?? method).OriginalDefinition.DeclaringSyntaxReferences.IsEmpty;

    // T, T?, Task<T>, ValueTask<T>, T[], IEnumerable<T>, List<T>, IAsyncEnumerable<T>, Task<IEnumerable<T>>…: the method's T.
    private static ITypeParameterSymbol? ReturnedTypeParameter(ITypeSymbol type)
    {
        switch (type)
        {
            case ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } parameter:
                return parameter;
            case IArrayTypeSymbol array:
                return ReturnedTypeParameter(array.ElementType);
            case INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
                when named.Name is "Nullable" or "Task" or "ValueTask" || IsSequence(named):
                return ReturnedTypeParameter(named.TypeArguments[0]);
            default:
                return null;
        }
    }

    // A parameter through which objects of type T come in: T itself, an array or sequence of T, or a delegate over T.
    private static bool PassesIn(ITypeSymbol type, ITypeParameterSymbol made) => type switch
    {
        ITypeParameterSymbol parameter => SymbolEqualityComparer.Default.Equals(parameter, made),
        IArrayTypeSymbol array => PassesIn(array.ElementType, made),
        INamedTypeSymbol { IsGenericType: true } named when IsSequence(named) || named.TypeKind == TypeKind.Delegate =>
            named.TypeArguments.Any(argument => PassesIn(argument, made)),
        _ => false,
    };

    private static bool IsSequence(INamedTypeSymbol type) =>
        type.Name is "IEnumerable" or "IAsyncEnumerable" || type.AllInterfaces.Any(i => i.Name == "IEnumerable" && i.IsGenericType);

    private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    continue;
                case AwaitExpressionSyntax awaited:
                    expression = awaited.Expression;
                    continue;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } bang:
                    expression = bang.Operand;
                    continue;
                default:
                    return expression;
            }
        }
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecurityGate.Core.Analysis;

/// <summary>Name extraction from syntax, used by prefilters before anything is bound.</summary>
public static class SyntaxNames
{
    /// <summary>The last simple name of an expression: <c>b</c> for <c>a.b</c>, <c>x</c> for <c>x</c>.</summary>
    public static string? RightmostName(ExpressionSyntax? expression) => expression switch
    {
        IdentifierNameSyntax id => id.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        ConditionalAccessExpressionSyntax conditional => RightmostName(conditional.WhenNotNull),
        ParenthesizedExpressionSyntax parenthesized => RightmostName(parenthesized.Expression),
        CastExpressionSyntax cast => RightmostName(cast.Expression),
        ElementAccessExpressionSyntax element => RightmostName(element.Expression),
        PostfixUnaryExpressionSyntax postfix => RightmostName(postfix.Operand),
        ThisExpressionSyntax => "this",
        _ => null,
    };

    /// <summary>The method name an invocation calls, without type arguments: <c>Start</c> for <c>Process.Start(x)</c>.</summary>
    public static string? CalledName(InvocationExpressionSyntax invocation) => RightmostName(invocation.Expression);

    /// <summary>The simple name of the type an object creation names, or null for target-typed <c>new()</c>.</summary>
    public static string? CreatedTypeName(BaseObjectCreationExpressionSyntax creation) =>
        creation is ObjectCreationExpressionSyntax explicitCreation ? TypeName(explicitCreation.Type) : null;

    /// <summary>
    /// The type a target-typed <c>new(…)</c> creates, when that type is written right where the creation stands: the
    /// declared type of the variable, field or property it initialises, or the return type of the method, local function,
    /// property or indexer it is returned from (not an <c>async</c> one, whose target is the task's result, and not from
    /// inside a lambda, whose return type is inferred). Null wherever only binding can tell (an argument, an assignment, a
    /// conditional, a collection element).
    /// </summary>
    public static TypeSyntax? TargetType(ImplicitObjectCreationExpressionSyntax creation) => creation.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type: { IsVar: false } declared } } } => declared,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
        ArrowExpressionClauseSyntax arrow => ReturnType(arrow.Parent),
        ReturnStatementSyntax statement => ReturnType(statement.Ancestors().FirstOrDefault(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax)),
        _ => null,
    };

    /// <summary>The simple name of <see cref="TargetType"/>; null where it is not written there, and for types written with a keyword.</summary>
    public static string? TargetTypeName(ImplicitObjectCreationExpressionSyntax creation) =>
        TargetType(creation) is { } type ? TypeName(type) : null;

    // The type a function's returned value converts to; null where that is not written plainly there.
    private static TypeSyntax? ReturnType(SyntaxNode? function) => function switch
    {
        MethodDeclarationSyntax method when !method.Modifiers.Any(Microsoft.CodeAnalysis.CSharp.SyntaxKind.AsyncKeyword) => method.ReturnType,
        LocalFunctionStatementSyntax local when !local.Modifiers.Any(Microsoft.CodeAnalysis.CSharp.SyntaxKind.AsyncKeyword) => local.ReturnType,
        PropertyDeclarationSyntax property => property.Type,
        IndexerDeclarationSyntax indexer => indexer.Type,
        AccessorDeclarationSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.GetAccessorDeclaration, Parent.Parent: BasePropertyDeclarationSyntax owner } => owner.Type,
        _ => null,
    };

    /// <summary>The simple name of a type syntax: <c>ProcessStartInfo</c> for <c>System.Diagnostics.ProcessStartInfo</c>.</summary>
    public static string? TypeName(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax id => id.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        QualifiedNameSyntax qualified => TypeName(qualified.Right),
        AliasQualifiedNameSyntax alias => TypeName(alias.Name),
        NullableTypeSyntax nullable => TypeName(nullable.ElementType),
        _ => null,
    };

    /// <summary>The arguments written at a call site: a call, an object creation or a constructor's <c>this(…)</c>/<c>base(…)</c>.</summary>
    public static SeparatedSyntaxList<ArgumentSyntax> Arguments(SyntaxNode site) => site switch
    {
        InvocationExpressionSyntax invocation => invocation.ArgumentList.Arguments,
        BaseObjectCreationExpressionSyntax creation => creation.ArgumentList?.Arguments ?? default,
        ConstructorInitializerSyntax initializer => initializer.ArgumentList.Arguments,
        _ => default,
    };

    /// <summary>The member declaration (method, accessor, constructor, field, lambda's host) that encloses a node.</summary>
    public static SyntaxNode? EnclosingMember(SyntaxNode node)
    {
        for (var current = node; current != null; current = current.Parent)
        {
            if (current is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or PropertyDeclarationSyntax
                or IndexerDeclarationSyntax or FieldDeclarationSyntax or EventDeclarationSyntax or LocalFunctionStatementSyntax)
            {
                return current is AccessorDeclarationSyntax accessor ? accessor.Parent?.Parent ?? accessor : current;
            }

            if (current is GlobalStatementSyntax)
            {
                return current.Parent;
            }
        }

        return null;
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecurityGate.Core.Analysis;

/// <summary>
/// Binds names where they mean the same as at the node but without entering the member: at the body of the
/// enclosing type. Any binding inside a method, even a speculative one, makes Roslyn build that method's binder map
/// and run its declaration checks; a method whose only candidates are catch types or calls on a type name is then
/// never opened at all.
/// </summary>
internal static class TypeScope
{
    /// <summary>
    /// A position in the body of the innermost type declaration around <paramref name="node"/> at which a type name
    /// binds as it does at the node: null when a method or local function around the node has type parameters (which
    /// only its own scope sees) or when the node is not inside the braces of a class, struct, record or interface.
    /// </summary>
    public static int? ForTypeName(SyntaxNode node) => TypeFor(node) is { } type ? Position(type) : null;

    /// <summary>The type declaration whose body <see cref="ForTypeName"/> binds at, or null.</summary>
    public static TypeDeclarationSyntax? TypeFor(SyntaxNode node)
    {
        for (var current = node.Parent; current != null; current = current.Parent)
        {
            switch (current)
            {
                case MethodDeclarationSyntax { TypeParameterList: not null }:
                case LocalFunctionStatementSyntax { TypeParameterList: not null }:
                    return null;
                case TypeDeclarationSyntax type:
                    return type.Kind() is SyntaxKind.ClassDeclaration or SyntaxKind.StructDeclaration or SyntaxKind.RecordDeclaration
                        or SyntaxKind.RecordStructDeclaration or SyntaxKind.InterfaceDeclaration
                        && !type.OpenBraceToken.IsMissing && !type.CloseBraceToken.IsMissing
                        && node.SpanStart >= type.OpenBraceToken.Span.End && node.Span.End <= type.CloseBraceToken.SpanStart
                        ? type
                        : null;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or BaseNamespaceDeclarationSyntax or CompilationUnitSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A key for everything around a type declaration that a name lookup passes once it leaves the type: the enclosing
    /// namespace declarations with their names, extern aliases and usings, and those of the file. Two types with the
    /// same key see the same names outside themselves (file-local types aside, which are visible in their file only).
    /// </summary>
    public static string ImportScope(TypeDeclarationSyntax type)
    {
        var parts = new List<string>();
        for (SyntaxNode? current = type.Parent; current != null; current = current.Parent)
        {
            switch (current)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    parts.Add(ns.Name.ToString() + "{" + string.Join(";", ns.Externs.Select(e => e.ToString())) + ";" + string.Join(";", ns.Usings.Select(u => u.ToString())));
                    break;
                case CompilationUnitSyntax unit:
                    parts.Add("{" + string.Join(";", unit.Externs.Select(e => e.ToString())) + ";" + string.Join(";", unit.Usings.Select(u => u.ToString())));
                    break;
            }
        }

        return string.Join("\n", parts);
    }

    /// <summary>The position in a type's body where names bind as in the type, outside every member.</summary>
    public static int Position(TypeDeclarationSyntax type) => type.OpenBraceToken.Span.End;

    /// <summary>
    /// Like <see cref="TypeFor"/>, for a simple name bound as an expression: also null when the member around the
    /// node declares something called <paramref name="name"/> (a parameter, local, pattern or range variable, local
    /// function or type parameter), or a type around it has a primary-constructor parameter of that name, which would
    /// hide what the type body sees.
    /// </summary>
    public static TypeDeclarationSyntax? TypeForSimpleName(SyntaxNode node, string name, Func<SyntaxNode, string, bool> declaresInside)
    {
        if (name is "value" or "field" || TypeFor(node) is not { } type)
        {
            return null;
        }

        // Primary-constructor parameters: the type's body sees them too in today's Roslyn, but nothing promises that a
        // position between members is in their scope, so a name they declare is bound where it is written.
        for (var current = node.Parent; current != null; current = current.Parent)
        {
            if (current is TypeDeclarationSyntax { ParameterList.Parameters: var parameters } && parameters.Any(p => p.Identifier.ValueText == name))
            {
                return null;
            }
        }

        for (var current = node; current != null; current = current.Parent)
        {
            if (current is MemberDeclarationSyntax member && current.Parent is TypeDeclarationSyntax)
            {
                return declaresInside(member, name) ? null : type;
            }
        }

        return null;
    }

    /// <summary>
    /// The member <paramref name="type"/> itself declares under <paramref name="name"/> (a field, property, event,
    /// method or nested type; not one of its bases or of its other partial declarations), or null. Wherever
    /// <see cref="TypeForSimpleName"/> gives this type, the simple name stands for that member: a member of the type
    /// hides members of its bases, of the types around it and the names the usings bring in.
    /// </summary>
    public static MemberDeclarationSyntax? DeclaredMember(TypeDeclarationSyntax type, string name) =>
        type.Members.FirstOrDefault(member => member switch
        {
            BaseFieldDeclarationSyntax field => field.Declaration.Variables.Any(v => v.Identifier.ValueText == name),
            PropertyDeclarationSyntax { ExplicitInterfaceSpecifier: null } property => property.Identifier.ValueText == name,
            EventDeclarationSyntax { ExplicitInterfaceSpecifier: null } declared => declared.Identifier.ValueText == name,
            MethodDeclarationSyntax { ExplicitInterfaceSpecifier: null } method => method.Identifier.ValueText == name,
            BaseTypeDeclarationSyntax nested => nested.Identifier.ValueText == name,
            DelegateDeclarationSyntax nested => nested.Identifier.ValueText == name,
            _ => false,
        });

    /// <summary>
    /// Whether <see cref="DeclaredMember"/> is a field, property or event, so the simple name stands for a value and
    /// not for a type. False, so the caller binds, when the member's type could share its name ("Color Color", where
    /// a member access may still reach the type's statics) or is named through an alias.
    /// </summary>
    public static bool DeclaresValueMember(TypeDeclarationSyntax type, string name, Func<string, bool> isAliasName)
    {
        var declaredType = DeclaredMember(type, name) switch
        {
            BaseFieldDeclarationSyntax field => field.Declaration.Type,
            PropertyDeclarationSyntax property => property.Type,
            EventDeclarationSyntax declared => declared.Type,
            _ => null,
        };
        return declaredType is PredefinedTypeSyntax
            ? !PredefinedTypeNames.Contains(name)
            : declaredType != null && SyntaxNames.TypeName(declaredType) is { } typeName && typeName != name && !isAliasName(typeName);
    }

    /// <summary>
    /// Whether <see cref="DeclaredMember"/> is a <c>const</c> field (anything else declared under the name is no
    /// constant); null when the type declares nothing of that name, and only binding tells.
    /// </summary>
    public static bool? IsConstField(TypeDeclarationSyntax type, string name) =>
        DeclaredMember(type, name) is { } member ? member is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword) : null;

    // The metadata names of the types C# keywords stand for: `string String` is a "Color Color" member too.
    private static readonly HashSet<string> PredefinedTypeNames = new(StringComparer.Ordinal)
    {
        "Object", "String", "Boolean", "Char", "SByte", "Byte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64",
        "Single", "Double", "Decimal", "IntPtr", "UIntPtr", "Void",
    };

    /// <summary>Every name a member declares inside itself: parameters, locals, pattern, foreach, catch and range variables, local functions, type parameters.</summary>
    public static HashSet<string> DeclaredNames(SyntaxNode member)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in member.DescendantNodesAndSelf())
        {
            if (DeclaredIdentifier(node)?.ValueText is { Length: > 0 } text)
            {
                names.Add(text);
            }
        }

        return names;
    }

    /// <summary>
    /// The identifier of a node of a kind that declares a name inside a member (see <see cref="DeclaredNames"/>), or
    /// null for every other kind. A declaring kind may leave its name out (<c>catch (Exception)</c>): the token is then
    /// empty, and the kind still declares names. One place decides which kinds count, for the member walk here and for
    /// the project index's walk, which classifies each kind once.
    /// </summary>
    public static SyntaxToken? DeclaredIdentifier(SyntaxNode node) => node switch
    {
        ParameterSyntax p => p.Identifier,
        TypeParameterSyntax t => t.Identifier,
        VariableDeclaratorSyntax v => v.Identifier,
        SingleVariableDesignationSyntax d => d.Identifier,
        ForEachStatementSyntax f => f.Identifier,
        CatchDeclarationSyntax c => c.Identifier,
        LocalFunctionStatementSyntax l => l.Identifier,
        FromClauseSyntax q => q.Identifier,
        LetClauseSyntax q => q.Identifier,
        JoinClauseSyntax q => q.Identifier,
        JoinIntoClauseSyntax q => q.Identifier,
        QueryContinuationSyntax q => q.Identifier,
        _ => null,
    };
}

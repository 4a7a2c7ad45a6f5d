using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.HardcodedConfig;

/// <summary>
/// SG5006: a string literal that looks like a secret (8+ characters, high entropy or mixed character classes, no
/// spaces, not a placeholder, URL, path or a label repeating the name) assigned to a field, property, local or
/// named argument whose name ends in a credential word (<c>password</c>, <c>secret</c>, <c>token</c>, <c>apiKey</c>,
/// <c>privateKey</c>, <c>clientSecret</c>, <c>accessKey</c>). A name that only mentions one
/// (<c>PasswordQuestion</c>, <c>TokenEndpoint</c>, <c>SecretName</c>) does not count, nor does a value SG5001 already reports.
/// </summary>
public sealed class SecretLiteralInSecretMemberRule : SecurityRule
{
    private const int MinimumLength = 8;
    private const double MinimumEntropy = 3.0;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.SecretLiteralInSecretMember;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } =
        [SyntaxKind.VariableDeclarator, SyntaxKind.PropertyDeclaration, SyntaxKind.SimpleAssignmentExpression, SyntaxKind.Argument, SyntaxKind.AnonymousObjectMemberDeclarator];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => Target(node) is ({ } name, { } literal)
        && SecretText.IsSecretName(name) && LooksLikeSecret(name, literal.Token.ValueText);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var (name, literal) = Target(node);
        var alreadyReported = node switch
        {
            AssignmentExpressionSyntax assignment => HardcodedCredentialRule.IsCredentialSetter(assignment, context.Model),
            ArgumentSyntax argument => HardcodedCredentialRule.IsCredentialArgument(argument, context.Model),
            VariableDeclaratorSyntax declarator => ReachesCredentialSink(declarator, context),
            _ => false,
        };
        if (alreadyReported || literal is null || context.Model.GetTypeInfo(literal).ConvertedType?.SpecialType != SpecialType.System_String)
        {
            return;
        }

        context.Report(
            Descriptor,
            literal,
            $"'{name}' is given a literal that looks like a real secret; load it from configuration, environment or a secret store",
            Origin.Constant);
    }

    /// <summary>
    /// Whether the variable declared here is used directly as a credential argument or setter value in its method
    /// (locals), its type (private fields) or anywhere in the project (fields other types can read, such as a
    /// <c>Secrets.Password</c> constant in another file): SG5001 reports that use, so this literal is not reported twice.
    /// </summary>
    private static bool ReachesCredentialSink(VariableDeclaratorSyntax declarator, RuleContext context)
    {
        var symbol = context.Model.GetDeclaredSymbol(declarator);
        if (symbol is null)
        {
            return false;
        }

        if (symbol is ILocalSymbol || symbol.DeclaredAccessibility == Accessibility.Private)
        {
            var scope = symbol is ILocalSymbol ? SyntaxNames.EnclosingMember(declarator) : declarator.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            return scope is not null && UsedAsCredential(scope, symbol, context.Model);
        }

        return context.Compilation.SyntaxTrees.Any(tree => UsedAsCredential(tree.GetRoot(), symbol, context.ModelFor(tree)));
    }

    private static bool UsedAsCredential(SyntaxNode scope, ISymbol symbol, SemanticModel model)
    {
        foreach (var reference in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (reference.Identifier.ValueText != symbol.Name
                || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(reference).Symbol, symbol))
            {
                continue;
            }

            var use = reference.Parent is MemberAccessExpressionSyntax access && access.Name == reference ? access : (ExpressionSyntax)reference;
            switch (use.Parent)
            {
                case ArgumentSyntax argument when HardcodedCredentialRule.IsCredentialArgument(argument, model):
                    return true;
                case AssignmentExpressionSyntax assignment when assignment.Right == use && HardcodedCredentialRule.IsCredentialSetter(assignment, model):
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether a literal reads like a secret value rather than a label, placeholder, URL or sentence.</summary>
    internal static bool LooksLikeSecret(string name, string text) =>
        text.Length >= MinimumLength && !text.Any(char.IsWhiteSpace)
        && (SecretText.Entropy(text) >= MinimumEntropy || SecretText.CharacterClasses(text) >= 3)
        && !SecretText.IsPlaceholder(text) && !SecretText.IsLocator(text) && !SecretText.IsNameLabel(name, text);

    private static (string? Name, LiteralExpressionSyntax? Literal) Target(SyntaxNode node) => node switch
    {
        VariableDeclaratorSyntax declarator => (declarator.Identifier.ValueText, StringLiteral(declarator.Initializer?.Value)),
        PropertyDeclarationSyntax property => (property.Identifier.ValueText, StringLiteral(property.Initializer?.Value ?? property.ExpressionBody?.Expression)),
        AssignmentExpressionSyntax assignment => (SyntaxNames.RightmostName(assignment.Left), StringLiteral(assignment.Right)),
        ArgumentSyntax { NameColon: { } nameColon } argument => (nameColon.Name.Identifier.ValueText, StringLiteral(argument.Expression)),
        AnonymousObjectMemberDeclaratorSyntax { NameEquals: { } nameEquals } member => (nameEquals.Name.Identifier.ValueText, StringLiteral(member.Expression)),
        _ => (null, null),
    };

    private static LiteralExpressionSyntax? StringLiteral(ExpressionSyntax? expression) =>
        expression is null ? null : HardcodedValues.Unwrap(expression) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal ? literal : null;
}

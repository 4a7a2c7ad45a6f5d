using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecurityGate.Core.Rules.SensitiveLogging;

/// <summary>
/// SG2001: a password, token, API key, private key, client secret, authorization header, Key Vault secret, secret-named
/// configuration value or connection string with a password written to a logger, trace listener or the console.
/// Whether a value is a secret comes from its name (words, not substrings, and typed as text), where it was read
/// from, or its constant content; see <see cref="SensitiveValues"/>.
/// </summary>
public sealed class SecretLoggedRule : SecurityRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.SecretLogged;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.InvocationExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => LogSinks.IsCandidate(node);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context) =>
        SensitiveValues.Report(Descriptor, SensitiveKind.Secret, (InvocationExpressionSyntax)node, context, "leave it out or log a masked value");
}

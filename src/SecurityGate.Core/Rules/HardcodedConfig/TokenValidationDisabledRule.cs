using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.HardcodedConfig;

/// <summary>
/// SG5007: a <c>TokenValidationParameters</c> check (<c>ValidateIssuer</c>, <c>ValidateAudience</c>, <c>ValidateLifetime</c>,
/// <c>ValidateIssuerSigningKey</c>, <c>RequireSignedTokens</c>, <c>RequireExpirationTime</c>) set to a constant <c>false</c>,
/// in an object initialiser or by a setter.
/// </summary>
public sealed class TokenValidationDisabledRule : SecurityRule
{
    // What each switched-off check lets through, and what to do instead. Each flag guards one claim or property of
    // a token, so a message names that one: an audience check off does not let a forged token in.
    private static readonly Dictionary<string, (string Consequence, string Remedy)> Checks = new(StringComparer.Ordinal)
    {
        ["ValidateIssuer"] = (
            "a token from any issuer is accepted as long as one of the trusted keys signed it (another tenant of a shared identity provider, for one)",
            "keep it on and set ValidIssuer or ValidIssuers"),
        ["ValidateAudience"] = ("tokens issued for other applications and APIs are accepted here", "keep it on and set ValidAudience or ValidAudiences"),
        ["ValidateLifetime"] = ("expired and not-yet-valid tokens are accepted", "keep it on (ClockSkew allows for clock drift)"),
        ["ValidateIssuerSigningKey"] = (
            "the signing key itself goes unchecked and a signature made with an expired certificate's key is accepted",
            "keep it on"),
        ["RequireSignedTokens"] = ("unsigned tokens are accepted and anyone can forge one", "keep it on"),
        ["RequireExpirationTime"] = ("tokens without an expiry time are accepted and never expire", "keep it on and issue tokens with an expiry"),
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.TokenValidationDisabled;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.SimpleAssignmentExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) =>
        node is AssignmentExpressionSyntax assignment && SyntaxNames.RightmostName(assignment.Left) is { } name && Checks.ContainsKey(name);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var assignment = (AssignmentExpressionSyntax)node;
        if (ConfigSinks.AssignedMemberOn(assignment, context.Model, "Microsoft.IdentityModel.Tokens.TokenValidationParameters") is { } member
            && Checks.TryGetValue(member.Name, out var check)
            && ConfigSinks.IsConstant(assignment.Right, context, false))
        {
            context.Report(
                Descriptor,
                assignment,
                $"TokenValidationParameters.{member.Name} is switched off, so {check.Consequence}; {check.Remedy}",
                Origin.Constant);
        }
    }
}

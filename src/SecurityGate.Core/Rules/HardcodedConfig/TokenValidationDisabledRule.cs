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
    private static readonly HashSet<string> Checks = new(StringComparer.Ordinal)
    {
        "ValidateIssuer", "ValidateAudience", "ValidateLifetime", "ValidateIssuerSigningKey", "RequireSignedTokens", "RequireExpirationTime",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.TokenValidationDisabled;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.SimpleAssignmentExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) =>
        node is AssignmentExpressionSyntax assignment && SyntaxNames.RightmostName(assignment.Left) is { } name && Checks.Contains(name);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var assignment = (AssignmentExpressionSyntax)node;
        if (ConfigSinks.AssignedMemberOn(assignment, context.Model, "Microsoft.IdentityModel.Tokens.TokenValidationParameters") is { } member
            && ConfigSinks.IsConstant(assignment.Right, context, false))
        {
            context.Report(
                Descriptor,
                assignment,
                $"TokenValidationParameters.{member.Name} is switched off, so forged or expired tokens are accepted; keep the check on and configure the expected value",
                Origin.Constant);
        }
    }
}

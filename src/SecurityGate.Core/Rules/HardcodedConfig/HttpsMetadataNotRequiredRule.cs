using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.HardcodedConfig;

/// <summary>SG5013: <c>RequireHttpsMetadata = false</c> on JWT bearer or OpenID Connect options, so signing keys may be fetched over plain HTTP.</summary>
public sealed class HttpsMetadataNotRequiredRule : SecurityRule
{
    private static readonly string[] OptionTypes =
    [
        "Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions",
        "Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions",
    ];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.HttpsMetadataNotRequired;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.SimpleAssignmentExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) =>
        node is AssignmentExpressionSyntax assignment && SyntaxNames.RightmostName(assignment.Left) == "RequireHttpsMetadata";

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var assignment = (AssignmentExpressionSyntax)node;
        if (ConfigSinks.AssignedMemberOn(assignment, context.Model, OptionTypes) is { } member && ConfigSinks.IsConstant(assignment.Right, context, false))
        {
            context.Report(
                Descriptor,
                assignment,
                $"{member.ContainingType.Name}.RequireHttpsMetadata is off, so token signing keys may be fetched over plain HTTP; use an https Authority",
                Origin.Constant);
        }
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.HardcodedConfig;

/// <summary>
/// SG5012: certificate revocation checking switched off with a constant: <c>X509ChainPolicy.RevocationMode</c> or
/// <c>Ssl*AuthenticationOptions.CertificateRevocationCheckMode</c> = <c>X509RevocationMode.NoCheck</c>,
/// <c>HttpClientHandler.CheckCertificateRevocationList = false</c>, <c>ServicePointManager.CheckCertificateRevocationList = false</c>.
/// </summary>
public sealed class RevocationCheckDisabledRule : SecurityRule
{
    private const string RevocationMode = "System.Security.Cryptography.X509Certificates.X509RevocationMode";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.RevocationCheckDisabled;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.SimpleAssignmentExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) =>
        node is AssignmentExpressionSyntax assignment
        && SyntaxNames.RightmostName(assignment.Left) is "RevocationMode" or "CertificateRevocationCheckMode" or "CheckCertificateRevocationList";

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var assignment = (AssignmentExpressionSyntax)node;
        var member = context.Model.GetSymbolInfo(assignment.Left).Symbol as IPropertySymbol;
        var off = member switch
        {
            { Name: "RevocationMode" } when KnownApis.IsOn(member, "System.Security.Cryptography.X509Certificates.X509ChainPolicy")
                => ConfigSinks.IsEnumValue(assignment.Right, context, RevocationMode, "NoCheck"),
            { Name: "CertificateRevocationCheckMode" } when KnownApis.IsOn(member, "System.Net.Security.SslClientAuthenticationOptions")
                || KnownApis.IsOn(member, "System.Net.Security.SslServerAuthenticationOptions")
                => ConfigSinks.IsEnumValue(assignment.Right, context, RevocationMode, "NoCheck"),
            { Name: "CheckCertificateRevocationList" } when KnownApis.IsOn(member, "System.Net.Http.HttpClientHandler")
                || KnownApis.IsOn(member, "System.Net.ServicePointManager") || KnownApis.IsOn(member, "System.Net.Http.WinHttpHandler")
                => ConfigSinks.IsConstant(assignment.Right, context, false),
            _ => false,
        };
        if (off)
        {
            context.Report(
                Descriptor,
                assignment,
                $"{member!.ContainingType.Name}.{member.Name} switches certificate revocation checking off; use X509RevocationMode.Online (or Offline) instead",
                Origin.Constant);
        }
    }
}

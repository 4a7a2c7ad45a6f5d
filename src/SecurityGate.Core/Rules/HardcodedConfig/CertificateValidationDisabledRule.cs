using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.HardcodedConfig;

/// <summary>
/// SG5004: a server-certificate validation callback that accepts every certificate: a lambda, anonymous method or
/// method whose every return is the constant <c>true</c>, or <c>HttpClientHandler.DangerousAcceptAnyServerCertificateValidator</c>,
/// given to <c>HttpClientHandler</c>, <c>ServicePointManager</c>, <c>HttpWebRequest</c>, <c>SslClientAuthenticationOptions</c> or <c>SslStream</c>.
/// </summary>
public sealed class CertificateValidationDisabledRule : SecurityRule
{
    private const string CallbackType = "System.Net.Security.RemoteCertificateValidationCallback";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.CertificateValidationDisabled;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } =
        [SyntaxKind.SimpleAssignmentExpression, SyntaxKind.AddAssignmentExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => node switch
    {
        AssignmentExpressionSyntax assignment => SyntaxNames.RightmostName(assignment.Left) is "ServerCertificateCustomValidationCallback"
            or "ServerCertificateValidationCallback" or "RemoteCertificateValidationCallback",
        ObjectCreationExpressionSyntax creation => SyntaxNames.CreatedTypeName(creation) == "SslStream",
        ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.ArgumentList.Arguments.Count >= 3
            && SyntaxNames.TargetTypeName(implicitCreation) is null or "SslStream",
        _ => false,
    };

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        ExpressionSyntax? callback = null;
        string? sink = null;
        switch (node)
        {
            case AssignmentExpressionSyntax assignment when context.Model.GetSymbolInfo(assignment.Left).Symbol is IPropertySymbol property
                && IsValidationCallback(property):
                callback = assignment.Right;
                sink = $"{property.ContainingType.Name}.{property.Name}";
                break;
            case BaseObjectCreationExpressionSyntax creation when context.Model.GetTypeInfo(creation).Type is { } type
                && KnownApis.FullName(type) == "System.Net.Security.SslStream":
                callback = ConfigSinks.ArgumentFor(creation, "userCertificateValidationCallback", context.Model);
                sink = "new SslStream(userCertificateValidationCallback)";
                break;
        }

        if (callback != null && ConfigSinks.AlwaysReturnsTrue(callback, context))
        {
            context.Report(
                Descriptor,
                callback,
                $"{sink} accepts every server certificate; remove the callback, or check SslPolicyErrors and pin the expected certificate",
                Origin.Constant);
        }
    }

    private static bool IsValidationCallback(IPropertySymbol property) =>
        KnownApis.FullName(property.Type) == CallbackType
        || (property.Name == "ServerCertificateCustomValidationCallback" && KnownApis.IsOn(property, "System.Net.Http.HttpClientHandler"))
        || (property.Name == "ServerCertificateCustomValidationCallback" && KnownApis.IsOn(property, "System.Net.Http.WinHttpHandler"));
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.HardcodedConfig;

/// <summary>
/// SG5005: <c>SslProtocols.Ssl2/Ssl3/Tls/Tls11</c> or <c>SecurityProtocolType.Ssl3/Tls/Tls11</c> written into code that
/// configures a connection (assigned, passed, combined). Comparisons, patterns, <c>HasFlag</c> and removal
/// (<c>&amp; ~SslProtocols.Tls</c>) only read or switch them off and stay silent.
/// </summary>
public sealed class WeakTlsProtocolRule : SecurityRule
{
    private static readonly string[] EnumTypes = ["System.Security.Authentication.SslProtocols", "System.Net.SecurityProtocolType"];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.WeakTlsProtocol;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.SimpleMemberAccessExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) =>
        node is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Ssl2" or "Ssl3" or "Tls" or "Tls11" };

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var access = (MemberAccessExpressionSyntax)node;
        if (context.Model.GetSymbolInfo(access).Symbol is not IFieldSymbol { ContainingType: { TypeKind: TypeKind.Enum } type } field
            || !EnumTypes.Contains(KnownApis.FullName(type)) || OnlyRead(access))
        {
            return;
        }

        context.Report(
            Descriptor,
            access,
            $"{type.Name}.{field.Name} enables a protocol older than TLS 1.2; leave the choice to the operating system (SslProtocols.None) or use Tls12/Tls13",
            Origin.Constant);
    }

    /// <summary>Whether the value is compared, matched, tested with HasFlag or negated to remove it, rather than configured.</summary>
    private static bool OnlyRead(ExpressionSyntax access)
    {
        for (SyntaxNode? node = access; node?.Parent != null; node = node.Parent)
        {
            switch (node.Parent)
            {
                case ParenthesizedExpressionSyntax or CastExpressionSyntax:
                    continue;
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.BitwiseOrExpression) || binary.IsKind(SyntaxKind.BitwiseAndExpression):
                    continue;
                case BinaryExpressionSyntax binary:
                    return binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression);
                case PrefixUnaryExpressionSyntax unary:
                    return unary.IsKind(SyntaxKind.BitwiseNotExpression);
                case ConstantPatternSyntax or CaseSwitchLabelSyntax or PatternSyntax:
                    return true;
                case ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax call }:
                    return SyntaxNames.CalledName(call) == "HasFlag";
                default:
                    return false;
            }
        }

        return false;
    }
}

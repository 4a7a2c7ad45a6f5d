using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.HardcodedConfig;

/// <summary>
/// SG5008: cookie protection switched off with a constant: <c>CookieOptions.Secure/HttpOnly = false</c>,
/// <c>CookieBuilder.HttpOnly = false</c>, <c>CookieBuilder.SecurePolicy = CookieSecurePolicy.None</c>,
/// <c>System.Web.HttpCookie.Secure/HttpOnly = false</c>.
/// </summary>
public sealed class InsecureCookieRule : SecurityRule
{
    private static readonly string[] CookieTypes = ["Microsoft.AspNetCore.Http.CookieOptions", "Microsoft.AspNetCore.Http.CookieBuilder", "System.Web.HttpCookie"];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.InsecureCookie;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.SimpleAssignmentExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) =>
        node is AssignmentExpressionSyntax assignment && SyntaxNames.RightmostName(assignment.Left) is "Secure" or "HttpOnly" or "SecurePolicy";

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var assignment = (AssignmentExpressionSyntax)node;
        if (ConfigSinks.AssignedMemberOn(assignment, context.Model, CookieTypes) is not { } member)
        {
            return;
        }

        var off = member.Name == "SecurePolicy"
            ? ConfigSinks.IsEnumValue(assignment.Right, context, "Microsoft.AspNetCore.Http.CookieSecurePolicy", "None")
            : ConfigSinks.IsConstant(assignment.Right, context, false);
        if (!off)
        {
            return;
        }

        var fix = member.Name == "HttpOnly" ? "set HttpOnly = true unless script must read the cookie" : "send the cookie over HTTPS only (Secure = true, CookieSecurePolicy.Always)";
        context.Report(Descriptor, assignment, $"{member.ContainingType.Name}.{member.Name} switches cookie protection off; {fix}", Origin.Constant);
    }
}

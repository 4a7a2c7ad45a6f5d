using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Tests.Corpus;

/// <summary>
/// Stand-ins for catalogue rules that are not implemented on this branch, so the corpus still measures the data-flow
/// engine on their cases. The scorer uses a probe only while the registry has no rule with the same ID, and marks
/// its rows "(probe)".
/// </summary>
internal static class ProbeRules
{
    public static IEnumerable<SecurityRule> All { get; } = [new SqlCommandTextProbe(), new FilePathProbe()];

    /// <summary>SG1001 stand-in: the text assigned to <c>CommandText</c> of an ADO.NET command.</summary>
    private sealed class SqlCommandTextProbe : SecurityRule
    {
        public override RuleDescriptor Descriptor => RuleCatalogue.SqlInjection;

        public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.SimpleAssignmentExpression];

        public override bool IsCandidate(SyntaxNode node) => SyntaxNames.RightmostName(((AssignmentExpressionSyntax)node).Left) == "CommandText";

        public override void Analyze(SyntaxNode node, RuleContext context)
        {
            var assignment = (AssignmentExpressionSyntax)node;
            if (context.Model.GetSymbolInfo(assignment.Left).Symbol is IPropertySymbol property && KnownApis.IsOn(property, "System.Data.IDbCommand"))
            {
                ReportFlow(this, assignment.Right, context);
            }
        }
    }

    /// <summary>SG1002 stand-in: the path argument of <c>System.IO.File</c> and <c>Directory</c> calls.</summary>
    private sealed class FilePathProbe : SecurityRule
    {
        public override RuleDescriptor Descriptor => RuleCatalogue.PathTraversal;

        public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.InvocationExpression];

        public override bool IsCandidate(SyntaxNode node) => node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "File" or "Directory" } } };

        public override void Analyze(SyntaxNode node, RuleContext context)
        {
            var invocation = (InvocationExpressionSyntax)node;
            if (context.Model.GetSymbolInfo(invocation).Symbol is IMethodSymbol { Parameters: [{ Type.SpecialType: SpecialType.System_String }, ..] } method
                && KnownApis.FullName(method.ContainingType) is "System.IO.File" or "System.IO.Directory" && invocation.ArgumentList.Arguments.Count > 0)
            {
                ReportFlow(this, invocation.ArgumentList.Arguments[0].Expression, context);
            }
        }
    }

    private static void ReportFlow(SecurityRule rule, ExpressionSyntax value, RuleContext context)
    {
        var trace = context.Origins.Trace(value);
        if (trace.Origin != Origin.Constant)
        {
            context.Report(rule.Descriptor, value, $"probe: {OriginNames.ToName(trace.Origin)} data {trace.Describe()}", trace);
        }
    }
}

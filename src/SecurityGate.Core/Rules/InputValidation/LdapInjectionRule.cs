using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Rules.InputValidation;

/// <summary>
/// SG1003: an LDAP search filter or directory path that is not constant: <c>DirectorySearcher.Filter</c> and its
/// constructor's filter, <c>DirectoryEntry</c>'s path, and <c>SearchRequest</c>'s filter and distinguished name.
/// </summary>
public sealed class LdapInjectionRule : SecurityRule
{
    private const string Searcher = "System.DirectoryServices.DirectorySearcher";
    private const string Entry = "System.DirectoryServices.DirectoryEntry";
    private const string Request = "System.DirectoryServices.Protocols.SearchRequest";
    private const string FilterFix = "escape each value with an LDAP filter encoder (Encoder.LdapFilterEncode) or validate it against an allow-list";
    private const string PathFix = "escape each value with an LDAP distinguished-name encoder or validate it against an allow-list";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.LdapInjection;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } =
        [SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.SimpleAssignmentExpression,
            SyntaxKind.AddAssignmentExpression, SyntaxKind.CoalesceAssignmentExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => node switch
    {
        ObjectCreationExpressionSyntax creation => SyntaxNames.CreatedTypeName(creation) is "DirectorySearcher" or "DirectoryEntry" or "SearchRequest",
        ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.ArgumentList.Arguments.Count > 0
            && SyntaxNames.TargetTypeName(implicitCreation) is null or "DirectorySearcher" or "DirectoryEntry" or "SearchRequest",
        AssignmentExpressionSyntax assignment => SyntaxNames.RightmostName(assignment.Left) is "Filter" or "Path" or "DistinguishedName",
        _ => false,
    };

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var model = context.Model;
        if (node is AssignmentExpressionSyntax assignment)
        {
            if (model.GetSymbolInfo(assignment.Left).Symbol is not IPropertySymbol property)
            {
                return;
            }

            var owner = KnownApis.FullName(property.ContainingType);
            if ((owner is Searcher or Request) && property.Name == "Filter")
            {
                SinkArguments.ReportIfData(context, Descriptor, assignment.Right, SinkConcern.Ldap, "LDAP filter", $"{property.ContainingType.Name}.Filter", FilterFix);
            }
            else if ((owner == Entry && property.Name == "Path") || (owner == Request && property.Name == "DistinguishedName"))
            {
                SinkArguments.ReportIfData(context, Descriptor, assignment.Right, SinkConcern.Ldap, "LDAP path", $"{property.ContainingType.Name}.{property.Name}", PathFix);
            }

            return;
        }

        if (SinkArguments.Method(node, model) is not { } ctor)
        {
            return;
        }

        var type = KnownApis.FullName(ctor.ContainingType);
        if (type is not (Searcher or Entry or Request))
        {
            return;
        }

        foreach (var (parameter, value) in SinkArguments.Of(node, model))
        {
            if (!SinkArguments.IsString(parameter))
            {
                continue;
            }

            if (parameter.Name is "filter" or "ldapFilter")
            {
                SinkArguments.ReportIfData(context, Descriptor, value, SinkConcern.Ldap, "LDAP filter", $"new {ctor.ContainingType.Name}", FilterFix);
            }
            else if (parameter.Name is "path" or "distinguishedName")
            {
                SinkArguments.ReportIfData(context, Descriptor, value, SinkConcern.Ldap, "LDAP path", $"new {ctor.ContainingType.Name}", PathFix);
            }
        }
    }
}

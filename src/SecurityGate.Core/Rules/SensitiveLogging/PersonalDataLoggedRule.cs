using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecurityGate.Core.Rules.SensitiveLogging;

/// <summary>
/// SG2002: a social security number, card number, CVV, IBAN, date of birth, passport, national or tax ID, a member
/// marked <c>[PersonalData]</c>, or an object written whole whose members hold them, written to a logger, trace
/// listener or the console. An object written whole whose members hold a secret is SG2001's.
/// </summary>
public sealed class PersonalDataLoggedRule : SecurityRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.PersonalDataLogged;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.InvocationExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => LogSinks.IsCandidate(node);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context) =>
        SensitiveValues.Report(Descriptor, SensitiveKind.PersonalData, (InvocationExpressionSyntax)node, context, "leave it out or log a masked or pseudonymous value");
}

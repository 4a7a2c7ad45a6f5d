using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.SensitiveLogging;

/// <summary>
/// SG2003: an exception's full text (<c>ex.ToString()</c>, the exception object itself, also inside an interpolation or
/// concatenation), its <c>StackTrace</c> or <c>Environment.StackTrace</c> written where a user sees it: the console,
/// standard error, or an HTTP response. <c>ex.Message</c> stays silent (it rarely carries internals and is often the
/// only useful text); so do loggers and <c>Trace</c>/<c>Debug</c>, which operators read: passing the exception to a
/// logger (<c>logger.LogError(ex, "…")</c>) is the recommended practice.
/// </summary>
public sealed class ExceptionDetailsExposedRule : SecurityRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.ExceptionDetailsExposed;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.InvocationExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => LogSinks.IsCandidate(node);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (LogSinks.Find((InvocationExpressionSyntax)node, context) is not { IsUserVisible: true } sink)
        {
            return;
        }

        foreach (var value in sink.Values)
        {
            foreach (var part in LogSinks.Parts(value, context.Model))
            {
                if (Detail(LogSinks.Unwrap(part.Expression), context.Model) is { } detail)
                {
                    context.Report(
                        Descriptor,
                        part.Expression,
                        $"{sink.Name} shows '{SensitiveValues.Shorten(part.Expression.ToString())}' ({detail}) to the user; log the exception and show a generic message",
                        Origin.Internal);
                }
            }
        }
    }

    /// <summary>What exception detail a piece exposes, or null.</summary>
    private static string? Detail(ExpressionSyntax expression, SemanticModel model)
    {
        switch (expression)
        {
            case InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } call when SyntaxNames.CalledName(call) == "ToString"
                && LogSinks.Receiver(call) is { } receiver && LogSinks.IsException(model.GetTypeInfo(receiver).Type):
                return "exception text with stack trace";
            case ConditionalAccessExpressionSyntax { WhenNotNull: var whenNotNull } conditional when LogSinks.IsException(model.GetTypeInfo(conditional.Expression).Type):
                return whenNotNull switch
                {
                    InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax { Name.Identifier.ValueText: "ToString" }, ArgumentList.Arguments.Count: 0 } => "exception text with stack trace",
                    MemberBindingExpressionSyntax binding when IsStackTrace(model.GetSymbolInfo(binding).Symbol) => "stack trace",
                    _ => null,
                };
            case MemberAccessExpressionSyntax access when IsStackTrace(model.GetSymbolInfo(access).Symbol):
                return "stack trace";
        }

        return expression is not LiteralExpressionSyntax && LogSinks.IsException(model.GetTypeInfo(expression).Type)
            ? "exception object, whose text has the stack trace"
            : null;
    }

    private static bool IsStackTrace(ISymbol? symbol) =>
        symbol is IPropertySymbol { Name: "StackTrace" } property
        && (LogSinks.IsException(property.ContainingType) || KnownApis.FullName(property.ContainingType) == "System.Environment");
}

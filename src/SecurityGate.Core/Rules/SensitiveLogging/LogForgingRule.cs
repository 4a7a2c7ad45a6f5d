using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.SensitiveLogging;

/// <summary>
/// SG2004: external (or untraceable) input written to a logger or trace listener with its line breaks intact, so it
/// can forge log entries. Structured template arguments count as written values: console and text sinks print them
/// as they are. A value is neutralised when the data flow from its source passes a call that removes line breaks
/// (<c>Replace</c> of <c>"\r"</c>, <c>"\n"</c> or <c>Environment.NewLine</c>, <c>Regex.Replace</c> with a pattern
/// matching them, <c>ReplaceLineEndings</c> with a replacement free of them), in this method or in a caller. The console is
/// not a log store and is left out. Numbers, flags, enums, dates, durations and GUIDs print without line breaks and are
/// never reported, whatever their origin.
/// </summary>
public sealed class LogForgingRule : SecurityRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.LogForging;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.InvocationExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => LogSinks.IsCandidate(node);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (LogSinks.Find((InvocationExpressionSyntax)node, context) is not { IsLog: true } sink)
        {
            return;
        }

        foreach (var value in sink.Values)
        {
            foreach (var part in LogSinks.Parts(value, context.Model))
            {
                if (CannotHoldLineBreaks(part.Expression, context.Model))
                {
                    continue;
                }

                var trace = context.Origins.Trace(part.Expression, SinkConcern.LogLine);
                if (trace.Origin < Origin.External)
                {
                    continue;
                }

                var from = trace.Describe();
                context.Report(
                    Descriptor,
                    value.Expression,
                    $"{sink.Name} writes '{SensitiveValues.Shorten(value.Expression.ToString())}' with {OriginNames.ToName(trace.Origin)} data{(from.Length > 0 ? " " + from : string.Empty)}; remove CR and LF first (Replace(\"\\r\", \"\").Replace(\"\\n\", \"\"))",
                    trace);
                break;
            }
        }
    }

    /// <summary>
    /// Numbers, flags, enums, dates, durations and GUIDs print without line breaks whatever their origin, so they
    /// cannot forge an entry; <c>x.ToString()</c> of one prints the same.
    /// </summary>
    private static bool CannotHoldLineBreaks(ExpressionSyntax expression, SemanticModel model)
    {
        expression = LogSinks.Unwrap(expression);
        if (expression is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } call && SyntaxNames.CalledName(call) == "ToString"
            && LogSinks.Receiver(call) is { } receiver)
        {
            expression = receiver;
        }

        var type = model.GetTypeInfo(expression).Type;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: [var inner] })
        {
            type = inner;
        }

        return type is not null && (type.TypeKind == TypeKind.Enum || type.SpecialType switch
        {
            SpecialType.System_Boolean or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16
                or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64
                or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal
                or SpecialType.System_DateTime or SpecialType.System_IntPtr or SpecialType.System_UIntPtr => true,
            _ => KnownApis.FullName(type) is "System.DateTimeOffset" or "System.TimeSpan" or "System.Guid" or "System.DateOnly" or "System.TimeOnly",
        });
    }
}

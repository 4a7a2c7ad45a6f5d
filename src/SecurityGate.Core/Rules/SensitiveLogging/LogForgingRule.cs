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
/// as they are. A piece is neutralised when the expression written, or the initializer of the local it reads (never
/// reassigned), calls <c>Replace</c> on <c>"\r"</c>, <c>"\n"</c> or <c>Environment.NewLine</c>, <c>Regex.Replace</c>
/// with a pattern matching line breaks, or <c>ReplaceLineEndings</c> with a replacement free of them. The console is
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
        if (LogSinks.Find((InvocationExpressionSyntax)node, context.Model) is not { IsLog: true } sink)
        {
            return;
        }

        foreach (var value in sink.Values)
        {
            foreach (var part in LogSinks.Parts(value, context.Model))
            {
                if (CannotHoldLineBreaks(part.Expression, context.Model) || IsNeutralised(part.Expression, context, 0))
                {
                    continue;
                }

                var trace = context.Origins.Trace(part.Expression);
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

    private static bool IsNeutralised(ExpressionSyntax expression, RuleContext context, int depth)
    {
        if (depth > 4)
        {
            return false;
        }

        expression = LogSinks.Unwrap(expression);
        switch (expression)
        {
            case ConditionalAccessExpressionSyntax { WhenNotNull: InvocationExpressionSyntax call }:
                return IsNeutralised(call, context, depth + 1);
            case InvocationExpressionSyntax call when context.Model.GetSymbolInfo(call).Symbol is IMethodSymbol method:
                if (RemovesLineBreaks(call, method, context))
                {
                    return true;
                }

                // Trim, ToLower, Substring, … keep whatever the receiver already had removed.
                return !method.IsStatic && method.ContainingType.SpecialType == SpecialType.System_String
                    && LogSinks.Receiver(call) is { } receiver && IsNeutralised(receiver, context, depth + 1);
            case IdentifierNameSyntax identifier when SensitiveValues.Initializer(identifier, context.Model) is { } init:
                return IsNeutralised(init, context, depth + 1);
            default:
                return false;
        }
    }

    private static bool RemovesLineBreaks(InvocationExpressionSyntax call, IMethodSymbol method, RuleContext context)
    {
        var arguments = call.ArgumentList.Arguments;
        if (method.ContainingType.SpecialType == SpecialType.System_String && !method.IsStatic)
        {
            if (method.Name == "Replace" && arguments.Count >= 1)
            {
                var target = arguments[0].Expression;
                return context.ConstantValue(target) switch
                {
                    string text => text.Contains('\n') || text.Contains('\r'),
                    char c => c is '\n' or '\r',
                    _ => context.Model.GetSymbolInfo(target).Symbol is IPropertySymbol { Name: "NewLine" } property && KnownApis.FullName(property.ContainingType) == "System.Environment",
                };
            }

            return method.Name == "ReplaceLineEndings" && arguments.Count == 1
                && context.ConstantValue(arguments[0].Expression) is string replacement && !replacement.Contains('\n') && !replacement.Contains('\r');
        }

        return method.Name == "Replace" && method.IsStatic && KnownApis.FullName(method.ContainingType) == "System.Text.RegularExpressions.Regex"
            && arguments.Count >= 3 && context.ConstantValue(arguments[1].Expression) is string pattern
            && (pattern.Contains("\\n", StringComparison.Ordinal) || pattern.Contains("\\r", StringComparison.Ordinal) || pattern.Contains("\\s", StringComparison.Ordinal)
                || pattern.Contains('\n') || pattern.Contains('\r'));
    }
}

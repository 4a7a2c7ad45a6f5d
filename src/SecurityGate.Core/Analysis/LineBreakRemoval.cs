using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecurityGate.Core.Analysis;

/// <summary>
/// Calls that take line breaks out of text, which is what keeps a value from forging log entries:
/// <c>Replace</c> of <c>"\r"</c>, <c>"\n"</c> or <c>Environment.NewLine</c>, <c>ReplaceLineEndings</c> with a
/// replacement free of them, and <c>Regex.Replace</c> with a pattern that matches them.
/// </summary>
internal static class LineBreakRemoval
{
    public static bool Removes(InvocationExpressionSyntax call, IMethodSymbol method, SemanticModel model)
    {
        var arguments = call.ArgumentList.Arguments;
        if (method.ContainingType.SpecialType == SpecialType.System_String && !method.IsStatic
            || (KnownApis.FullName(method.ContainingType) == "System.Text.StringBuilder" && method.Name == "Replace"))
        {
            if (method.Name == "Replace" && arguments.Count >= 1)
            {
                var target = arguments[0].Expression;
                return model.GetConstantValue(target).Value switch
                {
                    string text => text.Contains('\n') || text.Contains('\r'),
                    char c => c is '\n' or '\r',
                    _ => model.GetSymbolInfo(target).Symbol is IPropertySymbol { Name: "NewLine" } property && KnownApis.FullName(property.ContainingType) == "System.Environment",
                };
            }

            return method.Name == "ReplaceLineEndings" && arguments.Count == 1
                && model.GetConstantValue(arguments[0].Expression).Value is string replacement && !replacement.Contains('\n') && !replacement.Contains('\r');
        }

        return method.Name == "Replace" && method.IsStatic && KnownApis.FullName(method.ContainingType) == "System.Text.RegularExpressions.Regex"
            && arguments.Count >= 3 && model.GetConstantValue(arguments[1].Expression).Value is string pattern
            && (pattern.Contains("\\n", StringComparison.Ordinal) || pattern.Contains("\\r", StringComparison.Ordinal) || pattern.Contains("\\s", StringComparison.Ordinal)
                || pattern.Contains('\n') || pattern.Contains('\r'));
    }
}

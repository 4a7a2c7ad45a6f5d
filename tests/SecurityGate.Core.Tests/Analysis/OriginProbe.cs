using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;
using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Analysis;

/// <summary>
/// Traces the argument of every <c>Probe.Sink(value)</c> call in test sources with the real engine objects,
/// returning "line:origin" (or "line:dead" when the sink sits on a path that never runs).
/// </summary>
internal static class OriginProbe
{
    private const string ProbeSource = """
        public static class Probe
        {
            public static void Sink(object? value) { }
        }
        """;

    public static string[] Sinks(params string[] sources) => Traces(sources).Select(t => t.Text).ToArray();

    /// <summary>"line:origin" of each sink as seen by a sink of <paramref name="concern"/>.</summary>
    public static string[] Sinks(SinkConcern concern, params string[] sources) => Traces(concern, sources).Select(t => t.Text).ToArray();

    /// <summary>The full trace of each sink, for assertions on the path.</summary>
    public static (string Text, OriginTrace Trace)[] Traces(params string[] sources) => Traces(SinkConcern.Generic, sources);

    /// <summary>The full trace of each sink as seen by a sink of <paramref name="concern"/>.</summary>
    public static (string Text, OriginTrace Trace)[] Traces(SinkConcern concern, params string[] sources)
    {
        var compilation = RuleHarness.Compile([.. sources, ProbeSource]);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "Test source does not compile:\n" + string.Join("\n", errors));
        var index = new ProjectIndex(compilation);
        var reachability = new Reachability(new ConstantEvaluator(index));
        var origins = new OriginAnalyzer(index, reachability);
        var results = new List<(string, OriginTrace)>();
        foreach (var tree in compilation.SyntaxTrees.Where(t => t.FilePath.StartsWith("File", StringComparison.Ordinal)))
        {
            foreach (var call in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (call.Expression is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Probe" }, Name.Identifier.ValueText: "Sink" })
                {
                    continue;
                }

                var line = call.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                if (!reachability.IsReachable(call))
                {
                    results.Add(($"{line}:dead", default));
                    continue;
                }

                var trace = origins.Trace(call.ArgumentList.Arguments[0].Expression, concern);
                results.Add(($"{line}:{OriginNames.ToName(trace.Origin)}", trace));
            }
        }

        return results.ToArray();
    }
}

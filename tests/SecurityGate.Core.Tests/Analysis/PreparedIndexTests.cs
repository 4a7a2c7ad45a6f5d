using Microsoft.CodeAnalysis;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Rules;
using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Analysis;

public sealed class PreparedIndexTests
{
    // Two findings of different rules in two files, one of them through data flow across the files (Read is in the other).
    private static readonly string[] Sources =
    [
        "static class Runner { static void Run() { System.Diagnostics.Process.Start(\"tar\", Input.Read()); } }",
        "static class Input { public static string Read() => System.Console.ReadLine()!; static void Swallow() { try { Run(); } catch (System.Exception) { } } static void Run() { } }",
    ];

    [Fact]
    public void An_analysis_from_a_prepared_index_reports_what_an_analysis_that_walks_its_own_reports_and_takes_it()
    {
        var compilation = RuleHarness.Compile(Sources);
        var trees = ProjectTrees(compilation);
        var engine = new AnalysisEngine(RuleRegistry.All);
        var walked = Describe(engine.Analyze(compilation, trees));
        var prepared = engine.Prepare(compilation, trees);

        var fromPrepared = Describe(new AnalysisEngine(RuleRegistry.All).Analyze(compilation, trees, onFailure: null, prepared));

        Assert.Equal(["SG4001@File0.cs:1:83", "SG3002@File1.cs:1:126"], walked);
        Assert.Equal(walked, fromPrepared);
        Assert.True(prepared.IsTaken);
    }

    [Fact]
    public void A_second_analysis_handed_the_same_prepared_index_reports_the_same_findings()
    {
        var compilation = RuleHarness.Compile(Sources);
        var trees = ProjectTrees(compilation);
        var engine = new AnalysisEngine(RuleRegistry.All);
        var prepared = engine.Prepare(compilation, trees);
        var first = Describe(engine.Analyze(compilation, trees, onFailure: null, prepared));

        var second = Describe(engine.Analyze(compilation, trees, onFailure: null, prepared));

        Assert.Equal(2, first.Length);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("other rules")]
    [InlineData("other trees")]
    [InlineData("other compilation")]
    public void An_index_prepared_for_other_rules_trees_or_compilation_is_left_alone(string difference)
    {
        var compilation = RuleHarness.Compile(Sources);
        var trees = ProjectTrees(compilation);
        var onlyCommands = RuleRegistry.All.Where(r => r.Descriptor.Category == Model.Category.CommandExecution).ToArray();
        var prepared = difference switch
        {
            "other rules" => new AnalysisEngine(onlyCommands).Prepare(compilation, trees),
            "other trees" => new AnalysisEngine(RuleRegistry.All).Prepare(compilation, trees.Take(1)),
            _ => new AnalysisEngine(RuleRegistry.All).Prepare(RuleHarness.Compile(Sources), trees),
        };

        var findings = Describe(new AnalysisEngine(RuleRegistry.All).Analyze(compilation, trees, onFailure: null, prepared));

        Assert.False(prepared.IsTaken);
        Assert.Equal(Describe(new AnalysisEngine(RuleRegistry.All).Analyze(compilation, trees)), findings);
        Assert.Equal(2, findings.Length);
    }

    private static SyntaxTree[] ProjectTrees(Compilation compilation) =>
        compilation.SyntaxTrees.Where(t => !t.FilePath.StartsWith("Stubs", StringComparison.Ordinal)).ToArray();

    private static string[] Describe(IEnumerable<Model.Finding> findings) =>
        findings.Select(f => $"{f.Rule.Id}@{f.Location.FilePath}:{f.Location.StartLine}:{f.Location.StartColumn}").ToArray();
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Gate;
using SecurityGate.Core.Policy;
using SecurityGate.Core.Rules;
using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Gate;

public sealed partial class GateRunnerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sg-gate-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private GateRequest Request(params (string Name, string Text)[] files)
    {
        var project = Path.Combine(_root, "App.csproj");
        File.WriteAllText(project, "<Project />");
        var paths = files.Select(f =>
        {
            var path = Path.Combine(_root, f.Name);
            File.WriteAllText(path, f.Text);
            return path;
        }).ToArray();
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return new GateRequest
        {
            ProjectFile = project,
            SourceFiles = paths,
            ReferencePaths = new[] { "System.Runtime.dll", "System.Private.CoreLib.dll", "System.Console.dll", "System.Diagnostics.Process.dll", "System.ComponentModel.Primitives.dll" }
                .Select(n => Path.Combine(framework, n)).ToArray(),
            LangVersion = "latest",
            DefineConstants = "DEBUG;TRACE",
            OutputType = "Exe",
        };
    }

    [Fact]
    public void Finds_defects_in_project_files_and_skips_generated_and_conditional_code()
    {
        var result = GateRunner.Run(Request(
            ("Program.cs", """
                using System.Diagnostics;
                static class Program
                {
                    static void Main()
                    {
                #if RELEASE
                        Process.Start("sh", "-c " + System.Console.ReadLine());
                #endif
                        Process.Start("tar", System.Console.ReadLine());
                    }
                }
                """),
            ("Generated.g.cs", """
                static class Generated { static void Run() => System.Diagnostics.Process.Start("tar", System.Console.ReadLine()); }
                """)));
        Assert.Equal(
            ["Error SG4001 Program.cs(9,30,9,55)", "Info SG0006 -"],
            result.Messages.Select(m => $"{m.Level} {m.Code} {(m.Location is null ? "-" : $"{Path.GetFileName(m.Location.FilePath)}({m.Location.StartLine},{m.Location.StartColumn},{m.Location.EndLine},{m.Location.EndColumn})")}").ToArray());
        Assert.True(result.Failed);
        Assert.StartsWith("SecurityGate: 1 file; command-execution 1/0 FAILED;", result.Messages[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_names_the_project_as_MSBuild_does_with_the_target_framework_of_an_inner_build()
    {
        const string Program = "static class Program { static void Main() => System.Diagnostics.Process.Start(\"tar\", System.Console.ReadLine()); }";
        var single = Request(("Program.cs", Program));
        var inner = single with { TargetFramework = "net8.0" };
        var brokenPolicy = inner with { PolicyFile = Path.Combine(_root, "missing.json") };

        Assert.EndsWith($"[{single.ProjectFile}]", GateRunner.Run(single).Messages[^1].Text, StringComparison.Ordinal);
        Assert.EndsWith($"[{single.ProjectFile}::TargetFramework=net8.0]", GateRunner.Run(inner).Messages[^1].Text, StringComparison.Ordinal);
        var nothingAnalysed = GateRunner.Run(brokenPolicy).Messages[^1].Text;
        Assert.StartsWith("SecurityGate: nothing analysed", nothingAnalysed, StringComparison.Ordinal);
        Assert.EndsWith($"[{single.ProjectFile}::TargetFramework=net8.0]", nothingAnalysed, StringComparison.Ordinal);
    }

    [Fact]
    public void Loaded_trees_hold_no_source_text_and_findings_keep_their_lines_and_columns_without_it()
    {
        var request = Request(
            ("Program.cs", string.Empty),
            ("Quiet.cs", "static class Quiet { static int Add(int a, int b) => a + b; }"));
        // A byte order mark, CRLF line ends, a tab and a character outside ASCII before the finding on its line.
        File.WriteAllText(request.SourceFiles[0], "using System.Diagnostics;\r\nstatic class Program\r\n{\r\n\tstatic void Main() { /* é */ Process.Start(\"tar\", System.Console.ReadLine()); }\r\n}\r\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var loaded = ProjectLoader.Load(request, GatePolicy.Default, []);
        var findings = new AnalysisEngine(RuleRegistry.All).Analyze(loaded.Compilation, loaded.TreesToAnalyze);
        var result = GateRunner.Run(request);

        // Reporting the finding, with its data-flow path, did not rebuild the text of either file.
        Assert.Equal(["SG4001"], findings.Select(f => f.Rule.Id).ToArray());
        Assert.Equal(2, loaded.Compilation.SyntaxTrees.Count());
        Assert.All(loaded.Compilation.SyntaxTrees, tree => Assert.False(tree.TryGetText(out _)));
        Assert.Equal(
            ["SG4001 Program.cs(4,52,4,77)"],
            result.Messages.Where(m => m.Code.StartsWith("SG4", StringComparison.Ordinal)).Select(m => $"{m.Code} {Path.GetFileName(m.Location!.FilePath)}({m.Location.StartLine},{m.Location.StartColumn},{m.Location.EndLine},{m.Location.EndColumn})").ToArray());
    }

    [Fact]
    public void A_file_the_parser_cannot_read_is_SG0003_and_an_unreadable_file_SG0005()
    {
        var request = Request(("Broken.cs", "class Broken { void M( }"));
        request = new GateRequest
        {
            ProjectFile = request.ProjectFile,
            SourceFiles = [.. request.SourceFiles, Path.Combine(_root, "Missing.cs")],
            ReferencePaths = request.ReferencePaths,
        };
        var result = GateRunner.Run(request);
        Assert.True(result.Failed);
        Assert.Equal(["SG0003@1", "SG0005@0", "SG0006@0"], result.Messages.Select(m => $"{m.Code}@{m.Location?.StartLine ?? 0}").ToArray());
    }

    public static TheoryData<SecurityRule, string> ThrowingRules => new()
    {
        { new ThrowingRule(), "boom" },
        { new ThrowingFilterRule(), "filter" },
    };

    [Theory]
    [MemberData(nameof(ThrowingRules))]
    public void A_rule_that_throws_in_its_analysis_or_its_syntax_filter_costs_one_SG0001_at_its_node_and_the_other_rules_still_report(SecurityRule rule, string message)
    {
        var compilation = RuleHarness.Compile("""
            class C
            {
                void M() { throw new System.Exception("x"); }
            }
            """);
        var failures = new List<AnalysisEngine.RuleFailure>();
        var findings = new AnalysisEngine([rule, .. RuleRegistry.All])
            .Analyze(compilation, compilation.SyntaxTrees.Where(t => t.FilePath == "File0.cs"), failures.Add);
        var failure = Assert.Single(failures);
        Assert.Equal(("SG3003", 3, 16), (failure.Rule.Id, failure.Location.StartLine, failure.Location.StartColumn));
        Assert.Equal(message, failure.Exception.Message);
        Assert.Contains(findings, f => f.Rule.Id == "SG3003");
    }

    /// <summary>A rule whose syntax filter throws, standing in for a defect in a real rule's prefilter.</summary>
    private sealed class ThrowingFilterRule : SecurityRule
    {
        public override RuleDescriptor Descriptor => RuleCatalogue.GenericExceptionThrown;

        public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.ThrowStatement];

        public override bool IsCandidate(SyntaxNode node) => throw new InvalidOperationException("filter");

        public override void Analyze(SyntaxNode node, RuleContext context)
        {
        }
    }

    /// <summary>A rule that always throws, standing in for a defect in a real rule.</summary>
    private sealed class ThrowingRule : SecurityRule
    {
        public override RuleDescriptor Descriptor => RuleCatalogue.GenericExceptionThrown;

        public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.ThrowStatement];

        public override void Analyze(SyntaxNode node, RuleContext context) => throw new InvalidOperationException("boom");
    }
}

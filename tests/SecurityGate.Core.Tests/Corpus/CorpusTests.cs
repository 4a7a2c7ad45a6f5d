using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;
using SecurityGate.Core.Rules;
using SecurityGate.Core.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SecurityGate.Core.Tests.Corpus;

/// <summary>
/// Scores every rule against the labelled corpus in <c>tests/SecurityGate.Corpus</c> (copied beside the test assembly).
/// A case is one file, or one folder of files compiled together; its first line declares the findings it expects
/// (<c>// expect: SG4001</c> or <c>// expect: none</c>). Findings are counted with the default policy's minimum origin
/// per category. A finding inside a member or type whose name contains "Good" is a false positive whatever the label says;
/// any other finding counts against the case's expectations. The table goes to the test output and
/// <c>artifacts/corpus-score.md</c>; the test fails when a category drops below <c>floors.json</c>.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_scores_stay_at_or_above_the_recorded_floors()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Corpus");
        var cases = LoadCases(corpus);
        Assert.True(cases.Count > 0, "No corpus cases found in " + corpus);

        var registered = RuleRegistry.All.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal);
        var probes = ProbeRules.All.Where(p => !registered.Contains(p.Descriptor.Id)).ToList();
        var rules = RuleRegistry.All.Concat(probes).ToList();
        var probeIds = probes.Select(p => p.Descriptor.Id).ToHashSet(StringComparer.Ordinal);

        var tally = new Dictionary<string, Score>(StringComparer.Ordinal);
        var misses = new List<string>();
        foreach (var corpusCase in cases)
        {
            var compilation = RuleHarness.Compile(corpusCase.Sources.Select(s => s.Text).ToArray());
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, $"Corpus case {corpusCase.Name} does not compile:\n" + string.Join("\n", errors));
            var findings = new AnalysisEngine(rules).Analyze(compilation, compilation.SyntaxTrees.Where(t => !t.FilePath.StartsWith("Stubs", StringComparison.Ordinal)))
                .Where(f => f.Origin >= RuleCatalogue.DefaultMinimumOrigin(f.Rule.Category))
                .ToList();

            var expected = corpusCase.Expected.GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var matched = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var finding in findings)
            {
                var score = ScoreFor(tally, finding.Rule.Id);
                var where = Describe(corpusCase, compilation, finding);
                if (!where.InGoodCode && expected.GetValueOrDefault(finding.Rule.Id) > matched.GetValueOrDefault(finding.Rule.Id))
                {
                    matched[finding.Rule.Id] = matched.GetValueOrDefault(finding.Rule.Id) + 1;
                    score.TruePositives++;
                }
                else
                {
                    score.FalsePositives++;
                    misses.Add($"FP {finding.Rule.Id} {corpusCase.Name} {where.Text}");
                }
            }

            foreach (var (id, count) in expected)
            {
                var missing = count - matched.GetValueOrDefault(id);
                ScoreFor(tally, id).FalseNegatives += missing;
                if (missing > 0)
                {
                    misses.Add($"FN {id} {corpusCase.Name}");
                }
            }
        }

        var table = Render(cases.Count, tally, probeIds, misses);
        output.WriteLine(table);
        WriteArtifact(table);

        var floors = JsonSerializer.Deserialize<Dictionary<string, Floor>>(File.ReadAllText(Path.Combine(corpus, "floors.json")))!;
        var failures = new List<string>();
        foreach (var (categoryId, floor) in floors)
        {
            Assert.True(CategoryNames.TryParse(categoryId, out var category), $"floors.json names an unknown category '{categoryId}'");
            var score = CategoryScore(tally, category);
            if (score.Recall < floor.Recall - 1e-9)
            {
                failures.Add($"{categoryId} recall {score.Recall:P1} < floor {floor.Recall:P1}");
            }

            if (score.Precision < floor.Precision - 1e-9)
            {
                failures.Add($"{categoryId} precision {score.Precision:P1} < floor {floor.Precision:P1}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n\n" + table);
    }

    private static Score ScoreFor(Dictionary<string, Score> tally, string id)
    {
        if (!tally.TryGetValue(id, out var score))
        {
            score = new Score();
            tally[id] = score;
        }

        return score;
    }

    private static Score CategoryScore(Dictionary<string, Score> tally, Category category)
    {
        var total = new Score();
        foreach (var (id, score) in tally)
        {
            if (RuleCatalogue.Find(id)?.Category == category)
            {
                total.TruePositives += score.TruePositives;
                total.FalsePositives += score.FalsePositives;
                total.FalseNegatives += score.FalseNegatives;
            }
        }

        return total;
    }

    /// <summary>Where a finding sits: file, line and the enclosing members, and whether that code is a Good twin.</summary>
    private static (bool InGoodCode, string Text) Describe(CorpusCase corpusCase, Compilation compilation, Finding finding)
    {
        var tree = compilation.SyntaxTrees.First(t => t.FilePath == finding.Location.FilePath);
        var text = tree.GetText();
        var position = text.Lines[finding.Location.StartLine - 1].Start + finding.Location.StartColumn - 1;
        var names = tree.GetRoot().FindToken(position).Parent!.AncestorsAndSelf()
            .Select(n => n switch
            {
                BaseTypeDeclarationSyntax t => t.Identifier.ValueText,
                MethodDeclarationSyntax m => m.Identifier.ValueText,
                LocalFunctionStatementSyntax l => l.Identifier.ValueText,
                PropertyDeclarationSyntax p => p.Identifier.ValueText,
                _ => null,
            })
            .OfType<string>()
            .ToList();
        var index = int.Parse(finding.Location.FilePath["File".Length..^".cs".Length], System.Globalization.CultureInfo.InvariantCulture);
        var file = corpusCase.Sources[index].Name;
        return (names.Any(n => n.Contains("Good", StringComparison.OrdinalIgnoreCase)),
            $"{file}:{finding.Location.StartLine} in {string.Join(".", Enumerable.Reverse(names))}");
    }

    private static string Render(int caseCount, Dictionary<string, Score> tally, HashSet<string> probeIds, List<string> misses)
    {
        var builder = new StringBuilder();
        builder.AppendLine("# Corpus score");
        builder.AppendLine();
        builder.AppendLine($"{caseCount} cases; findings counted at each category's default minimum origin. Rules marked (probe) are test stand-ins for rules not on this branch.");
        builder.AppendLine();
        builder.AppendLine("| Rule | Category | Expected | TP | FP | FN | Precision | Recall |");
        builder.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var (id, score) in tally.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var category = RuleCatalogue.Find(id) is { } rule ? CategoryNames.ToId(rule.Category) : "?";
            builder.AppendLine($"| {id}{(probeIds.Contains(id) ? " (probe)" : string.Empty)} | {category} | {score.TruePositives + score.FalseNegatives} | {score.TruePositives} | {score.FalsePositives} | {score.FalseNegatives} | {score.Precision:P1} | {score.Recall:P1} |");
        }

        builder.AppendLine();
        builder.AppendLine("| Category | Expected | TP | FP | FN | Precision | Recall |");
        builder.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var category in CategoryNames.All)
        {
            var score = CategoryScore(tally, category);
            if (score.TruePositives + score.FalsePositives + score.FalseNegatives > 0)
            {
                builder.AppendLine($"| {CategoryNames.ToId(category)} | {score.TruePositives + score.FalseNegatives} | {score.TruePositives} | {score.FalsePositives} | {score.FalseNegatives} | {score.Precision:P1} | {score.Recall:P1} |");
            }
        }

        if (misses.Count > 0)
        {
            builder.AppendLine();
            builder.AppendLine("Misses:");
            builder.AppendLine();
            foreach (var miss in misses)
            {
                builder.AppendLine("- " + miss);
            }
        }

        return builder.ToString();
    }

    private static void WriteArtifact(string table)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SecurityGate.Build.sln")))
            {
                var artifacts = Directory.CreateDirectory(Path.Combine(directory.FullName, "artifacts"));
                File.WriteAllText(Path.Combine(artifacts.FullName, "corpus-score.md"), table);
                return;
            }
        }
    }

    private static List<CorpusCase> LoadCases(string corpus)
    {
        var cases = new List<CorpusCase>();
        if (!Directory.Exists(corpus))
        {
            return cases;
        }

        foreach (var file in Directory.GetFiles(corpus, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetDirectoryName(file)!;
            var isFolderCase = File.Exists(Path.Combine(folder, "Case.cs"));
            if (isFolderCase && Path.GetFileName(file) != "Case.cs")
            {
                continue;
            }

            var files = isFolderCase ? Directory.GetFiles(folder, "*.cs").Order(StringComparer.Ordinal).ToArray() : [file];
            var name = Path.GetRelativePath(corpus, isFolderCase ? folder : file).Replace('\\', '/');
            var head = File.ReadLines(isFolderCase ? Path.Combine(folder, "Case.cs") : file).FirstOrDefault() ?? string.Empty;
            const string Marker = "// expect:";
            Assert.True(head.StartsWith(Marker, StringComparison.Ordinal), $"Corpus case {name} does not start with '{Marker}'");
            var labels = head[Marker.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var expected = labels.Length == 1 && labels[0] == "none" ? [] : labels;
            foreach (var id in expected)
            {
                Assert.True(RuleCatalogue.Find(id) != null, $"Corpus case {name} expects unknown rule {id}");
            }

            cases.Add(new CorpusCase(name, expected, files.Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray()));
        }

        return cases;
    }

    private sealed record CorpusCase(string Name, string[] Expected, (string Name, string Text)[] Sources);

    private sealed class Floor
    {
        [System.Text.Json.Serialization.JsonPropertyName("recall")]
        public double Recall { get; set; }

        [System.Text.Json.Serialization.JsonPropertyName("precision")]
        public double Precision { get; set; }
    }

    private sealed class Score
    {
        public int TruePositives { get; set; }

        public int FalsePositives { get; set; }

        public int FalseNegatives { get; set; }

        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    }
}

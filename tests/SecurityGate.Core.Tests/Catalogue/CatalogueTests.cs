using System.Text.RegularExpressions;
using SecurityGate.Core.Model;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Tests.Catalogue;

/// <summary>The catalogue, the implementations, the rule pages and the README must name the same rules.</summary>
public sealed class CatalogueTests
{
    private static readonly string RepositoryRoot = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SecurityGate.Build.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }

    public static TheoryData<string> RuleIds() => new(RuleCatalogue.All.Select(r => r.Id));

    [Fact]
    public void Ids_are_unique_and_numbered_by_category()
    {
        Assert.Equal(RuleCatalogue.All.Count, RuleCatalogue.All.Select(r => r.Id).Distinct().Count());
        Assert.All(RuleCatalogue.All, r => Assert.Equal((int)r.Category + 1, r.Id[2] - '0'));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_an_implementation_a_page_and_a_README_entry(string id)
    {
        var rule = RuleCatalogue.Find(id)!;
        Assert.Contains(RuleRegistry.All, r => r.Descriptor == rule);
        var page = Path.Combine(RepositoryRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"missing {page}");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: {rule.Title}", text, StringComparison.Ordinal);
        Assert.Contains($"`{CategoryNames.ToId(rule.Category)}`", text, StringComparison.Ordinal);
        Assert.Contains($"CWE-{rule.Cwe}", text, StringComparison.Ordinal);
        Assert.Matches(new Regex($@"\[{id}\]\(docs/rules/{id}\.md\)"), File.ReadAllText(Path.Combine(RepositoryRoot, "README.md")));
        Assert.Equal(RuleCatalogue.HelpLinkBase + id + ".md", rule.HelpLink);
    }

    [Fact]
    public void Gate_codes_have_pages()
    {
        foreach (var id in new[] { RuleCatalogue.InternalErrorId, RuleCatalogue.InvalidSettingId, RuleCatalogue.SourceParseErrorId, RuleCatalogue.MalformedPolicyId, RuleCatalogue.UnreadableFileId, RuleCatalogue.SummaryId, RuleCatalogue.UnknownPropertyId, RuleCatalogue.CompilerHostId })
        {
            Assert.True(File.Exists(Path.Combine(RepositoryRoot, "docs", "rules", id + ".md")), $"missing page for {id}");
        }
    }
}

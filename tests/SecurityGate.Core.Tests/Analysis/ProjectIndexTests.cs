using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Analysis;

public sealed class ProjectIndexTests
{
    private const string First = """
        using System.Text;

        public static class First
        {
            public static string Build(string name)
            {
                var text = new StringBuilder();
                text.Append(name);
                return text.ToString();
            }
        }
        """;

    private const string Second = """
        public static class Second
        {
            public static string Call() => First.Build("x");
        }
        """;

    [Fact]
    public void The_index_walk_collects_the_asked_kinds_of_the_asked_trees_in_walk_order_and_nothing_of_the_others()
    {
        var compilation = RuleHarness.Compile(First, Second);
        var first = compilation.SyntaxTrees.Single(t => t.ToString().Contains("class First", StringComparison.Ordinal));
        var second = compilation.SyntaxTrees.Single(t => t.ToString().Contains("class Second", StringComparison.Ordinal));
        var index = new ProjectIndex(compilation);
        HashSet<SyntaxKind> kinds = [SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression];

        index.Prepare(new ParallelOptions { MaxDegreeOfParallelism = 2 }, kinds, new HashSet<SyntaxTree> { first });

        Assert.Equal(
            ["new StringBuilder()", "text.Append(name)", "text.ToString()"],
            index.CollectedNodes(first)!.Select(n => n.ToString()).ToArray());
        Assert.Equal(
            first.GetRoot().DescendantNodes().Where(n => kinds.Contains(n.Kind())).ToArray(),
            index.CollectedNodes(first));
        Assert.Null(index.CollectedNodes(second));

        // The name maps come from the same walk and still cover every tree.
        Assert.Single(index.CallsNamed("Build"));
        Assert.Single(index.WritesTo("text"));
    }

    [Fact]
    public void Without_kinds_to_collect_nothing_is_collected()
    {
        var compilation = RuleHarness.Compile(First);
        var index = new ProjectIndex(compilation);

        index.Prepare(new ParallelOptions { MaxDegreeOfParallelism = 1 });

        Assert.Null(index.CollectedNodes(compilation.SyntaxTrees.Single(t => t.ToString().Contains("class First", StringComparison.Ordinal))));
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
    public void A_walk_cancelled_after_its_first_tree_stops_before_the_next_and_builds_nothing()
    {
        var compilation = RuleHarness.Compile(First, Second);
        var index = new ProjectIndex(compilation);
        using var cancellation = new CancellationTokenSource();
        // The walk sees a copy of each tree (same file, kinds and spans), so the trees are told apart by file.
        var walked = new HashSet<string>();

        // One worker walks every tree in turn; the first node it is asked about ends the walk.
        Assert.ThrowsAny<OperationCanceledException>(() => index.Prepare(
            new ParallelOptions { MaxDegreeOfParallelism = 1, CancellationToken = cancellation.Token },
            n =>
            {
                walked.Add(n.SyntaxTree.FilePath);
                cancellation.Cancel();
                return false;
            },
            compilation.SyntaxTrees.ToHashSet()));

        Assert.Equal([compilation.SyntaxTrees.First().FilePath], walked);
        Assert.Null(index.TakeCollectedNodes(compilation.SyntaxTrees.First()));
    }

    [Fact]
    public void The_index_walk_collects_the_accepted_nodes_of_the_asked_trees_in_walk_order_and_nothing_of_the_others()
    {
        var compilation = RuleHarness.Compile(First, Second);
        var first = compilation.SyntaxTrees.Single(t => t.ToString().Contains("class First", StringComparison.Ordinal));
        var second = compilation.SyntaxTrees.Single(t => t.ToString().Contains("class Second", StringComparison.Ordinal));
        var index = new ProjectIndex(compilation);
        HashSet<SyntaxKind> kinds = [SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression];

        index.Prepare(new ParallelOptions { MaxDegreeOfParallelism = 2 }, n => kinds.Contains(n.Kind()), new HashSet<SyntaxTree> { first });

        var collected = index.TakeCollectedNodes(first)!.ToArray();
        Assert.Equal(["new StringBuilder()", "text.Append(name)", "text.ToString()"], collected.Select(n => n.ToString()).ToArray());
        Assert.Equal(first.GetRoot().DescendantNodes().Where(n => kinds.Contains(n.Kind())).ToArray(), collected);
        Assert.Null(index.TakeCollectedNodes(second));

        // The name maps come from the same walk and still cover every tree.
        Assert.Equal(["First.Build(\"x\")"], index.CallsNamed("Build").Select(n => n.ToString()).ToArray());
        Assert.Equal(["text.Append(name)"], index.WritesTo("text").Select(n => n.ToString()).ToArray());
    }

    [Fact]
    public void Collected_nodes_are_handed_over_once()
    {
        var compilation = RuleHarness.Compile(First);
        var tree = compilation.SyntaxTrees.Single(t => t.ToString().Contains("class First", StringComparison.Ordinal));
        var index = new ProjectIndex(compilation);
        index.Prepare(new ParallelOptions { MaxDegreeOfParallelism = 1 }, n => n is InvocationExpressionSyntax, new HashSet<SyntaxTree> { tree });

        Assert.Equal(2, index.TakeCollectedNodes(tree)!.Count());
        Assert.Null(index.TakeCollectedNodes(tree));
    }

    [Fact]
    public void Without_a_predicate_nothing_is_collected()
    {
        var compilation = RuleHarness.Compile(First);
        var index = new ProjectIndex(compilation);

        index.Prepare(new ParallelOptions { MaxDegreeOfParallelism = 1 });

        Assert.Null(index.TakeCollectedNodes(compilation.SyntaxTrees.Single(t => t.ToString().Contains("class First", StringComparison.Ordinal))));
    }

    [Fact]
    public void Nodes_found_again_are_the_nodes_of_the_tree_even_where_an_argument_and_its_expression_share_a_span()
    {
        var compilation = RuleHarness.Compile("""
            using System.IO;

            public static class Writer
            {
                public static void Write(Stream stream, byte[] data, string path)
                {
                    var copy = data;
                    _ = stream.Read(copy, 0, copy.Length);
                    path = Path.GetFileName(path);
                    using var text = new StreamWriter(stream);
                    text.Write(path);
                }
            }
            """);
        var tree = compilation.SyntaxTrees.Single(t => t.ToString().Contains("class Writer", StringComparison.Ordinal));
        var index = new ProjectIndex(compilation);

        // 'copy' is written through the argument of a read: the argument, not the expression that shares its span.
        var argument = Assert.IsType<ArgumentSyntax>(Assert.Single(index.WritesTo("copy")));
        Assert.Equal("copy", argument.ToString());
        Assert.Same(tree.GetRoot().DescendantNodes().OfType<ArgumentSyntax>().First(), argument);
        Assert.Equal(["path = Path.GetFileName(path)"], index.WritesTo("path").Select(n => n.ToString()).ToArray());
        Assert.Equal(["stream"], index.WritesTo("stream").Select(n => n.ToString()).ToArray());
        Assert.Equal(["stream.Read(copy, 0, copy.Length)"], index.CallsNamed("Read").Select(n => n.ToString()).ToArray());
        Assert.Equal(["text.Write(path)"], index.WritesTo("text").Select(n => n.ToString()).ToArray());
    }

    [Fact]
    public void Writes_asked_within_a_span_of_one_tree_leave_out_the_others()
    {
        var compilation = RuleHarness.Compile("""
            public static class Scopes
            {
                public static string A(string s) { var value = s; value = value + "a"; return value; }

                public static string B(string s) { var value = s; value = value + "b"; return value; }
            }
            """, """
            public static class Elsewhere
            {
                public static string C(string s) { var value = s; value = "c"; return value; }
            }
            """);
        var tree = compilation.SyntaxTrees.Single(t => t.ToString().Contains("class Scopes", StringComparison.Ordinal));
        var b = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "B");
        var index = new ProjectIndex(compilation);

        Assert.Equal(3, index.WritesTo("value").Count());
        Assert.Equal(["value = value + \"b\""], index.WritesTo("value", tree, b.Span.Contains).Select(n => n.ToString()).ToArray());
        Assert.Empty(index.WritesTo("value", tree, span => span.Start < b.SpanStart && span.Start > b.Span.End));
    }

    [Fact]
    public void Declared_type_names_cover_every_kind_of_type_in_every_tree_and_nothing_else()
    {
        var compilation = RuleHarness.Compile(First, """
            namespace Shop
            {
                public class Outer { public class Nested { } public void Method() { } }
                public struct Point { }
                public interface IShape { }
                public enum Colour { Red }
                public record Order(int Id);
                public delegate void Handler();
            }
            """);
        var index = new ProjectIndex(compilation);

        Assert.All(["First", "Outer", "Nested", "Point", "IShape", "Colour", "Order", "Handler"], name => Assert.True(index.DeclaresTypeNamed(name), name));
        Assert.All(["Method", "Red", "Id", "Shop", "Console", "StringBuilder"], name => Assert.False(index.DeclaresTypeNamed(name), name));
    }

    [Fact]
    public void The_index_walk_leaves_no_node_it_created_alive_in_the_compilations_trees()
    {
        var compilation = RuleHarness.Compile(First, Second);
        var index = new ProjectIndex(compilation);
        var seen = new List<WeakReference<SyntaxNode>>();

        WalkKeepingWeakReferences(index, compilation, seen);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // Held by the compilation's trees, they would all still be alive; the accepted nodes come from those trees.
        Assert.NotEmpty(seen);
        Assert.All(seen, reference => Assert.False(reference.TryGetTarget(out _)));
        Assert.Equal(["First.Build(\"x\")"], index.CallsNamed("Build").Select(n => n.ToString()).ToArray());
    }

    [Fact]
    public void A_node_reference_list_keeps_the_order_of_its_entries_across_segments_and_appends()
    {
        var first = new NodeRefList();
        var second = new NodeRefList();
        for (var i = 0; i < 10_000; i++)
        {
            first.Add(new NodeRef(0, i, 1, 1));
        }

        for (var i = 10_000; i < 10_003; i++)
        {
            second.Add(new NodeRef(1, i, 1, 1));
        }

        first.Append(second);
        first.Add(new NodeRef(2, 10_003, 1, 1));

        Assert.Equal(Enumerable.Range(0, 10_004), first.Select(r => r.Start));
        Assert.Equal([0, 1, 2], first.Select(r => r.Tree).Distinct());
    }

    // A separate method, so no local of the test keeps a walked node alive.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void WalkKeepingWeakReferences(ProjectIndex index, Compilation compilation, List<WeakReference<SyntaxNode>> seen) =>
        index.Prepare(
            new ParallelOptions { MaxDegreeOfParallelism = 1 },
            n =>
            {
                seen.Add(new WeakReference<SyntaxNode>(n));
                return false;
            },
            compilation.SyntaxTrees.ToHashSet());

    [Fact]
    public void The_index_knows_every_name_a_member_declares_inside_itself_and_no_other()
    {
        const string source = """
            using System;
            using System.Linq;

            public class Declarations<TClass>
            {
                private int field1, field2;

                public int Property { get; set; }

                public void Method<TMethod>(int parameter, string[] items)
                {
                    var local = parameter;
                    foreach (var item in items)
                    {
                        if (item is string pattern) { }
                    }

                    try { } catch (Exception caught) { }
                    int LocalFunction(int inner) => inner;
                    var query = from source in items let computed = source join other in items on source equals other into grouped select grouped into continued select continued;
                    Func<int, int> lambda = lambdaParameter => lambdaParameter;
                }

                public class Nested
                {
                    public void Other(int otherParameter) { }
                }
            }
            """;
        var compilation = RuleHarness.Compile(source);
        var tree = compilation.SyntaxTrees.First();
        var index = new ProjectIndex(compilation);
        index.Prepare(new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First(m => m.Identifier.ValueText == "Method");
        string[] declared =
        [
            "TMethod", "parameter", "items", "local", "item", "pattern", "caught", "LocalFunction", "inner", "query", "source",
            "computed", "other", "grouped", "continued", "lambda", "lambdaParameter",
        ];

        Assert.Equal(declared.Order(), TypeScope.DeclaredNames(method).Order());
        Assert.All(declared, name => Assert.True(index.DeclaresInside(method, name), name));
        Assert.All(["TClass", "field1", "Property", "otherParameter", "Method", "Nested"], name => Assert.False(index.DeclaresInside(method, name), name));

        var fields = tree.GetRoot().DescendantNodes().OfType<FieldDeclarationSyntax>().Single();
        Assert.True(index.DeclaresInside(fields, "field2"));
        Assert.False(index.DeclaresInside(fields, "local"));

        // Every member the compilation has: the index and a walk of the member agree.
        foreach (var member in compilation.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>()))
        {
            var names = TypeScope.DeclaredNames(member);
            Assert.All(names, name => Assert.True(index.DeclaresInside(member, name), name));
        }
    }

    [Fact]
    public void A_catch_without_a_name_met_first_does_not_hide_the_names_later_catches_declare()
    {
        const string source = """
            using System;

            public static class Catches
            {
                public static void Unnamed()
                {
                    try { } catch (InvalidOperationException) { }
                }

                public static void Named()
                {
                    try { } catch (Exception caught) { Console.WriteLine(caught.Message); }
                }
            }
            """;
        var compilation = RuleHarness.Compile(source);
        var index = new ProjectIndex(compilation);
        index.Prepare(new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var named = compilation.SyntaxTrees.First().GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "Named");

        Assert.True(index.DeclaresInside(named, "caught"));
    }
}

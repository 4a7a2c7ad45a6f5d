using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Tests.Analysis;

public sealed class LineStartsTests
{
    [Fact]
    public void Lines_and_columns_from_the_line_starts_match_the_parsed_text_at_every_position_and_leave_the_tree_without_text()
    {
        // Every line break the compiler knows, a line that starts with a tab, a surrogate pair and an empty last line.
        var source = "class A\r\n{\n\tint x = 1;\r  // é\u2028 string s = \"😀\";\u2029\u0085 void M() { }\r\n}\r\n";
        var text = SourceText.From(source);
        var parsed = CSharpSyntaxTree.ParseText(text, path: "A.cs");
        var tree = CSharpSyntaxTree.Create((CSharpSyntaxNode)parsed.GetRoot(), path: "A.cs");
        LineStarts.Remember(tree, text);

        for (var start = 0; start <= source.Length; start++)
        {
            foreach (var end in new[] { start, Math.Min(start + 3, source.Length), source.Length })
            {
                var expected = parsed.GetLocation(TextSpan.FromBounds(start, end)).GetLineSpan();
                var actual = LineStarts.LineSpan(tree.GetLocation(TextSpan.FromBounds(start, end)));
                Assert.Equal(expected, actual);
            }
        }

        Assert.False(tree.TryGetText(out _));
    }

    [Fact]
    public void A_tree_the_loader_did_not_make_answers_from_its_own_text()
    {
        var tree = CSharpSyntaxTree.ParseText("class A\n{\n}\n", path: "B.cs");
        var location = tree.GetRoot().DescendantTokens().Last(t => t.IsKind(SyntaxKind.CloseBraceToken)).GetLocation();

        Assert.Equal(new FileLinePositionSpan("B.cs", new LinePosition(2, 0), new LinePosition(2, 1)), LineStarts.LineSpan(location));
    }
}

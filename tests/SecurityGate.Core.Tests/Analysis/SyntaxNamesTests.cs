using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Tests.Analysis;

public sealed class SyntaxNamesTests
{
    [Theory]
    [InlineData("class C { System.IO.FileStream f = new(\"a\"); }", "FileStream")]
    [InlineData("class C { Reply? P { get; } = new(1); }", "Reply")]
    [InlineData("class C { void M() { using Reply r = new(1); } }", "Reply")]
    [InlineData("class C { Reply M() => new(1); }", "Reply")]
    [InlineData("class C { Reply M() { if (true) { return new(1); } return null; } }", "Reply")]
    [InlineData("class C { void M() { Reply L() { return new(1); } } }", "Reply")]
    [InlineData("class C { Reply P => new(1); }", "Reply")]
    [InlineData("class C { Reply P { get { return new(1); } } }", "Reply")]
    [InlineData("class C { Reply this[int i] => new(i); }", "Reply")]
    [InlineData("class C { List<Reply> M() => new(1); }", "List")]
    [InlineData("class C { global::N.Reply M() => new(1); }", "Reply")]
    [InlineData("class C { async Task<Reply> M() { return new(1); } }", null)]
    [InlineData("class C { async Task<Reply> M() => new(1); }", null)]
    [InlineData("class C { Func<Reply> M() => () => new(1); }", null)]
    [InlineData("class C { Func<Reply> M() { return delegate { return new(1); }; } }", null)]
    [InlineData("class C { void M() { Use(new(1)); } }", null)]
    [InlineData("class C { Reply r; void M() { r = new(1); } }", null)]
    [InlineData("class C { Reply M(bool b) => b ? new(1) : new(2); }", null)]
    [InlineData("class C { string M() => new('a', 2); }", null)]
    [InlineData("class C { (int, int) M() => new(); }", null)]
    public void The_target_type_of_a_target_typed_new_is_named_only_where_it_is_written_beside_it(string source, string? expected)
    {
        var creation = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<ImplicitObjectCreationExpressionSyntax>().First();

        Assert.Equal(expected, SyntaxNames.TargetTypeName(creation));
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Analysis;

/// <summary>
/// The suppressions written in one source file, as the compiler reads them for its own warnings:
/// <c>#pragma warning disable SGnnnn</c> up to the matching <c>restore</c> (or the end of the file), and
/// <c>[SuppressMessage("…", "SGnnnn", Justification = "…")]</c> over the declaration it is on.
/// </summary>
/// <remarks>
/// A pragma or an attribute must name the rule: a bare <c>#pragma warning disable</c>, which generated code and old
/// files carry to hide compiler warnings, does not hide security findings (a bare <c>restore</c> does end them).
/// Attributes at assembly level, which name their target by a documentation ID, are read by
/// <see cref="AssemblySuppressions"/>.
/// </remarks>
internal sealed class InSourceSuppressions
{
    private static readonly HashSet<string> SuppressionAttributes = new(StringComparer.Ordinal)
    {
        "System.Diagnostics.CodeAnalysis.SuppressMessageAttribute",
        "System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessageAttribute",
    };

    // Pragma directives in file order: the rule they name (null: a bare restore, which ends all) and, for a disable, the suppression.
    private readonly List<(int Position, string? RuleId, Suppression? Disables)> _pragmas = [];
    private readonly List<(TextSpan Covers, string RuleId, Suppression Suppression)> _attributes = [];

    private InSourceSuppressions()
    {
    }

    /// <summary>
    /// Reads the suppressions of <paramref name="tree"/>, given its attributes that <see cref="MayBeSuppression"/>
    /// accepts (the project index finds them in its walk); <paramref name="model"/> is the tree's semantic model.
    /// </summary>
    public static InSourceSuppressions Of(SyntaxTree tree, SemanticModel model, IEnumerable<AttributeSyntax> attributes)
    {
        var found = new InSourceSuppressions();
        var root = tree.GetRoot();
        for (var directive = root.GetFirstDirective(); directive != null; directive = directive.GetNextDirective())
        {
            // A pragma in a branch #if leaves out is parsed too, but inactive, as the compiler ignores it.
            if (directive is PragmaWarningDirectiveTriviaSyntax { IsActive: true } pragma)
            {
                found.AddPragma(pragma);
            }
        }

        foreach (var attribute in attributes)
        {
            found.AddAttribute(attribute, model);
        }

        return found;
    }

    /// <summary>The suppression covering a finding of <paramref name="ruleId"/> at <paramref name="position"/>, or null.</summary>
    public Suppression? For(string ruleId, int position)
    {
        if (Innermost(_attributes, ruleId, position) is { } byAttribute)
        {
            return byAttribute;
        }

        Suppression? byPragma = null;
        foreach (var (at, id, disables) in _pragmas)
        {
            if (at > position)
            {
                break;
            }

            if (id is null || id == ruleId)
            {
                byPragma = disables;
            }
        }

        return byPragma;
    }

    /// <summary>
    /// The suppression of <paramref name="ruleId"/> on the innermost declaration around <paramref name="position"/>: the
    /// one a reader looks at first (a member's before its type's).
    /// </summary>
    internal static Suppression? Innermost(IEnumerable<(TextSpan Covers, string RuleId, Suppression Suppression)> declarations, string ruleId, int position)
    {
        Suppression? innermost = null;
        var covered = int.MaxValue;
        foreach (var (covers, id, suppression) in declarations)
        {
            if (id == ruleId && covers.Contains(position) && covers.Length < covered)
            {
                (innermost, covered) = (suppression, covers.Length);
            }
        }

        return innermost;
    }

    private void AddPragma(PragmaWarningDirectiveTriviaSyntax pragma)
    {
        var disable = pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword);
        var ids = pragma.ErrorCodes.OfType<IdentifierNameSyntax>().Select(code => code.Identifier.ValueText).Where(IsGateRule).ToList();
        if (ids.Count == 0)
        {
            if (!disable && pragma.ErrorCodes.Count == 0)
            {
                _pragmas.Add((pragma.SpanStart, null, null));
            }

            return;
        }

        var suppression = disable ? new Suppression(SuppressionKind.Pragma, LineOf(pragma), TrailingComment(pragma)) : null;
        foreach (var id in ids)
        {
            _pragmas.Add((pragma.SpanStart, id, suppression));
        }
    }

    /// <summary>
    /// Whether an attribute's name may be one of the suppression attributes; only those are bound. The name as written
    /// decides, so an alias of another name is not read, as before the index collected them.
    /// </summary>
    public static bool MayBeSuppression(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
        return name.Contains("SuppressMessage", StringComparison.Ordinal);
    }

    private void AddAttribute(AttributeSyntax attribute, SemanticModel model)
    {
        if (!MayBeSuppression(attribute)
            || attribute.Parent is not AttributeListSyntax { Parent: { } declaration } list
            || declaration is CompilationUnitSyntax
            || list.Target?.Identifier.ValueText is "assembly" or "module"
            || attribute.ArgumentList is not { } arguments
            || model.GetSymbolInfo(attribute).Symbol is not IMethodSymbol constructor
            || !IsSuppressionAttribute(constructor.ContainingType))
        {
            return;
        }

        var positional = arguments.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).ToList();
        var checkId = positional.Count > 1 ? model.GetConstantValue(positional[1].Expression).Value as string : null;
        if (checkId is null || RuleIdOf(checkId) is not { } id)
        {
            return;
        }

        var justification = arguments.Arguments
            .Where(a => a.NameEquals?.Name.Identifier.ValueText == "Justification")
            .Select(a => model.GetConstantValue(a.Expression).Value as string)
            .FirstOrDefault();
        _attributes.Add((declaration.Span, id, new Suppression(SuppressionKind.Attribute, LineOf(attribute), justification)));
    }

    /// <summary>Whether <paramref name="type"/> is <c>SuppressMessageAttribute</c> or <c>UnconditionalSuppressMessageAttribute</c>.</summary>
    internal static bool IsSuppressionAttribute(INamedTypeSymbol type) => SuppressionAttributes.Contains(KnownApis.FullName(type));

    /// <summary>The rule a suppression's check ID names (<c>"SG4001"</c> or <c>"SG4001:Title"</c>), or null for another tool's.</summary>
    internal static string? RuleIdOf(string checkId)
    {
        var id = checkId.Split(':')[0].Trim();
        return IsGateRule(id) ? id : null;
    }

    private static bool IsGateRule(string id) => id.Length == 6 && id.StartsWith("SG", StringComparison.Ordinal) && id.Skip(2).All(char.IsAsciiDigit);

    private static int LineOf(SyntaxNode node) => LineStarts.LineSpan(node.GetLocation()).StartLinePosition.Line + 1;

    // "#pragma warning disable SG4001 // the reason": the comment is trivia inside the directive.
    private static string? TrailingComment(PragmaWarningDirectiveTriviaSyntax pragma)
    {
        var comment = pragma.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia));
        if (comment.RawKind == 0)
        {
            return null;
        }

        var text = comment.ToString().TrimStart('/').Trim();
        return text.Length == 0 ? null : text;
    }
}

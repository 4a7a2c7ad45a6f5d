using System.Text;
using System.Text.RegularExpressions;

namespace SecurityGate.Core.Gate;

/// <summary>Matches relative paths against <c>exclude</c> globs: <c>**</c> any folders, <c>*</c> within a name, <c>?</c> one character.</summary>
public sealed class GlobMatcher
{
    private readonly Regex[] _patterns;

    /// <summary>Compiles the globs.</summary>
    public GlobMatcher(IEnumerable<string> globs) =>
        _patterns = globs.Select(g => new Regex(ToRegex(g), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))).ToArray();

    /// <summary>Whether a path (relative, with either separator) matches any glob.</summary>
    public bool IsMatch(string relativePath)
    {
        var normalized = relativePath.Replace('\\', '/');
        return _patterns.Any(p => p.IsMatch(normalized));
    }

    private static string ToRegex(string glob)
    {
        var text = glob.Replace('\\', '/').TrimStart('/');
        if (text.StartsWith("./", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        var pattern = new StringBuilder("^");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var slash = i + 2 < text.Length && text[i + 2] == '/';
                pattern.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                pattern.Append("[^/]*");
            }
            else if (c == '?')
            {
                pattern.Append("[^/]");
            }
            else
            {
                pattern.Append(Regex.Escape(c.ToString()));
            }
        }

        return pattern.Append('$').ToString();
    }
}

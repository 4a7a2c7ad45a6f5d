using System.Text.RegularExpressions;

namespace SecurityGate.Core.Rules.HardcodedConfig;

/// <summary>Name and value heuristics for secrets: word-split member names, placeholders, entropy.</summary>
internal static partial class SecretText
{
    private static readonly HashSet<string> SecretNouns = new(StringComparer.Ordinal)
    {
        "password", "passwd", "pwd", "passphrase", "secret", "token", "apikey", "secretkey", "privatekey", "accesskey",
    };

    // A part of every word in SecretNouns and of "key".
    private static readonly string[] SecretFragments = ["pass", "pwd", "secret", "token", "key"];

    // Words that qualify a trailing "key" as a secret key; "key" alone names dictionary keys and config paths too often.
    private static readonly HashSet<string> KeyQualifiers = new(StringComparer.Ordinal)
    {
        "api", "private", "access", "secret", "signing", "encryption", "subscription", "master", "client",
    };

    // Trailing words that do not change what a name holds: "passwordValue" is still a password.
    private static readonly HashSet<string> NeutralTails = new(StringComparer.Ordinal) { "value", "str", "string" };

    private static readonly HashSet<string> PlaceholderWords = new(StringComparer.Ordinal)
    {
        "todo", "tbd", "fixme", "placeholder", "redacted", "none", "null", "empty", "na",
    };

    /// <summary>The lower-case words of an identifier: <c>ApiKeyHeader</c> → api, key, header; <c>DB_PWD</c> → db, pwd.</summary>
    public static IReadOnlyList<string> Words(string name) =>
        WordPattern().Matches(name).Select(m => m.Value.ToLowerInvariant()).ToArray();

    /// <summary>
    /// Whether a name says it holds a secret: its last word (ignoring "value"/"string") is a credential noun,
    /// or "key" qualified by api/private/access/secret/…. The last word is what a name is about, so
    /// <c>PasswordQuestion</c>, <c>TokenEndpoint</c>, <c>SecretName</c> and <c>PasswordPolicy</c> do not count.
    /// </summary>
    public static bool IsSecretName(string name)
    {
        // Every credential noun and every qualified "key" contains one of these, and most names (every operand of a
        // comparison or concatenation is asked) contain none: splitting them into words allocates.
        if (!ContainsSecretFragment(name))
        {
            return false;
        }

        var words = Words(name).ToList();
        while (words.Count > 1 && NeutralTails.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0)
        {
            return false;
        }

        var last = words[^1];
        if (SecretNouns.Contains(last))
        {
            return true;
        }

        return last == "key" && words.Count >= 2 && KeyQualifiers.Contains(words[^2]);
    }

    private static bool ContainsSecretFragment(string name)
    {
        foreach (var fragment in SecretFragments)
        {
            if (name.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name says it holds a connection string: <c>ConnectionString</c>, <c>dbConnStr</c>, <c>DefaultConnection</c> is not enough.</summary>
    public static bool IsConnectionStringName(string name)
    {
        // Every name that qualifies has one of these inside; most names have neither, and splitting them allocates.
        if (!name.Contains("conn", StringComparison.OrdinalIgnoreCase) && !name.Contains("dsn", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var words = Words(name);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] is "connection" or "conn" && words[i + 1] is "string" or "str" or "strings")
            {
                return true;
            }
        }

        return words.Count > 0 && words[^1] is "connectionstring" or "connstr" or "dsn";
    }

    /// <summary>
    /// Whether a value is a stand-in rather than a real secret: empty, <c>&lt;password&gt;</c>, <c>${VAR}</c>,
    /// <c>{0}</c>, <c>%VAR%</c>, <c>***</c>, <c>xxx</c>, <c>TODO</c>, <c>your-password-here</c>.
    /// </summary>
    public static bool IsPlaceholder(string value)
    {
        var text = value.Trim();
        if (text.Length == 0)
        {
            return true;
        }

        if ((text[0] == '<' && text[^1] == '>') || (text[0] == '[' && text[^1] == ']') || (text[0] == '%' && text[^1] == '%' && text.Length > 2))
        {
            return true;
        }

        if (text.Contains("${", StringComparison.Ordinal) || text.Contains("$(", StringComparison.Ordinal)
            || text.Contains("{{", StringComparison.Ordinal) || text.Contains("#{", StringComparison.Ordinal) || FormatHole().IsMatch(text))
        {
            return true;
        }

        if (text.All(c => c is '*' or '.' or '-' or '_' or '#' or '?') || text.All(c => c is 'x' or 'X'))
        {
            return true;
        }

        var letters = new string(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return PlaceholderWords.Contains(letters)
            || letters.StartsWith("your", StringComparison.Ordinal) || letters.StartsWith("enter", StringComparison.Ordinal)
            || letters.StartsWith("insert", StringComparison.Ordinal) || letters.StartsWith("replacewith", StringComparison.Ordinal);
    }

    /// <summary>Shannon entropy of the characters, in bits per character.</summary>
    public static double Entropy(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        return -text.GroupBy(c => c).Select(g => (double)g.Count() / text.Length).Sum(p => p * Math.Log2(p));
    }

    /// <summary>How many of lower case, upper case, digits and other characters the text mixes.</summary>
    public static int CharacterClasses(string text) =>
        (text.Any(char.IsLower) ? 1 : 0) + (text.Any(char.IsUpper) ? 1 : 0) + (text.Any(char.IsDigit) ? 1 : 0)
        + (text.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);

    /// <summary>Whether a literal reads like a URL, a path or a configuration key rather than a secret.</summary>
    public static bool IsLocator(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.StartsWith('/') || text.StartsWith("~/", StringComparison.Ordinal)
        || text.StartsWith("./", StringComparison.Ordinal) || text.StartsWith(@"\\", StringComparison.Ordinal)
        || (text.Length > 2 && char.IsLetter(text[0]) && text[1] == ':' && text[2] is '\\' or '/');

    /// <summary>
    /// Whether the value only repeats the name: <c>PASSWORD = "Password"</c>, <c>PasswordField = "password"</c>,
    /// <c>ApiKeySetting = "Secrets:ApiKey"</c>.
    /// </summary>
    public static bool IsNameLabel(string memberName, string value)
    {
        var nameWords = Words(memberName);
        var valueWords = Words(value).Where(w => w.Length > 1).ToList();
        if (valueWords.Count == 0)
        {
            return false;
        }

        var name = string.Concat(nameWords);
        var flat = string.Concat(valueWords);
        return valueWords.All(w => nameWords.Contains(w) || SecretNouns.Contains(w) || w is "key" or "api" or "secrets" or "credentials")
            || name.Contains(flat, StringComparison.Ordinal) || flat.EndsWith(name, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\{[0-9A-Za-z_:.\-]*\}$")]
    private static partial Regex FormatHole();
}

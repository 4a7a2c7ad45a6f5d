namespace SecurityGate.Core.Rules.SensitiveLogging;

/// <summary>What a sensitive name says its value is.</summary>
internal enum SensitiveKind
{
    /// <summary>A credential: password, token, API key, private key, client secret, authorization header.</summary>
    Secret,

    /// <summary>A connection string; sensitive only when it carries a password.</summary>
    ConnectionString,

    /// <summary>Personal data: national IDs, card numbers, bank accounts, dates of birth, passports.</summary>
    PersonalData,
}

/// <summary>A sensitive name: what it says, and the words that said it.</summary>
/// <param name="Kind">What the value is.</param>
/// <param name="Phrase">The matched words, joined by spaces: "api key".</param>
/// <param name="TextOnly">The phrase is ambiguous unless the value is text (<c>pan</c>).</param>
internal readonly record struct SensitiveName(SensitiveKind Kind, string Phrase, bool TextOnly);

/// <summary>
/// Classifies identifiers by their words, never by substrings: <c>PasswordQuestion</c>, <c>TokenType</c>,
/// <c>MinPasswordLength</c> or <c>Secretary</c> name something about a secret, not a secret. The last sensitive phrase in
/// a name decides; words after it must only restate that it is the value (<c>passwordText</c>, <c>apiKeyValue</c>),
/// and no word before it may say the value was hashed, masked or counted (<c>HashedPassword</c>, <c>numTokens</c>).
/// </summary>
internal static class SensitiveNames
{
    private static readonly (string[] Words, SensitiveKind Kind, bool TextOnly)[] Phrases =
    [
        (["password"], SensitiveKind.Secret, false),
        (["passwd"], SensitiveKind.Secret, false),
        (["pwd"], SensitiveKind.Secret, false),
        (["passphrase"], SensitiveKind.Secret, false),
        (["passcode"], SensitiveKind.Secret, false),
        (["secret"], SensitiveKind.Secret, false),
        (["token"], SensitiveKind.Secret, false),
        (["accesstoken"], SensitiveKind.Secret, false),
        (["refreshtoken"], SensitiveKind.Secret, false),
        (["authtoken"], SensitiveKind.Secret, false),
        (["api", "key"], SensitiveKind.Secret, false),
        (["apikey"], SensitiveKind.Secret, false),
        (["access", "key"], SensitiveKind.Secret, false),
        (["accesskey"], SensitiveKind.Secret, false),
        (["credential"], SensitiveKind.Secret, false),
        (["creds"], SensitiveKind.Secret, false),
        (["private", "key"], SensitiveKind.Secret, false),
        (["privatekey"], SensitiveKind.Secret, false),
        (["clientsecret"], SensitiveKind.Secret, false),
        (["secret", "key"], SensitiveKind.Secret, false),
        (["secretkey"], SensitiveKind.Secret, false),
        (["signing", "key"], SensitiveKind.Secret, false),
        (["encryption", "key"], SensitiveKind.Secret, false),
        (["master", "key"], SensitiveKind.Secret, false),
        (["account", "key"], SensitiveKind.Secret, false),
        (["shared", "key"], SensitiveKind.Secret, false),
        (["bearer"], SensitiveKind.Secret, false),
        (["authorization"], SensitiveKind.Secret, false),
        (["auth", "header"], SensitiveKind.Secret, false),
        (["authorization", "header"], SensitiveKind.Secret, false),
        (["connection", "string"], SensitiveKind.ConnectionString, false),
        (["connectionstring"], SensitiveKind.ConnectionString, false),
        (["conn", "string"], SensitiveKind.ConnectionString, false),
        (["conn", "str"], SensitiveKind.ConnectionString, false),
        (["connstr"], SensitiveKind.ConnectionString, false),
        (["ssn"], SensitiveKind.PersonalData, false),
        (["social", "security"], SensitiveKind.PersonalData, false),
        (["social", "security", "number"], SensitiveKind.PersonalData, false),
        (["credit", "card"], SensitiveKind.PersonalData, false),
        (["creditcard"], SensitiveKind.PersonalData, false),
        (["card", "number"], SensitiveKind.PersonalData, false),
        (["cardnumber"], SensitiveKind.PersonalData, false),
        (["card", "no"], SensitiveKind.PersonalData, false),
        (["pan"], SensitiveKind.PersonalData, true),
        (["cvv"], SensitiveKind.PersonalData, false),
        (["cvc"], SensitiveKind.PersonalData, false),
        (["iban"], SensitiveKind.PersonalData, false),
        (["date", "of", "birth"], SensitiveKind.PersonalData, false),
        (["dateofbirth"], SensitiveKind.PersonalData, false),
        (["dob"], SensitiveKind.PersonalData, false),
        (["birth", "date"], SensitiveKind.PersonalData, false),
        (["birthdate"], SensitiveKind.PersonalData, false),
        (["birthday"], SensitiveKind.PersonalData, false),
        (["passport"], SensitiveKind.PersonalData, false),
        (["passport", "number"], SensitiveKind.PersonalData, false),
        (["passportnumber"], SensitiveKind.PersonalData, false),
        (["national", "id"], SensitiveKind.PersonalData, false),
        (["national", "identifier"], SensitiveKind.PersonalData, false),
        (["nationalid"], SensitiveKind.PersonalData, false),
        (["tax", "id"], SensitiveKind.PersonalData, false),
        (["taxid"], SensitiveKind.PersonalData, false),
        (["tax", "number"], SensitiveKind.PersonalData, false),
        (["tax", "identification"], SensitiveKind.PersonalData, false),
    ];

    /// <summary>Words after a phrase that still name the value itself.</summary>
    private static readonly HashSet<string> NeutralSuffixes = new(StringComparer.Ordinal)
    {
        "value", "text", "str", "string", "plain", "plaintext", "raw", "input", "bytes", "data", "clear", "cleartext",
        "base64", "b64", "number", "no", "num", "nr", "full", "original", "orig", "confirm", "confirmation", "entered",
        "provided", "param", "arg", "argument", "val", "char", "byte", "buffer", "pem",
    };

    /// <summary>Words before a phrase that say the value is derived from the secret, or about it, not the secret.</summary>
    private static readonly HashSet<string> NegatingPrefixes = new(StringComparer.Ordinal)
    {
        "hash", "hashed", "mask", "masked", "redact", "redacted", "encrypt", "encrypted", "protect", "protected",
        "obfuscate", "obfuscated", "sanitize", "sanitized", "sanitise", "sanitised", "is", "has", "validate", "verify",
        "check", "count", "num", "number", "min", "max", "length", "len", "size", "last", "require", "requires",
    };

    /// <summary>The sensitive meaning of an identifier, configuration key or header name, or null.</summary>
    public static SensitiveName? Classify(string name)
    {
        var words = Words(name);
        if (words.Count == 0)
        {
            return null;
        }

        // The rightmost phrase decides; on the same end the longest phrase wins ("social security number" over "number").
        var bestEnd = -1;
        var bestStart = -1;
        var best = Phrases[0];
        foreach (var phrase in Phrases)
        {
            for (var start = 0; start + phrase.Words.Length <= words.Count; start++)
            {
                if (!Matches(words, start, phrase.Words))
                {
                    continue;
                }

                var end = start + phrase.Words.Length;
                if (end > bestEnd || (end == bestEnd && start < bestStart))
                {
                    bestEnd = end;
                    bestStart = start;
                    best = phrase;
                }
            }
        }

        if (bestEnd < 0)
        {
            return null;
        }

        for (var i = bestEnd; i < words.Count; i++)
        {
            if (!NeutralSuffixes.Contains(words[i]) && !words[i].All(char.IsDigit))
            {
                return null;
            }
        }

        for (var i = 0; i < bestStart; i++)
        {
            if (NegatingPrefixes.Contains(words[i]))
            {
                return null;
            }
        }

        return new SensitiveName(best.Kind, string.Join(" ", best.Words), best.TextOnly);
    }

    /// <summary>Whether every word of the name only restates that it is a value (<c>Value</c>, <c>Text</c>).</summary>
    public static bool IsNeutral(string name)
    {
        var words = Words(name);
        return words.Count > 0 && words.All(NeutralSuffixes.Contains);
    }

    /// <summary>
    /// The lower-case words of a name: camelCase, PascalCase, snake_case, kebab-case, acronyms (<c>APIKey</c> is
    /// "api", "key") and digits apart; a plural is reduced to the singular the phrases use.
    /// </summary>
    public static List<string> Words(string name)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(words, current);
                continue;
            }

            if (current.Length > 0)
            {
                var previous = name[i - 1];
                var boundary = (char.IsLower(previous) && char.IsUpper(c))
                    || (char.IsDigit(previous) != char.IsDigit(c))
                    || (char.IsUpper(previous) && char.IsUpper(c) && i + 1 < name.Length && char.IsLower(name[i + 1]));
                if (boundary)
                {
                    Flush(words, current);
                }
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush(words, current);
        return words;
    }

    private static void Flush(List<string> words, System.Text.StringBuilder current)
    {
        if (current.Length == 0)
        {
            return;
        }

        var word = current.ToString();
        current.Clear();
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word != "creds")
        {
            word = word[..^1];
        }

        words.Add(word);
    }

    private static bool Matches(List<string> words, int start, string[] phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (words[start + i] != phrase[i])
            {
                return false;
            }
        }

        return true;
    }
}

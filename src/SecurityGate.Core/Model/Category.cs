namespace SecurityGate.Core.Model;

/// <summary>The five finding categories a policy gates on.</summary>
public enum Category
{
    /// <summary>External input reaching SQL, file paths, LDAP, XPath, regex and similar sinks.</summary>
    InputValidation,

    /// <summary>Secrets, personal data or exception internals written to logs or the console.</summary>
    SensitiveLogging,

    /// <summary>Catch-alls, swallowed exceptions and generic exception types.</summary>
    ExceptionHandling,

    /// <summary>Processes started with data that is not constant.</summary>
    CommandExecution,

    /// <summary>Hard-coded secrets and security switches turned off in code.</summary>
    HardcodedConfig,
}

/// <summary>Names of categories as they appear in policy files and csproj properties.</summary>
public static class CategoryNames
{
    private static readonly (Category Category, string Id, string PropertyPart)[] Table =
    [
        (Category.InputValidation, "input-validation", "InputValidation"),
        (Category.SensitiveLogging, "sensitive-logging", "SensitiveLogging"),
        (Category.ExceptionHandling, "exception-handling", "ExceptionHandling"),
        (Category.CommandExecution, "command-execution", "CommandExecution"),
        (Category.HardcodedConfig, "hardcoded-config", "HardcodedConfig"),
    ];

    /// <summary>All categories in their stable report order.</summary>
    public static IReadOnlyList<Category> All { get; } = Table.Select(t => t.Category).ToArray();

    /// <summary>The policy-file name of a category, for example <c>input-validation</c>.</summary>
    public static string ToId(Category category) => Table[(int)category].Id;

    /// <summary>The PascalCase part used in csproj property names, for example <c>InputValidation</c>.</summary>
    public static string ToPropertyPart(Category category) => Table[(int)category].PropertyPart;

    /// <summary>Parses a policy-file category name; the match is exact.</summary>
    public static bool TryParse(string id, out Category category)
    {
        foreach (var row in Table)
        {
            if (string.Equals(row.Id, id, StringComparison.Ordinal))
            {
                category = row.Category;
                return true;
            }
        }

        category = default;
        return false;
    }

    /// <summary>The allowed category names, for error messages.</summary>
    public static string AllowedList => string.Join(", ", Table.Select(t => t.Id));
}

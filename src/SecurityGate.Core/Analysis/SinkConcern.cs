namespace SecurityGate.Core.Analysis;

/// <summary>
/// What a sink does with a value, so that only the sanitisers that neutralise data for that use lower its origin:
/// an HTML encoder makes text safe for a page, not for SQL or a shell.
/// </summary>
public enum SinkConcern
{
    /// <summary>No particular sink: every known sanitiser counts.</summary>
    Generic,

    /// <summary>SQL text.</summary>
    Sql,

    /// <summary>A file-system path.</summary>
    Path,

    /// <summary>An LDAP filter or distinguished name.</summary>
    Ldap,

    /// <summary>An XPath expression.</summary>
    XPath,

    /// <summary>A regular-expression pattern.</summary>
    Regex,

    /// <summary>A program or command line given to a process.</summary>
    Command,

    /// <summary>HTML or markup written to a page.</summary>
    Html,

    /// <summary>A line written to a log.</summary>
    LogLine,

    /// <summary>A redirect target URL.</summary>
    Redirect,

    /// <summary>An XML document to parse: markup-escaped text cannot declare a DTD.</summary>
    Xml,

    /// <summary>Text taken whole by a parser or matcher (regex input): only sanitisers that leave no text count.</summary>
    Content,
}

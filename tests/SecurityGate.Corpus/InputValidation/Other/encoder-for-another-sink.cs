// expect: SG1001, SG1002, SG1003, SG1004
// CWE-116 via SG1001-SG1004; shape: sanitiser for another sink. An encoder protects only the syntax it encodes for:
// HTML encoding leaves "*)(" for LDAP and "../" for paths, Regex.Escape leaves quotes for SQL and XPath.
using System;
using System.Data.Common;
using System.DirectoryServices;
using System.IO;
using System.Net;
using System.Security;
using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.Security.Application;

public sealed class Case
{
    public void BadSqlWithRegexEscape()
    {
        var name = Console.ReadLine() ?? string.Empty;
        var command = DbProviderFactories.GetFactory("Microsoft.Data.Sqlite").CreateCommand()!;
        command.CommandText = "SELECT * FROM users WHERE name = '" + Regex.Escape(name) + "'";
    }

    public void BadPathWithHtmlEncoding()
    {
        var name = Console.ReadLine() ?? string.Empty;
        var content = File.ReadAllText("/srv/files/" + WebUtility.HtmlEncode(name));
    }

    public void BadLdapWithHtmlEncoding()
    {
        var name = Console.ReadLine() ?? string.Empty;
        new DirectorySearcher("(uid=" + WebUtility.HtmlEncode(name) + ")").FindOne();
    }

    public void BadXPathWithRegexEscape()
    {
        var name = Console.ReadLine() ?? string.Empty;
        var doc = new XmlDocument();
        var node = doc.SelectSingleNode("/users/user[@name='" + Regex.Escape(name) + "']");
    }

    public void GoodSqlWithNumber()
    {
        var id = Console.ReadLine() ?? string.Empty;
        var command = DbProviderFactories.GetFactory("Microsoft.Data.Sqlite").CreateCommand()!;
        command.CommandText = "SELECT * FROM users WHERE id = " + long.Parse(id);
    }

    public void GoodPathWithFileName()
    {
        var name = Console.ReadLine() ?? string.Empty;
        var content = File.ReadAllText("/srv/files/" + Path.GetFileName(name));
    }

    public void GoodLdapWithFilterEncoding()
    {
        var name = Console.ReadLine() ?? string.Empty;
        new DirectorySearcher("(uid=" + Encoder.LdapFilterEncode(name) + ")").FindOne();
    }

    public void GoodXPathWithMarkupEscaping()
    {
        var name = Console.ReadLine() ?? string.Empty;
        var doc = new XmlDocument();
        var node = doc.SelectSingleNode("/users/user[@name='" + SecurityElement.Escape(name) + "']");
    }
}

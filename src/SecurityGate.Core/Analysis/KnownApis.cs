using Microsoft.CodeAnalysis;

namespace SecurityGate.Core.Analysis;

/// <summary>
/// The .NET APIs that bring data into a program (sources), read configuration, or neutralise data (sanitisers).
/// Matching is on resolved symbols: the containing type (or one of its bases and interfaces) and the member name.
/// </summary>
internal static class KnownApis
{
    // Rules ask for the same few types' names on every candidate; a weak table keeps them no longer than the compilation.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ITypeSymbol, string> FullNames = new();

    private static readonly Dictionary<string, string[]> ExternalMethods = new(StringComparer.Ordinal)
    {
        ["System.Console"] = ["ReadLine", "Read", "ReadKey"],
        ["System.Environment"] = ["GetEnvironmentVariable", "GetEnvironmentVariables", "GetCommandLineArgs", "ExpandEnvironmentVariables"],
        ["System.IO.File"] = ["ReadAllText", "ReadAllTextAsync", "ReadAllLines", "ReadAllLinesAsync", "ReadAllBytes", "ReadAllBytesAsync", "ReadLines", "ReadLinesAsync", "OpenRead", "OpenText"],
        ["System.IO.TextReader"] = ["ReadLine", "ReadLineAsync", "ReadToEnd", "ReadToEndAsync", "Read", "ReadAsync", "ReadBlock", "ReadBlockAsync"],
        ["System.IO.BinaryReader"] = ["ReadString", "ReadBytes", "ReadChars"],
        ["System.Net.Sockets.UdpClient"] = ["Receive", "ReceiveAsync"],
        ["System.Net.Http.HttpContent"] = ["ReadAsStringAsync", "ReadAsByteArrayAsync", "ReadAsStreamAsync", "ReadAsStream"],
        ["System.Net.WebClient"] = ["DownloadString", "DownloadStringTaskAsync", "DownloadData", "DownloadDataTaskAsync", "OpenRead", "OpenReadTaskAsync", "UploadString", "UploadData"],
        ["System.Net.WebResponse"] = ["GetResponseStream"],
        ["System.Data.IDataRecord"] = ["GetString", "GetValue", "GetChars", "GetValues"],
        ["System.Data.Common.DbDataReader"] = ["GetString", "GetValue", "GetFieldValue", "GetFieldValueAsync", "GetChars", "GetTextReader", "GetStream", "GetValues"],
        ["System.Data.IDbCommand"] = ["ExecuteScalar"],
        ["System.Data.Common.DbCommand"] = ["ExecuteScalar", "ExecuteScalarAsync"],
        ["Microsoft.Win32.RegistryKey"] = ["GetValue"],
        ["System.Xml.XmlReader"] = ["ReadElementContentAsString", "ReadContentAsString", "ReadString", "ReadOuterXml", "ReadInnerXml", "GetAttribute"],
        ["System.Net.Sockets.TcpClient"] = ["GetStream"],
        ["System.Net.Sockets.TcpListener"] = ["AcceptSocket", "AcceptSocketAsync"],
        ["System.IO.FileStream"] = [".ctor"],
        ["System.IO.FileInfo"] = ["OpenRead", "OpenText"],
        ["System.Net.Http.HttpClient"] = ["GetStringAsync", "GetByteArrayAsync", "GetStreamAsync", "GetString", "GetByteArray", "GetStream"],
        ["System.Net.Http.Json.HttpClientJsonExtensions"] = ["GetFromJsonAsync", "GetFromJsonAsAsyncEnumerable"],
        ["System.Net.Http.Json.HttpContentJsonExtensions"] = ["ReadFromJsonAsync", "ReadFromJsonAsAsyncEnumerable"],
        ["Microsoft.AspNetCore.Http.HttpRequestJsonExtensions"] = ["ReadFromJsonAsync"],
        ["Microsoft.AspNetCore.Http.HttpRequest"] = ["ReadFormAsync"],
    };

    private static readonly Dictionary<string, string[]> ExternalProperties = new(StringComparer.Ordinal)
    {
        ["System.Console"] = ["In"],
        ["System.Environment"] = ["CommandLine"],
        ["System.Data.IDataRecord"] = ["Item"],
        ["System.Data.Common.DbDataReader"] = ["Item"],
        ["Microsoft.AspNetCore.Http.HttpRequest"] = ["Query", "Form", "Headers", "Cookies", "Body", "RouteValues", "Path", "PathBase", "QueryString", "Host", "BodyReader"],
        ["Microsoft.AspNetCore.Http.IQueryCollection"] = ["Item"],
        ["Microsoft.AspNetCore.Http.IFormCollection"] = ["Item"],
        ["Microsoft.AspNetCore.Http.IHeaderDictionary"] = ["Item"],
        ["Microsoft.AspNetCore.Http.IRequestCookieCollection"] = ["Item"],
        ["System.Web.HttpRequest"] = ["QueryString", "Form", "Params", "Cookies", "Headers", "Item", "RawUrl", "Url", "InputStream", "Path", "PathInfo", "UserAgent", "UrlReferrer"],
        ["System.Web.HttpRequestBase"] = ["QueryString", "Form", "Params", "Cookies", "Headers", "Item", "RawUrl", "Url", "InputStream", "Path", "PathInfo", "UserAgent", "UrlReferrer"],
        ["System.Net.HttpListenerRequest"] = ["QueryString", "Headers", "Cookies", "InputStream", "RawUrl", "Url", "UserAgent"],
        ["System.Web.HttpCookie"] = ["Value", "Values"],
        ["System.IO.Compression.ZipArchiveEntry"] = ["FullName", "Name"],
    };

    private static readonly Dictionary<string, string[]> ConfigurationMembers = new(StringComparer.Ordinal)
    {
        ["Microsoft.Extensions.Configuration.IConfiguration"] = ["Item", "GetSection", "GetChildren"],
        ["Microsoft.Extensions.Configuration.IConfigurationSection"] = ["Value", "Item"],
        ["Microsoft.Extensions.Configuration.ConfigurationExtensions"] = ["GetConnectionString", "GetValue", "GetRequiredSection"],
        ["Microsoft.Extensions.Configuration.ConfigurationBinder"] = ["GetValue", "Get", "Bind"],
        ["Microsoft.Extensions.Options.IOptions`1"] = ["Value"],
        ["Microsoft.Extensions.Options.IOptionsMonitor`1"] = ["CurrentValue", "Get"],
        ["Microsoft.Extensions.Options.IOptionsSnapshot`1"] = ["Value", "Get"],
        ["System.Configuration.ConfigurationManager"] = ["AppSettings", "ConnectionStrings", "GetSection"],
        ["System.Configuration.ConnectionStringSettings"] = ["ConnectionString"],
    };

    private static readonly SinkConcern[] Everywhere = Enum.GetValues<SinkConcern>();

    // Each sanitiser neutralises data for the concerns it is listed with: parsing into a number, GUID or enum leaves
    // nothing that can carry an injection anywhere; an encoder only protects the syntax it encodes for.
    private static readonly Dictionary<string, (string[] Names, SinkConcern[] Concerns)[]> Sanitisers = new(StringComparer.Ordinal)
    {
        ["System.IO.Path"] =
        [
            (["GetFileName", "GetFileNameWithoutExtension", "GetExtension"], [SinkConcern.Path, SinkConcern.Command]),
            (["GetRandomFileName", "GetTempFileName", "GetTempPath"], Everywhere),
        ],
        ["System.Uri"] =
        [
            (["EscapeDataString"], [SinkConcern.Html, SinkConcern.Redirect, SinkConcern.LogLine]),
            (["EscapeUriString"], [SinkConcern.LogLine]),
        ],
        ["System.Net.WebUtility"] =
        [
            (["HtmlEncode"], [SinkConcern.Html, SinkConcern.Xml]),
            (["UrlEncode"], [SinkConcern.Html, SinkConcern.Redirect, SinkConcern.LogLine]),
        ],
        ["System.Web.HttpUtility"] =
        [
            (["HtmlEncode", "HtmlAttributeEncode"], [SinkConcern.Html, SinkConcern.Xml]),
            (["JavaScriptStringEncode"], [SinkConcern.Html, SinkConcern.LogLine]),
            (["UrlEncode"], [SinkConcern.Html, SinkConcern.Redirect, SinkConcern.LogLine]),
            (["UrlPathEncode"], [SinkConcern.LogLine]),
        ],
        ["System.Security.SecurityElement"] = [(["Escape"], [SinkConcern.XPath, SinkConcern.Html, SinkConcern.Xml])],
        ["System.Text.Encodings.Web.TextEncoder"] = [(["Encode"], [SinkConcern.Html, SinkConcern.LogLine])],
        ["System.Text.RegularExpressions.Regex"] = [(["Escape"], [SinkConcern.Regex])],
        ["Microsoft.Security.Application.Encoder"] =
        [
            (["LdapFilterEncode", "LdapDistinguishedNameEncode"], [SinkConcern.Ldap]),
            (["HtmlEncode", "HtmlAttributeEncode"], [SinkConcern.Html]),
            (["XmlEncode", "XmlAttributeEncode"], [SinkConcern.Html, SinkConcern.XPath, SinkConcern.Xml]),
            (["UrlEncode"], [SinkConcern.Html, SinkConcern.Redirect, SinkConcern.LogLine]),
        ],
        ["Microsoft.Security.Application.AntiXssEncoder"] =
        [
            (["HtmlEncode", "HtmlAttributeEncode"], [SinkConcern.Html]),
            (["XmlEncode", "XmlAttributeEncode"], [SinkConcern.Html, SinkConcern.XPath, SinkConcern.Xml]),
            (["UrlEncode"], [SinkConcern.Html, SinkConcern.Redirect, SinkConcern.LogLine]),
        ],
        ["System.Convert"] =
        [
            (["ToInt16", "ToInt32", "ToInt64", "ToUInt16", "ToUInt32", "ToUInt64", "ToDouble", "ToDecimal", "ToSingle", "ToBoolean", "ToByte", "ToDateTime"], Everywhere),

            // Base64 text still holds '/' and '+': a path separator, a protocol-relative URL prefix, a regex quantifier.
            (["ToBase64String"], [SinkConcern.Sql, SinkConcern.Ldap, SinkConcern.XPath, SinkConcern.Command, SinkConcern.Html, SinkConcern.LogLine]),
        ],
        ["System.Guid"] = [(["Parse", "TryParse", "NewGuid", "ParseExact", "TryParseExact"], Everywhere)],
        ["System.Enum"] = [(["Parse", "TryParse", "GetName"], Everywhere)],
    };

    // Values that differ from run to run even when every argument is a constant: clocks, counters and random numbers.
    private static readonly Dictionary<string, string[]?> Nondeterministic = new(StringComparer.Ordinal)
    {
        ["System.DateTime"] = ["Now", "UtcNow", "Today"],
        ["System.DateTimeOffset"] = ["Now", "UtcNow"],
        ["System.Guid"] = ["NewGuid", "CreateVersion7"],
        ["System.Environment"] = ["TickCount", "TickCount64", "ProcessId", "CurrentManagedThreadId", "WorkingSet"],
        ["System.IO.Path"] = ["GetRandomFileName", "GetTempFileName"],
        ["System.TimeProvider"] = ["GetUtcNow", "GetLocalNow", "GetTimestamp", "GetElapsedTime"],
        ["System.Web.HttpContext"] = ["Current"],
        ["System.Random"] = null,
        ["System.Security.Cryptography.RandomNumberGenerator"] = null,
        ["System.Diagnostics.Stopwatch"] = null,
    };

    // What the runtime knows of the program's own types: an object's type and the names of types and members are
    // written in the program (or a library), whatever object or input they are asked of.
    private static readonly Dictionary<string, string[]> ProgramMetadata = new(StringComparer.Ordinal)
    {
        ["System.Object"] = ["GetType"],
        ["System.Type"] = ["FullName", "Namespace", "AssemblyQualifiedName"],
        ["System.Reflection.MemberInfo"] = ["Name"],
    };

    private static readonly HashSet<string> ContentWriteNames = new(StringComparer.Ordinal)
    {
        "Add", "AddRange", "Append", "AppendLine", "AppendFormat", "AppendJoin", "Insert", "InsertRange", "Push", "Enqueue",
        "AddFirst", "AddLast", "AddBefore", "AddAfter", "TryAdd", "Set", "SetValue", "CopyTo",
        "GetOrAdd", "AddOrUpdate", "Prepend", "Write", "WriteAsync", "WriteLine", "WriteLineAsync",
    };

    private static readonly HashSet<string> StreamWriteNames = new(StringComparer.Ordinal)
    {
        "Serialize", "SerializeAsync", "WriteObject", "CopyTo", "CopyToAsync",
    };

    private static readonly HashSet<string> InMemoryTypes = new(StringComparer.Ordinal)
    {
        "System.IO.MemoryStream", "System.IO.StringReader",
    };

    private static readonly HashSet<string> WrappingReaders = new(StringComparer.Ordinal)
    {
        "System.IO.StreamReader", "System.IO.BinaryReader", "System.Xml.XmlReader", "System.Xml.XmlTextReader",
        "System.IO.BufferedStream", "System.IO.Compression.GZipStream", "System.IO.Compression.DeflateStream",
    };

    private static readonly HashSet<string> BufferFillNames = new(StringComparer.Ordinal)
    {
        "Read", "ReadAsync", "ReadBlock", "Receive", "ReceiveAsync", "ReceiveFrom", "ReadExactly", "ReadAtLeast",
        "Fill", "GetBytes", "GetNonZeroBytes", "NextBytes",
    };

    /// <summary>Names of calls that put their arguments into the receiver's contents.</summary>
    public static bool IsContentWrite(string name) => ContentWriteNames.Contains(name);

    /// <summary>Names of calls that write their other arguments into a stream argument (serializers, copies).</summary>
    public static bool IsStreamWrite(string name) => StreamWriteNames.Contains(name);

    /// <summary>Types whose contents live in the program's memory: reading them yields what was put in.</summary>
    public static bool IsInMemoryType(ITypeSymbol? type) => type != null && InMemoryTypes.Contains(FullName(type));

    /// <summary>Readers and streams that wrap another stream given to their constructor or factory.</summary>
    public static bool IsWrappingReader(ITypeSymbol? type)
    {
        for (var current = type; current != null; current = current.BaseType)
        {
            if (WrappingReaders.Contains(FullName(current)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads of a stream, reader or XML reader: external unless the object reads from memory.</summary>
    public static bool IsStreamRead(IMethodSymbol method) =>
        IsOn(method, "System.IO.Stream") || IsOn(method, "System.IO.TextReader") || IsOn(method, "System.IO.BinaryReader") || IsOn(method, "System.Xml.XmlReader");

    /// <summary>Names of calls that may fill a buffer argument with data from a stream or socket.</summary>
    public static bool IsBufferFill(string name) => BufferFillNames.Contains(name);

    /// <summary>Whether a call fills its buffer argument with external data (stream, socket or reader reads).</summary>
    public static bool FillsBufferFromOutside(IMethodSymbol method) =>
        BufferFillNames.Contains(method.Name)
        && (IsOn(method, "System.IO.Stream") || IsOn(method, "System.Net.Sockets.Socket") || IsOn(method, "System.IO.TextReader")
            || IsOn(method, "System.IO.BinaryReader") || IsOn(method, "System.Net.Sockets.NetworkStream"));

    public static bool IsExternalSource(ISymbol member) => Matches(member, member is IPropertySymbol ? ExternalProperties : ExternalMethods);

    public static bool IsConfiguration(ISymbol member) => Matches(member, ConfigurationMembers);

    /// <summary>Whether <paramref name="member"/> neutralises data for <paramref name="concern"/> (any concern for <see cref="SinkConcern.Generic"/>).</summary>
    public static bool IsSanitiser(ISymbol member, SinkConcern concern = SinkConcern.Generic)
    {
        var name = member.Name;
        foreach (var type in TypeAndBases(member))
        {
            if (Sanitisers.TryGetValue(FullName(type), out var entries)
                && entries.Any(e => Array.IndexOf(e.Names, name) >= 0 && (concern == SinkConcern.Generic || Array.IndexOf(e.Concerns, concern) >= 0)))
            {
                return true;
            }
        }

        // Parsing into a value type (int.Parse, DateTime.TryParse, …) leaves nothing that can carry an injection.
        return member is IMethodSymbol { Name: "Parse" or "TryParse" or "ParseExact" or "TryParseExact", ContainingType.IsValueType: true };
    }

    /// <summary>
    /// Members whose value changes from run to run whatever their arguments: clocks, stopwatches, random numbers,
    /// new GUIDs. Their results are computed inside the program, never constants.
    /// </summary>
    public static bool IsNondeterministic(ISymbol member)
    {
        foreach (var type in TypeAndBases(member))
        {
            if (Nondeterministic.TryGetValue(FullName(type), out var names) && (names is null || Array.IndexOf(names, member.Name) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a type is, or derives from, the class named <paramref name="metadataName"/> (interfaces are not looked at).</summary>
    public static bool IsOrDerivesFrom(ITypeSymbol? type, string metadataName)
    {
        for (var current = type; current != null; current = current.BaseType)
        {
            if (FullName(current) == metadataName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>GetType()</c> and the names of types and members: text the program's own declarations fix, which holds no
    /// input even when asked of an object that came from outside.
    /// </summary>
    public static bool IsProgramMetadata(ISymbol member) =>
        member.DeclaringSyntaxReferences.IsEmpty && Matches(member, ProgramMetadata)
        // Type.GetType("name") shares the name but looks a type up by text, which is what that text makes it.
        && member is IPropertySymbol or IMethodSymbol { IsStatic: false, Parameters.Length: 0 };

    /// <summary>Calls that fill a buffer argument with random bytes (<c>RandomNumberGenerator.Fill</c>, <c>Random.NextBytes</c>).</summary>
    public static bool FillsBufferWithRandomness(IMethodSymbol method) =>
        method.Name is "Fill" or "GetBytes" or "GetNonZeroBytes" or "NextBytes"
        && (IsOn(method, "System.Security.Cryptography.RandomNumberGenerator") || IsOn(method, "System.Random"));

    private static IEnumerable<INamedTypeSymbol> TypeAndBases(ISymbol member)
    {
        for (var type = member.ContainingType; type != null; type = type.BaseType)
        {
            yield return type;
        }
    }

    /// <summary>Whether the member is declared on, or overrides or implements a member of, the named type.</summary>
    public static bool IsOn(ISymbol member, string typeMetadataName)
    {
        for (var type = member.ContainingType; type != null; type = type.BaseType)
        {
            if (FullName(type) == typeMetadataName)
            {
                return true;
            }
        }

        return member.ContainingType?.AllInterfaces.Any(i => FullName(i) == typeMetadataName) == true;
    }

    /// <summary>The namespace-qualified metadata name of a type, with arity suffix for generics: <c>System.Collections.Generic.List`1</c>.</summary>
    public static string FullName(ITypeSymbol type) => FullNames.GetValue(type.OriginalDefinition, ComputeFullName);

    private static string ComputeFullName(ITypeSymbol definition)
    {
        var name = definition is INamedTypeSymbol { Arity: > 0 } named ? named.MetadataName : definition.Name;
        var ns = definition.ContainingNamespace;
        var prefix = definition.ContainingType != null ? FullName(definition.ContainingType) + "+" :
            ns is null || ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString() + ".";
        return prefix + name;
    }

    private static bool Matches(ISymbol member, Dictionary<string, string[]> table)
    {
        var name = member is IPropertySymbol { IsIndexer: true } ? "Item" : member.Name;
        for (var type = member.ContainingType; type != null; type = type.BaseType)
        {
            if (table.TryGetValue(FullName(type), out var names) && Array.IndexOf(names, name) >= 0)
            {
                return true;
            }
        }

        foreach (var iface in member.ContainingType?.AllInterfaces ?? [])
        {
            if (table.TryGetValue(FullName(iface), out var names) && Array.IndexOf(names, name) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

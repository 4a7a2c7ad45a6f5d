namespace SecurityGate.Core.Tests.Infrastructure.Stubs;

/// <summary>System.DirectoryServices, System.DirectoryServices.Protocols and the AntiXSS LDAP encoders (not in the framework on Linux).</summary>
internal static class DirectoryServicesStubs
{
    public const string Source =
        """
        namespace System.DirectoryServices
        {
            public class DirectoryEntry : System.ComponentModel.Component
            {
                public DirectoryEntry() { }
                public DirectoryEntry(string? path) { }
                public DirectoryEntry(string? path, string? username, string? password) { }
                public string Path { get; set; } = string.Empty;
            }
            public class SearchResult { }
            public class SearchResultCollection { }
            public class DirectorySearcher : System.ComponentModel.Component
            {
                public DirectorySearcher() { }
                public DirectorySearcher(DirectoryEntry? searchRoot) { }
                public DirectorySearcher(string? filter) { }
                public DirectorySearcher(DirectoryEntry? searchRoot, string? filter) { }
                public DirectorySearcher(string? filter, string[]? propertiesToLoad) { }
                public string? Filter { get; set; }
                public DirectoryEntry? SearchRoot { get; set; }
                public SearchResult? FindOne() => null;
                public SearchResultCollection FindAll() => new();
            }
        }
        namespace System.DirectoryServices.Protocols
        {
            public enum SearchScope { Base = 0, OneLevel = 1, Subtree = 2 }
            public abstract class DirectoryRequest { }
            public class SearchRequest : DirectoryRequest
            {
                public SearchRequest() { }
                public SearchRequest(string? distinguishedName, string? ldapFilter, SearchScope searchScope, params string[]? attributeList) { }
                public string? DistinguishedName { get; set; }
                public object? Filter { get; set; }
            }
        }
        namespace Microsoft.Security.Application
        {
            public static class Encoder
            {
                public static string LdapFilterEncode(string input) => input;
                public static string LdapDistinguishedNameEncode(string input) => input;
            }
        }
        """;
}

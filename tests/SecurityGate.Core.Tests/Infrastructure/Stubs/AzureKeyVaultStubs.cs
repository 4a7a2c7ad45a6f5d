namespace SecurityGate.Core.Tests.Infrastructure.Stubs;

/// <summary>Azure.Security.KeyVault.Secrets' <c>SecretClient</c> and <c>KeyVaultSecret</c>, and Azure.Core's <c>Response&lt;T&gt;</c>.</summary>
internal static class AzureKeyVaultStubs
{
    public const string Source =
        """
        namespace Azure
        {
            public abstract class Response<T>
            {
                public abstract T Value { get; }
                public static implicit operator T(Response<T> response) => response.Value;
            }
        }
        namespace Azure.Security.KeyVault.Secrets
        {
            public class KeyVaultSecret
            {
                public KeyVaultSecret(string name, string value) { Name = name; Value = value; }
                public string Name { get; }
                public string Value { get; set; }
            }
            public class SecretClient
            {
                protected SecretClient() { }
                public virtual Azure.Response<KeyVaultSecret> GetSecret(string name, string? version = null, System.Threading.CancellationToken cancellationToken = default) => null!;
                public virtual System.Threading.Tasks.Task<Azure.Response<KeyVaultSecret>> GetSecretAsync(string name, string? version = null, System.Threading.CancellationToken cancellationToken = default) => null!;
            }
        }
        """;
}

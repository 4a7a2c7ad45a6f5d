namespace SecurityGate.Core.Tests.Infrastructure.Stubs;

/// <summary>
/// Token validation, authentication options, cookies, CORS, connection-string providers, EF Core provider
/// extensions and legacy serializers: the third-party APIs the hardcoded-config rules look at.
/// </summary>
internal static class HardcodedConfigStubs
{
    public const string Source =
        """
        namespace Microsoft.IdentityModel.Tokens
        {
            public abstract class SecurityKey { }
            public class SymmetricSecurityKey : SecurityKey { public SymmetricSecurityKey(byte[] key) { } }
            public class TokenValidationParameters
            {
                public bool ValidateIssuer { get; set; } = true;
                public bool ValidateAudience { get; set; } = true;
                public bool ValidateLifetime { get; set; } = true;
                public bool ValidateIssuerSigningKey { get; set; }
                public bool RequireSignedTokens { get; set; } = true;
                public bool RequireExpirationTime { get; set; } = true;
                public string? ValidIssuer { get; set; }
                public string? ValidAudience { get; set; }
                public SecurityKey? IssuerSigningKey { get; set; }
            }
        }
        namespace Microsoft.AspNetCore.Authentication.JwtBearer
        {
            public class JwtBearerOptions
            {
                public string? Authority { get; set; }
                public bool RequireHttpsMetadata { get; set; } = true;
                public Microsoft.IdentityModel.Tokens.TokenValidationParameters TokenValidationParameters { get; set; } = new();
            }
        }
        namespace Microsoft.AspNetCore.Authentication.OpenIdConnect
        {
            public class OpenIdConnectOptions
            {
                public string? Authority { get; set; }
                public string? ClientId { get; set; }
                public string? ClientSecret { get; set; }
                public bool RequireHttpsMetadata { get; set; } = true;
                public Microsoft.IdentityModel.Tokens.TokenValidationParameters TokenValidationParameters { get; set; } = new();
            }
        }
        namespace Microsoft.AspNetCore.Http
        {
            public enum SameSiteMode { Unspecified = -1, None = 0, Lax = 1, Strict = 2 }
            public enum CookieSecurePolicy { SameAsRequest, Always, None }
            public class CookieOptions
            {
                public bool Secure { get; set; }
                public bool HttpOnly { get; set; }
                public SameSiteMode SameSite { get; set; } = SameSiteMode.Lax;
                public string? Path { get; set; } = "/";
            }
            public class CookieBuilder
            {
                public virtual string? Name { get; set; }
                public virtual bool HttpOnly { get; set; }
                public virtual CookieSecurePolicy SecurePolicy { get; set; }
                public virtual SameSiteMode SameSite { get; set; } = SameSiteMode.Unspecified;
            }
        }
        namespace Microsoft.AspNetCore.Cors.Infrastructure
        {
            public class CorsPolicy { }
            public class CorsPolicyBuilder
            {
                public CorsPolicyBuilder(params string[] origins) { }
                public CorsPolicyBuilder WithOrigins(params string[] origins) => this;
                public CorsPolicyBuilder AllowAnyOrigin() => this;
                public CorsPolicyBuilder AllowAnyHeader() => this;
                public CorsPolicyBuilder AllowAnyMethod() => this;
                public CorsPolicyBuilder WithMethods(params string[] methods) => this;
                public CorsPolicyBuilder AllowCredentials() => this;
                public CorsPolicyBuilder DisallowCredentials() => this;
                public CorsPolicyBuilder SetIsOriginAllowed(System.Func<string, bool> isOriginAllowed) => this;
                public CorsPolicy Build() => new();
            }
            public class CorsOptions
            {
                public void AddPolicy(string name, System.Action<CorsPolicyBuilder> configurePolicy) { }
                public void AddDefaultPolicy(System.Action<CorsPolicyBuilder> configurePolicy) { }
            }
        }
        namespace Microsoft.Data.SqlClient
        {
            public sealed class SqlConnectionStringBuilder : System.Data.Common.DbConnectionStringBuilder
            {
                public SqlConnectionStringBuilder() { }
                public SqlConnectionStringBuilder(string connectionString) { }
                public string DataSource { get; set; } = "";
                public string UserID { get; set; } = "";
                public string Password { get; set; } = "";
                public string InitialCatalog { get; set; } = "";
            }
        }
        namespace Npgsql
        {
            public sealed class NpgsqlConnection : System.Data.Common.DbConnection
            {
                public NpgsqlConnection() { }
                public NpgsqlConnection(string connectionString) { }
                [System.Diagnostics.CodeAnalysis.AllowNull]
                public override string ConnectionString { get; set; } = "";
                public override string Database => "";
                public override string DataSource => "";
                public override string ServerVersion => "";
                public override System.Data.ConnectionState State => System.Data.ConnectionState.Closed;
                public override void ChangeDatabase(string databaseName) { }
                public override void Close() { }
                public override void Open() { }
                protected override System.Data.Common.DbTransaction BeginDbTransaction(System.Data.IsolationLevel isolationLevel) => throw new System.NotSupportedException();
                protected override System.Data.Common.DbCommand CreateDbCommand() => throw new System.NotSupportedException();
            }
        }
        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContextOptionsBuilder { }
            public static class SqlServerDbContextOptionsExtensions
            {
                public static DbContextOptionsBuilder UseSqlServer(this DbContextOptionsBuilder optionsBuilder, string? connectionString) => optionsBuilder;
            }
            public static class NpgsqlDbContextOptionsBuilderExtensions
            {
                public static DbContextOptionsBuilder UseNpgsql(this DbContextOptionsBuilder optionsBuilder, string? connectionString) => optionsBuilder;
            }
        }
        namespace Newtonsoft.Json
        {
            public enum TypeNameHandling { None = 0, Objects = 1, Arrays = 2, All = 3, Auto = 4 }
            public class JsonSerializerSettings { public TypeNameHandling TypeNameHandling { get; set; } }
            public class JsonSerializer { public virtual TypeNameHandling TypeNameHandling { get; set; } }
            public static class JsonConvert
            {
                public static T? DeserializeObject<T>(string value, JsonSerializerSettings? settings) => default;
            }
        }
        namespace System.Web.UI
        {
            public sealed class LosFormatter { public object Deserialize(string input) => input; }
            public sealed class ObjectStateFormatter { public object Deserialize(string inputString) => inputString; }
        }
        namespace System.Web.Script.Serialization
        {
            public abstract class JavaScriptTypeResolver { }
            public class SimpleTypeResolver : JavaScriptTypeResolver { }
            public class JavaScriptSerializer
            {
                public JavaScriptSerializer() { }
                public JavaScriptSerializer(JavaScriptTypeResolver? resolver) { }
                public T? Deserialize<T>(string input) => default;
            }
        }
        namespace System.Runtime.Serialization
        {
            public sealed class NetDataContractSerializer { public object? ReadObject(System.IO.Stream stream) => null; }
        }
        namespace System.Runtime.Serialization.Formatters.Soap
        {
            public sealed class SoapFormatter { public object? Deserialize(System.IO.Stream serializationStream) => null; }
        }
        """;
}

using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

/// <summary>SG5004–SG5013 except SG5006: security switches turned off in code.</summary>
public sealed class HardcodedConfigSwitchRuleTests
{
    [Fact]
    public void Callbacks_that_accept_every_certificate_are_reported()
    {
        const string source = """
            using System.Net;
            using System.Net.Http;
            using System.Net.Security;
            using System.Security.Cryptography.X509Certificates;
            class Tls
            {
                static bool AcceptAll(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) { return true; }
                static void Run(System.IO.Stream stream)
                {
                    var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
                    handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
                    ServicePointManager.ServerCertificateValidationCallback += delegate { return true; };
                    var ssl = new SslStream(stream, false, AcceptAll);
                }
            }
            """;
        Assert.Equal(["SG5004@10:91", "SG5004@11:61", "SG5004@12:68", "SG5004@13:48"], RuleHarness.Ids("SG5004", source));
    }

    [Fact]
    public void Callbacks_that_check_errors_stay_silent()
    {
        const string source = """
            using System.Net;
            using System.Net.Http;
            using System.Net.Security;
            using System.Security.Cryptography.X509Certificates;
            class Tls
            {
                static bool Check(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) { return errors == SslPolicyErrors.None; }
                static void Run(System.IO.Stream stream)
                {
                    var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, cert, _, errors) => errors == SslPolicyErrors.None };
                    ServicePointManager.ServerCertificateValidationCallback += delegate { return false; };
                    var ssl = new SslStream(stream, false, Check);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5004", source));
    }

    [Fact]
    public void Protocols_older_than_tls12_are_reported_where_configured()
    {
        const string source = """
            #pragma warning disable SYSLIB0039, CS0618
            using System.Net;
            using System.Security.Authentication;
            class Tls
            {
                static void Run(System.Net.Security.SslClientAuthenticationOptions options)
                {
                    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12;
                    options.EnabledSslProtocols = SslProtocols.Tls;
                }
            }
            """;
        Assert.Equal(["SG5005@8:48", "SG5005@9:39"], RuleHarness.Ids("SG5005", source));
    }

    [Fact]
    public void Modern_protocols_comparisons_and_removals_stay_silent()
    {
        const string source = """
            #pragma warning disable SYSLIB0039, CS0618
            using System.Net;
            using System.Security.Authentication;
            class Tls
            {
                static bool Run(System.Net.Security.SslClientAuthenticationOptions options)
                {
                    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;
                    options.EnabledSslProtocols = SslProtocols.None;
                    options.EnabledSslProtocols &= ~SslProtocols.Tls11;
                    return options.EnabledSslProtocols == SslProtocols.Tls || options.EnabledSslProtocols.HasFlag(SslProtocols.Ssl3);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5005", source));
    }

    [Fact]
    public void Token_checks_switched_off_are_reported()
    {
        const string source = """
            using Microsoft.IdentityModel.Tokens;
            class Auth
            {
                const bool Strict = false;
                static TokenValidationParameters Make()
                {
                    var parameters = new TokenValidationParameters { ValidateIssuer = false, ValidateAudience = true };
                    parameters.ValidateLifetime = Strict;
                    return parameters;
                }
            }
            """;
        Assert.Equal(["SG5007@7:58", "SG5007@8:9"], RuleHarness.Ids("SG5007", source));
    }

    [Fact]
    public void Token_checks_left_on_or_from_configuration_stay_silent()
    {
        const string source = """
            using Microsoft.IdentityModel.Tokens;
            class Auth
            {
                sealed class Validate { public bool Lifetime { get; set; } = true; }
                static TokenValidationParameters Make(Validate settings)
                {
                    var parameters = new TokenValidationParameters { ValidateIssuer = true, ValidateAudience = true };
                    parameters.ValidateLifetime = settings.Lifetime;
                    var other = new { ValidateIssuer = false };
                    return parameters;
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5007", source));
    }

    [Fact]
    public void Each_token_check_switched_off_names_its_own_consequence()
    {
        const string source = """
            using Microsoft.IdentityModel.Tokens;
            class Auth
            {
                static TokenValidationParameters Make(string issuer) => new()
                {
                    ValidIssuer = issuer,
                    ValidateIssuer = false,
                    ValidateAudience = false,
                    ValidateLifetime = false,
                    ValidateIssuerSigningKey = false,
                    RequireSignedTokens = false,
                    RequireExpirationTime = false,
                };
            }
            """;
        var messages = RuleHarness.Analyze(source).Where(f => f.Rule.Id == "SG5007").ToDictionary(f => f.Location.StartLine, f => f.Message);
        Assert.Equal([7, 8, 9, 10, 11, 12], messages.Keys.Order());
        Assert.Equal(
            "TokenValidationParameters.ValidateIssuer is switched off, so a token from any issuer is accepted as long as one of the trusted keys signed it (another tenant of a shared identity provider, for one); keep it on and set ValidIssuer or ValidIssuers",
            messages[7]);
        Assert.Equal(
            "TokenValidationParameters.ValidateAudience is switched off, so tokens issued for other applications and APIs are accepted here; keep it on and set ValidAudience or ValidAudiences",
            messages[8]);
        Assert.Equal("TokenValidationParameters.ValidateLifetime is switched off, so expired and not-yet-valid tokens are accepted; keep it on (ClockSkew allows for clock drift)", messages[9]);
        Assert.Equal(
            "TokenValidationParameters.ValidateIssuerSigningKey is switched off, so the signing key itself goes unchecked and a signature made with an expired certificate's key is accepted; keep it on",
            messages[10]);
        Assert.Equal("TokenValidationParameters.RequireSignedTokens is switched off, so unsigned tokens are accepted and anyone can forge one; keep it on", messages[11]);
        Assert.Equal("TokenValidationParameters.RequireExpirationTime is switched off, so tokens without an expiry time are accepted and never expire; keep it on and issue tokens with an expiry", messages[12]);
        Assert.All(messages.Where(m => m.Key is 7 or 8 or 9 or 12), m => Assert.DoesNotContain("forge", m.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Cookie_protection_switched_off_is_reported()
    {
        const string source = """
            using Microsoft.AspNetCore.Http;
            class Cookies
            {
                static void Configure(CookieBuilder builder)
                {
                    var options = new CookieOptions { Secure = false, HttpOnly = true };
                    options.HttpOnly = false;
                    builder.SecurePolicy = CookieSecurePolicy.None;
                }
            }
            """;
        Assert.Equal(["SG5008@6:43", "SG5008@7:9", "SG5008@8:9"], RuleHarness.Ids("SG5008", source));
    }

    [Fact]
    public void Cookie_protection_kept_on_stays_silent()
    {
        const string source = """
            using Microsoft.AspNetCore.Http;
            class Cookies
            {
                sealed class Flags { public bool Secure { get; set; } public bool HttpOnly { get; set; } }
                static void Configure(CookieBuilder builder, bool isDevelopment)
                {
                    var options = new CookieOptions { Secure = true, HttpOnly = true };
                    options.Secure = !isDevelopment;
                    builder.SecurePolicy = CookieSecurePolicy.Always;
                    var flags = new Flags { Secure = false, HttpOnly = false };
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5008", source));
    }

    [Fact]
    public void Any_origin_with_credentials_is_reported()
    {
        const string source = """
            using Microsoft.AspNetCore.Cors.Infrastructure;
            class Cors
            {
                static void Configure(CorsOptions options)
                {
                    options.AddPolicy("open", policy => policy.AllowAnyOrigin().AllowAnyHeader().AllowCredentials());
                    options.AddDefaultPolicy(policy =>
                    {
                        policy.SetIsOriginAllowed(_ => true);
                        policy.AllowCredentials();
                    });
                }
            }
            """;
        Assert.Equal(["SG5009@6:86", "SG5009@10:20"], RuleHarness.Ids("SG5009", source));
    }

    [Fact]
    public void Listed_origins_with_credentials_or_any_origin_without_stay_silent()
    {
        const string source = """
            using Microsoft.AspNetCore.Cors.Infrastructure;
            class Cors
            {
                static void Configure(CorsOptions options)
                {
                    options.AddPolicy("app", policy => policy.WithOrigins("https://app.example.com").AllowCredentials());
                    options.AddPolicy("public", policy => policy.AllowAnyOrigin().AllowAnyMethod());
                    options.AddDefaultPolicy(policy =>
                    {
                        policy.SetIsOriginAllowed(origin => origin.EndsWith(".example.com"));
                        policy.AllowCredentials();
                    });
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5009", source));
    }

    [Fact]
    public void Unsafe_deserializers_are_reported()
    {
        const string source = """
            #pragma warning disable SYSLIB0011
            using System.Runtime.Serialization.Formatters.Binary;
            using Newtonsoft.Json;
            class Serialization
            {
                static void Run()
                {
                    var formatter = new BinaryFormatter();
                    var los = new System.Web.UI.LosFormatter();
                    var js = new System.Web.Script.Serialization.JavaScriptSerializer(new System.Web.Script.Serialization.SimpleTypeResolver());
                    var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto };
                }
            }
            """;
        Assert.Equal(["SG5010@8:25", "SG5010@9:19", "SG5010@10:18", "SG5010@11:53"], RuleHarness.Ids("SG5010", source));
    }

    [Fact]
    public void Target_typed_unsafe_deserializers_are_reported_wherever_their_type_is_written_or_not()
    {
        const string source = """
            #pragma warning disable SYSLIB0011
            using System.Runtime.Serialization.Formatters.Binary;
            using Formatter = System.Runtime.Serialization.Formatters.Binary.BinaryFormatter;
            class Serialization
            {
                static BinaryFormatter field = new();
                static BinaryFormatter Returned() { return new(); }
                static Formatter Aliased => new();
                static void Run() => Use(new());
                static void Use(BinaryFormatter formatter) { }
            }
            """;
        Assert.Equal(["SG5010@6:36", "SG5010@7:48", "SG5010@8:33", "SG5010@9:30"], RuleHarness.Ids("SG5010", source));
    }

    [Fact]
    public void Target_typed_creations_of_other_types_stay_silent_for_the_deserializer_rule()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Text;
            using Newtonsoft.Json;
            class Serialization
            {
                static List<int> field = new();
                static StringBuilder Property { get; } = new();
                static JsonSerializerSettings Returned() { return new(); }
                static void Run() { Dictionary<string, int> local = new(); }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5010", source));
    }

    [Fact]
    public void Json_attributes_that_switch_type_names_on_are_reported()
    {
        const string source = """
            using Newtonsoft.Json;
            [JsonObject(ItemTypeNameHandling = TypeNameHandling.Auto)]
            class Envelope
            {
                public string? Kind { get; set; }
                [JsonProperty(TypeNameHandling = TypeNameHandling.All)]
                public object? Payload { get; set; }
                [JsonProperty("items", ItemTypeNameHandling = TypeNameHandling.Objects | TypeNameHandling.Arrays)]
                public object[]? Items { get; set; }
            }
            [JsonArray(ItemTypeNameHandling = TypeNameHandling.Arrays)]
            class Batch : System.Collections.Generic.List<object> { }
            """;
        Assert.Equal(["SG5010@2:13", "SG5010@6:19", "SG5010@8:28", "SG5010@11:12"], RuleHarness.Ids("SG5010", source));
    }

    [Fact]
    public void Json_attributes_with_type_names_off_stay_silent()
    {
        const string source = """
            using Newtonsoft.Json;
            [JsonObject(ItemTypeNameHandling = TypeNameHandling.None, Id = "envelope")]
            class Envelope
            {
                [JsonProperty(TypeNameHandling = TypeNameHandling.None)]
                public object? Payload { get; set; }
                [JsonProperty("items")]
                public object[]? Items { get; set; }
            }
            class Unrelated : System.Attribute { public TypeNameHandling TypeNameHandling { get; set; } }
            [Unrelated(TypeNameHandling = TypeNameHandling.All)]
            class Other { }
            """;
        Assert.Empty(RuleHarness.Ids("SG5010", source));
    }

    [Fact]
    public void Safe_serializers_stay_silent()
    {
        const string source = """
            using Newtonsoft.Json;
            class Serialization
            {
                static void Run()
                {
                    var json = System.Text.Json.JsonSerializer.Deserialize<int[]>("[1]");
                    var js = new System.Web.Script.Serialization.JavaScriptSerializer();
                    var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };
                    var contract = new System.Runtime.Serialization.DataContractSerializer(typeof(int[]));
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5010", source));
    }

    [Fact]
    public void Resolvers_and_dtd_parsing_switched_on_are_reported()
    {
        const string source = """
            using System.Xml;
            class Xml
            {
                static void Run()
                {
                    var document = new XmlDocument { XmlResolver = new XmlUrlResolver() };
                    var settings = new XmlReaderSettings();
                    settings.DtdProcessing = DtdProcessing.Parse;
                    var resolver = new XmlUrlResolver();
                    settings.XmlResolver = resolver;
                }
            }
            """;
        Assert.Equal(["SG5011@6:42", "SG5011@8:9", "SG5011@10:9"], RuleHarness.Ids("SG5011", source));
    }

    [Fact]
    public void Null_resolvers_and_prohibited_dtds_stay_silent()
    {
        const string source = """
            using System.Xml;
            class Xml
            {
                static void Run()
                {
                    var document = new XmlDocument { XmlResolver = null };
                    var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
                    settings.DtdProcessing = DtdProcessing.Ignore;
                    settings.XmlResolver = null;
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5011", source));
    }

    [Fact]
    public void Revocation_checks_switched_off_are_reported()
    {
        const string source = """
            using System.Net.Http;
            using System.Security.Cryptography.X509Certificates;
            class Revocation
            {
                static void Run(X509Chain chain, System.Net.Security.SslClientAuthenticationOptions options)
                {
                    chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                    var handler = new HttpClientHandler { CheckCertificateRevocationList = false };
                    options.CertificateRevocationCheckMode = X509RevocationMode.NoCheck;
                }
            }
            """;
        Assert.Equal(["SG5012@7:9", "SG5012@8:47", "SG5012@9:9"], RuleHarness.Ids("SG5012", source));
    }

    [Fact]
    public void Revocation_checks_kept_on_stay_silent()
    {
        const string source = """
            using System.Net.Http;
            using System.Security.Cryptography.X509Certificates;
            class Revocation
            {
                static void Run(X509Chain chain, System.Net.Security.SslClientAuthenticationOptions options)
                {
                    chain.ChainPolicy.RevocationMode = X509RevocationMode.Online;
                    var handler = new HttpClientHandler { CheckCertificateRevocationList = true };
                    options.CertificateRevocationCheckMode = X509RevocationMode.Offline;
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5012", source));
    }

    [Fact]
    public void Https_metadata_switched_off_is_reported()
    {
        const string source = """
            using Microsoft.AspNetCore.Authentication.JwtBearer;
            using Microsoft.AspNetCore.Authentication.OpenIdConnect;
            class Auth
            {
                static void Configure(JwtBearerOptions jwt)
                {
                    jwt.RequireHttpsMetadata = false;
                    var oidc = new OpenIdConnectOptions { Authority = "https://login.example.com", RequireHttpsMetadata = false };
                }
            }
            """;
        Assert.Equal(["SG5013@7:9", "SG5013@8:88"], RuleHarness.Ids("SG5013", source));
    }

    [Fact]
    public void Https_metadata_required_or_from_environment_stays_silent()
    {
        const string source = """
            using Microsoft.AspNetCore.Authentication.JwtBearer;
            using Microsoft.AspNetCore.Authentication.OpenIdConnect;
            class Auth
            {
                static void Configure(JwtBearerOptions jwt, bool isDevelopment)
                {
                    jwt.RequireHttpsMetadata = !isDevelopment;
                    var oidc = new OpenIdConnectOptions { Authority = "https://login.example.com", RequireHttpsMetadata = true };
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG5013", source));
    }
}

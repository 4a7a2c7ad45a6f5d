using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

public sealed class SensitiveLoggingRuleTests
{
    // SG2001: secrets

    [Fact]
    public void Secret_names_in_template_args_interpolations_and_concatenations_are_reported()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;
            class Login
            {
                private readonly ILogger<Login> _logger = null!;
                public void SignIn(string user, string password, string apiKey, char[] client_secret)
                {
                    _logger.LogInformation("User {User} signed in with {Password}", user, password);
                    _logger.LogWarning($"Key was {apiKey}");
                    Console.WriteLine("token: " + GetAccessToken());
                    Console.Error.WriteLine(client_secret);
                }
                private static string GetAccessToken() => Guid.NewGuid().ToString();
            }
            """;
        Assert.Equal(["SG2001@8:79", "SG2001@9:39", "SG2001@10:39", "SG2001@11:33"], RuleHarness.Ids("SG2001", source));
    }

    [Fact]
    public void Names_about_a_secret_and_values_that_cannot_hold_one_stay_silent()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;
            class Account
            {
                public string PasswordQuestion { get; set; } = "";
                public string PasswordHash { get; set; } = "";
                public int MinPasswordLength { get; set; }
                public string TokenType { get; set; } = "";
                public string TokenEndpoint { get; set; } = "";
                public string Secretary { get; set; } = "";
                public void Audit(ILogger logger, bool passwordValid, int tokenCount, string apiKey)
                {
                    logger.LogInformation("Question {Q}, hash {H}, min {M}", PasswordQuestion, PasswordHash, MinPasswordLength);
                    logger.LogInformation("Token type {T} from {E}", TokenType, TokenEndpoint);
                    logger.LogInformation("Valid {V}, tokens {C}, secretary {S}", passwordValid, tokenCount, Secretary);
                    logger.LogInformation("Key starts with {Prefix}", apiKey.Substring(0, 4));
                    Console.WriteLine("Enter your password:");
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG2001", source));
    }

    [Fact]
    public void Constant_secret_is_reported_but_a_label_or_placeholder_constant_is_not()
    {
        const string bad = """
            using System;
            class Setup
            {
                const string AdminPassword = "Tr0ub4dor&3";
                static void Main() => Console.WriteLine("Admin: " + AdminPassword);
            }
            """;
        const string good = """
            using System;
            class Setup
            {
                const string PASSWORD = "Password";
                const string ApiKey = "<your api key>";
                const string Token = "********";
                static void Main()
                {
                    Console.WriteLine(PASSWORD);
                    Console.WriteLine(ApiKey + " " + Token);
                }
            }
            """;
        Assert.Equal(["SG2001@5:57"], RuleHarness.Ids("SG2001", bad));
        Assert.Empty(RuleHarness.Ids("SG2001", good));
    }

    [Fact]
    public void Values_from_key_vault_secret_configuration_keys_and_password_connection_strings_are_reported()
    {
        const string source = """
            using Azure.Security.KeyVault.Secrets;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Logging;
            class Startup
            {
                public void Run(SecretClient client, IConfiguration config, ILogger logger)
                {
                    var value = client.GetSecret("db").Value.Value;
                    logger.LogDebug("Loaded {Value}", value);
                    logger.LogDebug("Smtp {P}", config["Smtp:Password"]);
                    logger.LogDebug("Server=db;User Id=sa;Password=hunter2");
                }
            }
            """;
        Assert.Equal(["SG2001@9:43", "SG2001@10:37", "SG2001@11:25"], RuleHarness.Ids("SG2001", source));
    }

    [Fact]
    public void Other_configuration_keys_secret_names_and_connection_strings_without_password_stay_silent()
    {
        const string source = """
            using Azure.Security.KeyVault.Secrets;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Logging;
            class Startup
            {
                public void Run(SecretClient client, IConfiguration config, ILogger logger)
                {
                    var secret = client.GetSecret("db").Value;
                    logger.LogDebug("Loaded secret {Name}", secret.Name);
                    logger.LogDebug("Smtp {H}", config["Smtp:Host"]);
                    logger.LogDebug("Server=db;Integrated Security=true");
                    logger.LogDebug("Login with password={Password}", config["Smtp:User"]);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG2001", source));
    }

    [Fact]
    public void Serilog_nlog_log4net_and_trace_sinks_are_recognised()
    {
        const string source = """
            using System.Diagnostics;
            class Jobs
            {
                private static readonly NLog.Logger NLogger = NLog.LogManager.GetCurrentClassLogger();
                private static readonly log4net.ILog Log4 = log4net.LogManager.GetLogger(typeof(Jobs));
                public void Run(string token, string pwd, string secretKey, string credentials, string tokenType)
                {
                    Serilog.Log.Information("Using {Token}", token);
                    NLogger.Info("Password {0}", pwd);
                    Log4.DebugFormat("Key {0}", secretKey);
                    Trace.TraceInformation(credentials);
                    Serilog.Log.Information("Using {Type}", tokenType);
                    NLogger.Info("Type {0}", tokenType);
                    Log4.Debug(tokenType);
                    Trace.WriteLine(tokenType);
                    new Audit().Write(token);
                }
            }
            class Audit { public void Write(string text) { } }
            """;
        Assert.Equal(
            ["SG2001@8:50", "SG2001@9:38", "SG2001@10:37", "SG2001@11:32"],
            RuleHarness.Ids("SG2001", source));
    }

    [Fact]
    public void Object_with_a_secret_member_written_whole_is_reported_naming_the_member()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;
            class LoginRequest { public string UserName { get; set; } = ""; public string Password { get; set; } = ""; }
            record Credentials(string UserName, string ApiKey);
            class Api
            {
                public void Handle(ILogger logger, LoginRequest login, Credentials credentials)
                {
                    logger.LogInformation("Request {@Login}", login);
                    Console.WriteLine(credentials);
                    logger.LogInformation("Request {Login}", login);
                    Console.WriteLine(login);
                }
            }
            """;
        Assert.Equal(["SG2001@9:51", "SG2001@10:27"], RuleHarness.Ids("SG2001", source));
        var message = Assert.Single(RuleHarness.Analyze(source), f => f.Rule.Id == "SG2001" && f.Location.StartLine == 9).Message;
        Assert.Contains("LoginRequest.Password", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Request_headers_form_fields_configuration_sections_and_json_of_objects_are_reported_by_their_key()
    {
        const string source = """
            using System.Text.Json;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Logging;
            class Signup { public string Email { get; set; } = ""; public string Password { get; set; } = ""; }
            class Audit
            {
                public void Record(ILogger logger, HttpRequest request, IConfiguration config, Signup signup)
                {
                    logger.LogInformation("Auth {A}", request.Headers["Authorization"]);
                    logger.LogInformation("Form {F}", (string?)request.Form["password"]);
                    logger.LogInformation("Jwt {S}", config.GetSection("Jwt:Secret").Value);
                    logger.LogInformation("Body " + JsonSerializer.Serialize(signup));
                    logger.LogInformation("Agent {A} {F} {S}", request.Headers["User-Agent"], (string?)request.Form["email"], config.GetSection("Jwt:Issuer").Value);
                }
            }
            """;
        Assert.Equal(
            ["SG2001@10:43", "SG2001@11:52", "SG2001@12:42", "SG2001@13:66"],
            RuleHarness.Ids("SG2001", source));
    }

    // SG2002: personal data

    [Fact]
    public void Personal_data_names_are_reported()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;
            class Customer
            {
                public string CardNumber { get; set; } = "";
                public DateTime DateOfBirth { get; set; }
            }
            class Billing
            {
                public void Charge(ILogger logger, Customer customer, string ssn, string iban)
                {
                    logger.LogInformation("Charging card {Card}", customer.CardNumber);
                    logger.LogInformation($"Born {customer.DateOfBirth:d}, SSN {ssn}");
                    Console.WriteLine("IBAN " + iban);
                }
            }
            """;
        Assert.Equal(
            ["SG2002@12:55", "SG2002@13:39", "SG2002@13:69", "SG2002@14:37"],
            RuleHarness.Ids("SG2002", source));
    }

    [Fact]
    public void Names_about_personal_data_and_flags_stay_silent()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;
            enum CardKind { Visa, Mastercard }
            class Billing
            {
                public void Charge(ILogger logger, string maskedCardNumber, int ssnLength, bool hasIban, CardKind creditCardType, string cardNumberLast4)
                {
                    logger.LogInformation("Card {Card} ({Kind}), last four {Last}", maskedCardNumber, creditCardType, cardNumberLast4);
                    logger.LogInformation("SSN length {L}, IBAN on file {I}", ssnLength, hasIban);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG2002", source));
    }

    [Fact]
    public void Members_marked_personal_data_are_reported_and_unmarked_members_are_not()
    {
        const string source = """
            using Microsoft.AspNetCore.Identity;
            using Microsoft.Extensions.Logging;
            class AppUser
            {
                [PersonalData] public string Nickname { get; set; } = "";
                [ProtectedPersonalData] public string HomeAddress { get; set; } = "";
                public string Theme { get; set; } = "";
            }
            class Profile
            {
                public void Show(ILogger logger, AppUser user)
                {
                    logger.LogInformation("Nick {N} at {A}", user.Nickname, user.HomeAddress);
                    logger.LogInformation("Theme {T}", user.Theme);
                }
            }
            """;
        Assert.Equal(["SG2002@13:50", "SG2002@13:65"], RuleHarness.Ids("SG2002", source));
    }

    [Fact]
    public void Objects_written_whole_report_their_personal_members_and_secret_members_under_their_own_rule()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;
            class Patient { public string Name { get; set; } = ""; public string Ssn { get; set; } = ""; }
            record Applicant(string Name, string PassportNumber, string Password);
            class Person
            {
                public string Name { get; set; } = "";
                public string TaxId { get; set; } = "";
                public override string ToString() => $"{Name} ({TaxId})";
            }
            class Pet
            {
                public string Name { get; set; } = "";
                public string Ssn { get; set; } = "";
                public override string ToString() => Name;
            }
            class Clinic
            {
                public void Admit(ILogger logger, Patient patient, Applicant applicant, Person person, Pet pet)
                {
                    logger.LogInformation("Admitted {@Patient}", patient);
                    Console.WriteLine(applicant);
                    logger.LogInformation("Person {P}", person);
                    logger.LogInformation("Admitted {Patient}", patient);
                    logger.LogInformation("Pet {P}", pet);
                }
            }
            """;
        Assert.Equal(
            ["SG2002@21:54", "SG2001@22:27", "SG2002@22:27", "SG2002@23:45"],
            RuleHarness.Ids("SG200", source).Where(id => id.StartsWith("SG2001", StringComparison.Ordinal) || id.StartsWith("SG2002", StringComparison.Ordinal)).ToArray());
    }

    // SG2003: exception details

    [Fact]
    public void Exception_text_and_stack_trace_on_the_console_are_reported()
    {
        const string source = """
            using System;
            class Program
            {
                static void Main()
                {
                    try { Run(); }
                    catch (InvalidOperationException ex)
                    {
                        Console.WriteLine(ex.ToString());
                        Console.Error.WriteLine($"Failed: {ex}");
                        Console.WriteLine(ex.StackTrace);
                        Console.WriteLine("Cause: " + ex.InnerException?.ToString());
                        Console.WriteLine(Environment.StackTrace);
                    }
                }
                static void Run() { }
            }
            """;
        Assert.Equal(
            ["SG2003@9:31", "SG2003@10:48", "SG2003@11:31", "SG2003@12:43", "SG2003@13:31"],
            RuleHarness.Ids("SG2003", source));
    }

    [Fact]
    public void Exception_given_to_a_logger_or_trace_and_its_message_on_the_console_stay_silent()
    {
        const string source = """
            using System;
            using System.Diagnostics;
            using Microsoft.Extensions.Logging;
            class Worker
            {
                public void Run(ILogger logger)
                {
                    try { Step(); }
                    catch (InvalidOperationException ex)
                    {
                        logger.LogError(ex, "Step failed");
                        Serilog.Log.Error(ex, "Step failed");
                        Trace.WriteLine(ex.ToString());
                        Debug.WriteLine(ex);
                        Console.WriteLine("Step failed: " + ex.Message);
                    }
                }
                static void Step() { }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG2003", source));
    }

    [Fact]
    public void Exception_details_in_http_responses_and_console_writers_held_in_locals_are_reported()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            class OrdersController : ControllerBase
            {
                public IActionResult Get()
                {
                    try { return Ok(); }
                    catch (Exception ex) { return Content(ex.ToString()); }
                }
                public IActionResult Put()
                {
                    try { return Ok(); }
                    catch (Exception ex) { return Ok(ex); }
                }
            }
            class Handler
            {
                public async Task Invoke(HttpContext context, Exception error)
                {
                    await context.Response.WriteAsync(error.StackTrace ?? "");
                    var err = Console.Error;
                    err.WriteLine(error);
                }
            }
            """;
        Assert.Equal(
            ["SG2003@11:47", "SG2003@16:42", "SG2003@23:43", "SG2003@25:23"],
            RuleHarness.Ids("SG2003", source));
    }

    [Fact]
    public void Generic_error_responses_and_other_writers_stay_silent()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            class OrdersController : ControllerBase
            {
                public IActionResult Get()
                {
                    try { return Ok(); }
                    catch (Exception ex) { return Ok(new { error = ex.Message }); }
                }
            }
            class Handler
            {
                public async Task Invoke(HttpContext context, Exception error)
                {
                    await context.Response.WriteAsync("An error occurred");
                    var writer = new StringWriter();
                    writer.WriteLine(error);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG2003", source));
    }

    [Fact]
    public void Exception_details_written_to_a_classic_asp_net_response_are_reported()
    {
        const string source = """
            using System;
            using System.Web;
            class Page
            {
                public void Handle(HttpResponse response, HttpResponseBase wrapped, Exception error)
                {
                    response.Write(error.StackTrace);
                    response.Write(error);
                    wrapped.Write(error.ToString());
                }
            }
            """;
        Assert.Equal(["SG2003@7:24", "SG2003@8:24", "SG2003@9:23"], RuleHarness.Ids("SG2003", source));
    }

    [Fact]
    public void A_generic_message_written_to_a_classic_asp_net_response_stays_silent()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Web;
            class Page
            {
                public void Handle(HttpResponse response, HttpResponseBase wrapped, Exception error, StringWriter log)
                {
                    response.Write("An error occurred");
                    wrapped.Write("An error occurred");
                    log.Write(error.StackTrace);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG2003", source));
    }

    // SG2004: log forging

    [Fact]
    public void A_parse_failure_message_quoting_outside_text_is_reported_when_logged()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;
            class Program
            {
                static void Run(ILogger logger)
                {
                    var text = Console.ReadLine()!;
                    try { var n = int.Parse(text); }
                    catch (FormatException ex) { logger.LogWarning(ex.Message); }
                    try { var d = Convert.ToDecimal(text); }
                    catch (Exception ex) { logger.LogWarning("Bad amount: " + ex.Message); }
                }
            }
            """;
        Assert.Equal(["SG2004@9:56", "SG2004@11:50"], RuleHarness.Ids("SG2004", source));
    }

    [Fact]
    public void A_parse_failure_of_fixed_text_its_stack_trace_another_exception_or_the_exception_itself_stays_silent()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;
            class Program
            {
                static void Run(ILogger logger)
                {
                    var text = Console.ReadLine()!;
                    try { var n = int.Parse("12"); }
                    catch (FormatException ex) { logger.LogWarning(ex.Message); }
                    try { var n = int.Parse(text); }
                    catch (FormatException ex) { logger.LogWarning(ex.StackTrace); }
                    try { var n = int.Parse(text); }
                    catch (OverflowException ex) { logger.LogWarning(ex.Message); }
                    try { var n = int.Parse(text); }
                    catch (FormatException ex) { logger.LogWarning(ex.ToString()); }
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG2004", source));
    }

    [Fact]
    public void A_parse_failure_message_on_dotnet_framework_stays_silent()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;
            [assembly: System.Runtime.Versioning.TargetFramework(".NETFramework,Version=v4.8")]
            class Program
            {
                static void Run(ILogger logger)
                {
                    var text = Console.ReadLine()!;
                    try { var n = int.Parse(text); }
                    catch (FormatException ex) { logger.LogWarning(ex.Message); }
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG2004", source));
    }

    [Fact]
    public void External_input_written_to_a_log_with_line_breaks_is_reported_at_the_argument()
    {
        const string source = """
            using System;
            using System.Diagnostics;
            using Microsoft.Extensions.Logging;
            class Program
            {
                static void Run(ILogger logger)
                {
                    var name = Console.ReadLine();
                    logger.LogInformation("User " + name);
                    logger.LogInformation("User {Name}", name);
                    Trace.TraceWarning($"Login by {name}");
                }
            }
            """;
        Assert.Equal(["SG2004@9:31", "SG2004@10:46", "SG2004@11:28"], RuleHarness.Ids("SG2004", source));
        var finding = Assert.Single(RuleHarness.Analyze(source), f => f.Rule.Id == "SG2004" && f.Location.StartLine == 9);
        Assert.Contains("Console.ReadLine()", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_with_line_breaks_removed_console_output_and_parsed_values_stay_silent()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;
            class Program
            {
                static void Run(ILogger logger)
                {
                    var name = Console.ReadLine();
                    var clean = name?.Replace("\r", "").Replace("\n", "");
                    logger.LogInformation("User " + clean);
                    logger.LogInformation("User {Name}", name?.Replace(Environment.NewLine, " ").Trim());
                    logger.LogInformation("User {Name}", name?.ReplaceLineEndings(" "));
                    logger.LogInformation("Age {Age}", int.Parse(name!));
                    Console.WriteLine("User " + name);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG2004", source));
    }

    [Fact]
    public void Line_breaks_removed_by_a_caller_protect_the_log_call_in_another_method()
    {
        const string source = """
            using System;
            using System.Text.RegularExpressions;
            using Microsoft.Extensions.Logging;
            class Audit
            {
                private readonly ILogger _logger;
                public Audit(ILogger logger) => _logger = logger;
                void Write(string user) => _logger.LogInformation("Login " + user);
                public void Cleaned() => Write(Regex.Replace(Environment.GetEnvironmentVariable("USER") ?? "", "[\r\n]", ""));
                public void Raw() => WriteRaw(Environment.GetEnvironmentVariable("USER") ?? "");
                void WriteRaw(string user) => _logger.LogInformation("Login " + user);
            }
            """;
        Assert.Equal(["SG2004@11:58"], RuleHarness.Ids("SG2004", source));
    }

    [Fact]
    public void Controller_input_to_nlog_is_reported_unless_a_regex_strips_line_breaks()
    {
        const string source = """
            using System.Text.RegularExpressions;
            using Microsoft.AspNetCore.Mvc;
            class SearchController : ControllerBase
            {
                private static readonly NLog.Logger Log = NLog.LogManager.GetCurrentClassLogger();
                public IActionResult Find(string query)
                {
                    Log.Warn("Search for " + query);
                    Log.Warn("Search for " + Regex.Replace(query, @"[\r\n]+", " "));
                    return Ok();
                }
            }
            """;
        Assert.Equal(["SG2004@8:18"], RuleHarness.Ids("SG2004", source));
    }

    [Fact]
    public void A_local_reassigned_after_cleaning_is_not_trusted()
    {
        const string bad = """
            using System;
            using Microsoft.Extensions.Logging;
            class Program
            {
                static void Run(ILogger logger, bool raw)
                {
                    var input = Console.ReadLine() ?? "";
                    var text = input.Replace("\n", "");
                    if (raw) { text = input; }
                    logger.LogWarning(text);
                }
            }
            """;
        const string good = """
            using System;
            using Microsoft.Extensions.Logging;
            class Program
            {
                static void Run(ILogger logger)
                {
                    var input = Console.ReadLine() ?? "";
                    var text = input.Replace("\n", "");
                    logger.LogWarning(text);
                    logger.LogWarning("Count {Count}", input.Length);
                    logger.LogWarning("Id {Id}", Guid.NewGuid().ToString());
                }
            }
            """;
        Assert.Equal(["SG2004@10:27"], RuleHarness.Ids("SG2004", bad));
        Assert.Empty(RuleHarness.Ids("SG2004", good));
    }

    [Fact]
    public void Numbers_dates_guids_and_enums_of_any_origin_cannot_forge_a_log_entry_but_their_text_twin_can()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;
            public class Program
            {
                public void Run(ILogger logger, int customerId, Guid orderId, DateTime at, DayOfWeek day, long? total, string note)
                {
                    logger.LogInformation("Customer {Id} order {Order} at {At} on {Day} total {Total}", customerId, orderId, at, day, total);
                    logger.LogInformation("Customer " + customerId.ToString() + " order " + orderId);
                    logger.LogInformation("Customer {Id} says {Note}", customerId, note);
                }
            }
            """;
        Assert.Equal(["SG2004@9:72"], RuleHarness.Ids("SG2004", source));
    }
    [Fact]
    public void Secret_copied_into_a_neutral_local_is_reported_but_a_copy_of_a_user_name_is_not()
    {
        const string source = """
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Logging;
            class Program
            {
                public void Run(ILogger logger, IConfiguration configuration, string password)
                {
                    var data = password;
                    logger.LogDebug("Using " + data);
                    var line = $"db user app, pw {password}";
                    logger.LogDebug(line);
                    var user = configuration["Db:User"];
                    var copy = user;
                    logger.LogDebug("Using " + copy);
                    var reassigned = password;
                    reassigned = "hidden";
                    logger.LogDebug("Using " + reassigned);
                }
            }
            """;
        Assert.Equal(["SG2001@8:36", "SG2001@10:25"], RuleHarness.Ids("SG2001", source));
    }
}

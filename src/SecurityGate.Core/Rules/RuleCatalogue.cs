using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules;

/// <summary>
/// The one place that names every rule: ID, category, title and CWE.
/// IDs are stable: a rule that is retired keeps its number unused.
/// </summary>
public static class RuleCatalogue
{
    /// <summary>Where the rule pages live; each rule appends <c>{ID}.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/SecurityGate/SecurityGate.Build/blob/main/docs/rules/";

    // input-validation
    /// <summary>SG1001.</summary>
    public static readonly RuleDescriptor SqlInjection = new("SG1001", Category.InputValidation, "SQL command text built from external input", 89);
    /// <summary>SG1002.</summary>
    public static readonly RuleDescriptor PathTraversal = new("SG1002", Category.InputValidation, "File-system path built from external input", 22);
    /// <summary>SG1003.</summary>
    public static readonly RuleDescriptor LdapInjection = new("SG1003", Category.InputValidation, "LDAP filter or path built from external input", 90);
    /// <summary>SG1004.</summary>
    public static readonly RuleDescriptor XPathInjection = new("SG1004", Category.InputValidation, "XPath expression built from external input", 643);
    /// <summary>SG1005.</summary>
    public static readonly RuleDescriptor RegexInjection = new("SG1005", Category.InputValidation, "Regular expression pattern built from external input", 1333);
    /// <summary>SG1006.</summary>
    public static readonly RuleDescriptor RegexWithoutTimeout = new("SG1006", Category.InputValidation, "Regular expression run on external input without a timeout", 1333);
    /// <summary>SG1007.</summary>
    public static readonly RuleDescriptor OpenRedirect = new("SG1007", Category.InputValidation, "Redirect target built from external input", 601);
    /// <summary>SG1008.</summary>
    public static readonly RuleDescriptor XmlExternalEntities = new("SG1008", Category.InputValidation, "XML reader with DTD processing on external input", 611);

    // sensitive-logging
    /// <summary>SG2001.</summary>
    public static readonly RuleDescriptor SecretLogged = new("SG2001", Category.SensitiveLogging, "Secret written to a log or the console", 532);
    /// <summary>SG2002.</summary>
    public static readonly RuleDescriptor PersonalDataLogged = new("SG2002", Category.SensitiveLogging, "Personal data written to a log or the console", 359);
    /// <summary>SG2003.</summary>
    public static readonly RuleDescriptor ExceptionDetailsExposed = new("SG2003", Category.SensitiveLogging, "Exception details written where a user sees them", 209);
    /// <summary>SG2004.</summary>
    public static readonly RuleDescriptor LogForging = new("SG2004", Category.SensitiveLogging, "External input written to a log without removing line breaks", 117);

    // exception-handling
    /// <summary>SG3001.</summary>
    public static readonly RuleDescriptor CatchAll = new("SG3001", Category.ExceptionHandling, "Catch of Exception or SystemException without a filter or rethrow", 396);
    /// <summary>SG3002.</summary>
    public static readonly RuleDescriptor EmptyCatch = new("SG3002", Category.ExceptionHandling, "Empty catch block swallows errors", 1069);
    /// <summary>SG3003.</summary>
    public static readonly RuleDescriptor GenericExceptionThrown = new("SG3003", Category.ExceptionHandling, "Generic exception type thrown", 397);
    /// <summary>SG3004.</summary>
    public static readonly RuleDescriptor ProgrammingErrorCaught = new("SG3004", Category.ExceptionHandling, "Catch of an exception that signals a programming error", 395);
    /// <summary>SG3005.</summary>
    public static readonly RuleDescriptor FailureReportedAsSuccess = new("SG3005", Category.ExceptionHandling, "Catch block carries on as if nothing failed", 390);

    // command-execution
    /// <summary>SG4001.</summary>
    public static readonly RuleDescriptor ProcessArgumentsFromData = new("SG4001", Category.CommandExecution, "Process started with arguments that are not constant", 78);
    /// <summary>SG4002.</summary>
    public static readonly RuleDescriptor ProcessProgramFromData = new("SG4002", Category.CommandExecution, "Process started with a program path that is not constant", 426);
    /// <summary>SG4003.</summary>
    public static readonly RuleDescriptor ShellFedWithData = new("SG4003", Category.CommandExecution, "Shell command line built from data", 78);
    /// <summary>SG4004.</summary>
    public static readonly RuleDescriptor ShellExecuteWithData = new("SG4004", Category.CommandExecution, "UseShellExecute with a target that is not constant", 78);

    // hardcoded-config
    /// <summary>SG5001.</summary>
    public static readonly RuleDescriptor HardcodedCredential = new("SG5001", Category.HardcodedConfig, "Hard-coded password or credential", 798);
    /// <summary>SG5002.</summary>
    public static readonly RuleDescriptor HardcodedConnectionStringPassword = new("SG5002", Category.HardcodedConfig, "Connection string with a hard-coded password", 798);
    /// <summary>SG5003.</summary>
    public static readonly RuleDescriptor HardcodedCryptoKey = new("SG5003", Category.HardcodedConfig, "Hard-coded cryptographic key, IV or salt", 321);
    /// <summary>SG5004.</summary>
    public static readonly RuleDescriptor CertificateValidationDisabled = new("SG5004", Category.HardcodedConfig, "Certificate validation disabled", 295);
    /// <summary>SG5005.</summary>
    public static readonly RuleDescriptor WeakTlsProtocol = new("SG5005", Category.HardcodedConfig, "Hard-coded TLS protocol older than TLS 1.2", 327);
    /// <summary>SG5006.</summary>
    public static readonly RuleDescriptor SecretLiteralInSecretMember = new("SG5006", Category.HardcodedConfig, "Secret-looking literal assigned to a secret-named member", 798);
    /// <summary>SG5007.</summary>
    public static readonly RuleDescriptor TokenValidationDisabled = new("SG5007", Category.HardcodedConfig, "Token validation switched off in code", 347);
    /// <summary>SG5008.</summary>
    public static readonly RuleDescriptor InsecureCookie = new("SG5008", Category.HardcodedConfig, "Cookie protection switched off in code", 614);
    /// <summary>SG5009.</summary>
    public static readonly RuleDescriptor PermissiveCorsWithCredentials = new("SG5009", Category.HardcodedConfig, "CORS allows any origin together with credentials", 942);
    /// <summary>SG5010.</summary>
    public static readonly RuleDescriptor UnsafeDeserializer = new("SG5010", Category.HardcodedConfig, "Unsafe deserializer used", 502);
    /// <summary>SG5011.</summary>
    public static readonly RuleDescriptor XmlResolverEnabled = new("SG5011", Category.HardcodedConfig, "XML resolver set on a reader", 611);
    /// <summary>SG5012.</summary>
    public static readonly RuleDescriptor RevocationCheckDisabled = new("SG5012", Category.HardcodedConfig, "Certificate revocation check switched off", 299);
    /// <summary>SG5013.</summary>
    public static readonly RuleDescriptor HttpsMetadataNotRequired = new("SG5013", Category.HardcodedConfig, "HTTPS metadata requirement switched off", 319);

    // The gate itself
    /// <summary>SG0001: the gate failed internally and fails the build closed.</summary>
    public const string InternalErrorId = "SG0001";
    /// <summary>SG0002: a setting in a property or the policy file is invalid or unknown.</summary>
    public const string InvalidSettingId = "SG0002";
    /// <summary>SG0003: a source file does not parse with the gate's compiler.</summary>
    public const string SourceParseErrorId = "SG0003";
    /// <summary>SG0004: the policy file is not valid JSON.</summary>
    public const string MalformedPolicyId = "SG0004";
    /// <summary>SG0005: a file the gate must read cannot be read.</summary>
    public const string UnreadableFileId = "SG0005";
    /// <summary>SG0006: the per-project summary.</summary>
    public const string SummaryId = "SG0006";
    /// <summary>SG0007: a <c>SecurityGate*</c> property name that is close to a setting but is not one (a typo).</summary>
    public const string UnknownPropertyId = "SG0007";
    /// <summary>
    /// SG0008: the identity of the analysis hosted in the compiler (an analyzer the compiler runs only when one of its
    /// diagnostics is on); never reported.
    /// </summary>
    public const string CompilerHostId = "SG0008";

    /// <summary>Every rule, ordered by ID.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = typeof(RuleCatalogue)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(RuleDescriptor))
        .Select(f => (RuleDescriptor)f.GetValue(null)!)
        .OrderBy(r => r.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Finds a rule by its ID; the match is exact.</summary>
    public static RuleDescriptor? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    /// <summary>The severity a category has when neither a property nor a policy sets one.</summary>
    public static GateSeverity DefaultSeverity(Category category) => category switch
    {
        Category.SensitiveLogging or Category.ExceptionHandling => GateSeverity.Warning,
        _ => GateSeverity.Error,
    };

    /// <summary>The least trusted origin a category ignores; findings from a less trusted origin count.</summary>
    public static Origin DefaultMinimumOrigin(Category category) => category switch
    {
        Category.InputValidation => Origin.External,
        Category.CommandExecution => Origin.Internal,
        _ => Origin.Constant,
    };
}

using SecurityGate.Core.Gate;
using SecurityGate.Core.Model;
using SecurityGate.Core.Policy;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Tests.Policy;

public sealed class PolicyResolverTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sg-policy-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Project(string? csprojBody = null)
    {
        var directory = Path.Combine(_root, "src", "App");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "App.csproj");
        File.WriteAllText(path, csprojBody ?? "<Project Sdk=\"Microsoft.NET.Sdk\">\n</Project>\n");
        return path;
    }

    private void Policy(string json, string? folder = null) => File.WriteAllText(Path.Combine(folder ?? _root, "securitygate.json"), json);

    private static GatePolicy Resolve(string project, List<GateMessage> errors, Dictionary<string, string?>? properties = null, string? policyFile = null) =>
        PolicyResolver.Resolve(project, policyFile, properties ?? [], errors);

    [Fact]
    public void Defaults_apply_without_file_or_properties()
    {
        var errors = new List<GateMessage>();
        var policy = Resolve(Project(), errors);
        Assert.Empty(errors);
        Assert.Equal(GateSeverity.Error, policy.Categories[Category.InputValidation].Severity);
        Assert.Equal(GateSeverity.Warning, policy.Categories[Category.SensitiveLogging].Severity);
        Assert.Equal(GateSeverity.Warning, policy.Categories[Category.ExceptionHandling].Severity);
        Assert.Equal(GateSeverity.Error, policy.Categories[Category.CommandExecution].Severity);
        Assert.Equal(GateSeverity.Error, policy.Categories[Category.HardcodedConfig].Severity);
        Assert.All(policy.Categories.Values, c => Assert.Equal(0, c.Threshold));
        Assert.Equal(Origin.External, policy.Categories[Category.InputValidation].MinimumOrigin);
        Assert.Equal(Origin.Internal, policy.Categories[Category.CommandExecution].MinimumOrigin);
        Assert.Null(policy.PolicyFile);
    }

    [Fact]
    public void Policy_file_is_discovered_walking_up_and_allows_comments_and_trailing_commas()
    {
        var project = Project();
        Policy("""
            {
              // comments are allowed
              "$schema": "https://example.invalid/securitygate.schema.json",
              "categories": {
                "command-execution": { "severity": "warning", "threshold": 3, "minimumOrigin": "external", },
              },
              "rules": { "SG4003": "error", "SG4001": { "severity": "none" } },
              "exclude": ["**/Migrations/**"],
            }
            """);
        var errors = new List<GateMessage>();
        var policy = Resolve(project, errors);
        Assert.Empty(errors);
        Assert.Equal(Path.Combine(_root, "securitygate.json"), policy.PolicyFile);
        var category = policy.Categories[Category.CommandExecution];
        Assert.Equal((GateSeverity.Warning, 3, Origin.External), (category.Severity, category.Threshold, category.MinimumOrigin));
        Assert.Equal(GateSeverity.Error, policy.SeverityOf(RuleCatalogue.ShellFedWithData));
        Assert.Equal(GateSeverity.None, policy.SeverityOf(RuleCatalogue.ProcessArgumentsFromData));
        Assert.Equal(GateSeverity.Warning, policy.SeverityOf(RuleCatalogue.ProcessProgramFromData));
        Assert.Equal(["**/Migrations/**"], policy.Exclude);
    }

    [Fact]
    public void Properties_outrank_the_policy_file_rule_and_category_entries()
    {
        var project = Project();
        Policy("""{ "categories": { "command-execution": { "severity": "warning", "threshold": 3 } }, "rules": { "SG4003": "info" } }""");
        var errors = new List<GateMessage>();
        var policy = Resolve(project, errors, new()
        {
            ["SecurityGateCommandExecutionSeverity"] = "Error",
            ["SecurityGateCommandExecutionThreshold"] = " 1 ",
            ["SecurityGateInputValidationMinimumOrigin"] = "internal",
        });
        Assert.Empty(errors);
        Assert.Equal(GateSeverity.Error, policy.SeverityOf(RuleCatalogue.ShellFedWithData));
        Assert.Equal(1, policy.Categories[Category.CommandExecution].Threshold);
        Assert.Equal(Origin.Internal, policy.Categories[Category.InputValidation].MinimumOrigin);
    }

    [Fact]
    public void Explicit_policy_file_wins_over_discovery_and_a_missing_one_is_an_error()
    {
        var project = Project("<Project>\n  <PropertyGroup>\n    <SecurityGatePolicyFile>policies/strict.json</SecurityGatePolicyFile>\n  </PropertyGroup>\n</Project>\n");
        Policy("""{ "categories": { "hardcoded-config": { "severity": "none" } } }""");
        var errors = new List<GateMessage>();
        Resolve(project, errors, policyFile: "policies/strict.json");
        var error = Assert.Single(errors);
        Assert.Equal("SG0005", error.Code);
        Assert.Equal((project, 3), (error.Location!.FilePath, error.Location.StartLine));
        Assert.Contains("strict.json", error.Text, StringComparison.Ordinal);

        Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(project)!, "policies"));
        Policy("""{ "categories": { "hardcoded-config": { "severity": "info" } } }""", Path.Combine(Path.GetDirectoryName(project)!, "policies"));
        File.Move(Path.Combine(Path.GetDirectoryName(project)!, "policies", "securitygate.json"), Path.Combine(Path.GetDirectoryName(project)!, "policies", "strict.json"));
        errors.Clear();
        var policy = Resolve(project, errors, policyFile: "policies/strict.json");
        Assert.Empty(errors);
        Assert.Equal(GateSeverity.Info, policy.Categories[Category.HardcodedConfig].Severity);
    }

    [Fact]
    public void Malformed_json_is_SG0004_at_its_line_and_column()
    {
        var project = Project();
        Policy("{\n  \"categories\": {\n    \"command-execution\": { \"severity\": \"error\" }\n    \"hardcoded-config\": {}\n  }\n}\n");
        var errors = new List<GateMessage>();
        Resolve(project, errors);
        var error = Assert.Single(errors);
        Assert.Equal("SG0004", error.Code);
        Assert.Equal(Path.Combine(_root, "securitygate.json"), error.Location!.FilePath);
        Assert.Equal((4, 5), (error.Location.StartLine, error.Location.StartColumn));
    }

    [Fact]
    public void Every_unknown_name_and_bad_value_is_SG0002_with_position_and_allowed_values()
    {
        var project = Project();
        Policy("""
            {
              "categories": {
                "sql": { "severity": "error" },
                "command-execution": { "severity": "fatal", "threshold": -1, "limit": 2, "minimumOrigin": "user" },
                "hardcoded-config": { "threshold": 1.5 }
              },
              "rules": { "SG9999": "error", "SG4001": { "severity": "loud", "note": "x" } },
              "exclude": "bin",
              "verbose": true
            }
            """);
        var errors = new List<GateMessage>();
        Resolve(project, errors);
        Assert.All(errors, e => Assert.Equal("SG0002", e.Code));
        var lines = errors.Select(e => $"{e.Location!.StartLine}:{e.Location.StartColumn}").ToArray();
        Assert.Equal(["3:5", "4:40", "4:62", "4:66", "4:95", "5:40", "7:14", "7:57", "7:65", "8:14", "9:3"], lines);
        Assert.Contains("Unknown category 'sql'. Allowed categories: input-validation, sensitive-logging, exception-handling, command-execution, hardcoded-config", errors[0].Text, StringComparison.Ordinal);
        Assert.Contains("allowed values: error, warning, info, none", errors[1].Text, StringComparison.Ordinal);
        Assert.Contains("a whole number from 0", errors[2].Text, StringComparison.Ordinal);
        Assert.Contains("Unknown key 'limit'", errors[3].Text, StringComparison.Ordinal);
        Assert.Contains("allowed values: constant, configuration, internal, external, unknown", errors[4].Text, StringComparison.Ordinal);
        Assert.Contains("Unknown rule 'SG9999'", errors[6].Text, StringComparison.Ordinal);
        Assert.Contains("Unknown key 'verbose'", errors[10].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireJustification_is_read_and_anything_but_true_or_false_is_SG0002_at_its_value()
    {
        var project = Project();
        Policy("""{ "requireJustification": true }""");
        var errors = new List<GateMessage>();
        Assert.True(Resolve(project, errors).RequireJustification);
        Assert.Empty(errors);
        Assert.False(GatePolicy.Default.RequireJustification);

        Policy("""
            {
              "requireJustification": "yes"
            }
            """);
        Resolve(project, errors);
        var error = Assert.Single(errors);
        Assert.Equal(("SG0002", 2, 27), (error.Code, error.Location!.StartLine, error.Location.StartColumn));
        Assert.Contains("requireJustification must be true or false", error.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_property_values_are_SG0002_pointing_at_the_property_in_the_project_file()
    {
        var project = Project("<Project>\n  <PropertyGroup>\n    <SecurityGateHardcodedConfigThreshold>many</SecurityGateHardcodedConfigThreshold>\n    <SecurityGateSensitiveLoggingSeverity>loud</SecurityGateSensitiveLoggingSeverity>\n  </PropertyGroup>\n</Project>\n");
        var errors = new List<GateMessage>();
        Resolve(project, errors, new()
        {
            ["SecurityGateHardcodedConfigThreshold"] = "many",
            ["SecurityGateSensitiveLoggingSeverity"] = "loud",
        });
        Assert.Equal(
            [
                $"{project}(4,6,4,42): error SG0002: Property SecurityGateSensitiveLoggingSeverity is 'loud'; allowed values: error, warning, info, none",
                $"{project}(3,6,3,42): error SG0002: Property SecurityGateHardcodedConfigThreshold is 'many'; allowed values: a whole number from 0 to 2147483647",
            ],
            errors.Select(e => e.ToString()).ToArray());
    }
}

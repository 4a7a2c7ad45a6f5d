using System.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;
using SecurityGate.Core.Policy;
using SecurityGate.Core.Reporting;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Gate;

/// <summary>Time spent in each phase of one gate run, for the benchmark.</summary>
/// <param name="Parse">Reading and parsing sources, building the compilation.</param>
/// <param name="SemanticSetup">
/// Loading the references' metadata and merging the declarations of all trees: work the first binding in a rule
/// would do anyway, done up front so it can be timed apart from the rules.
/// </param>
/// <param name="Rules">Running the rules (prefilter, binding of candidates, data flow).</param>
/// <param name="Reports">Policy evaluation and messages.</param>
public sealed record GateTimings(TimeSpan Parse, TimeSpan SemanticSetup, TimeSpan Rules, TimeSpan Reports)
{
    /// <summary>Semantic set-up and rules together.</summary>
    public TimeSpan Analysis => SemanticSetup + Rules;
}

/// <summary>The gate's single entry point: resolve the policy, load the project, run the rules, evaluate the policy.</summary>
public static class GateRunner
{
    /// <summary>Runs the gate for one project. Configuration problems come back as error messages, never as exceptions.</summary>
    public static GateResult Run(GateRequest request, CancellationToken cancellationToken = default) => Run(request, out _, cancellationToken);

    /// <summary>Runs the gate and reports how long each phase took.</summary>
    public static GateResult Run(GateRequest request, out GateTimings timings, CancellationToken cancellationToken = default) =>
        Run(request, compilation: null, out timings, cancellationToken);

    /// <summary>
    /// Runs the gate over a compilation the compiler built from the request's sources (the analysis hosted in the
    /// compiler), or, when <paramref name="compilation"/> is null, over the sources read and parsed here.
    /// </summary>
    public static GateResult Run(GateRequest request, CSharpCompilation? compilation, out GateTimings timings, CancellationToken cancellationToken = default)
    {
        var errors = new List<GateMessage>();
        var policy = PolicyResolver.Resolve(request.ProjectFile, request.PolicyFile, request.Properties, errors);
        var baseline = string.IsNullOrEmpty(request.BaselineFile) || request.UpdateBaseline ? null : FindingBaseline.Load(request.BaselineFile, errors);
        timings = new GateTimings(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        if (errors.Count > 0)
        {
            // A broken policy must not silently fall back to defaults: report it and analyse nothing.
            var count = errors.Count == 1 ? "1 configuration error" : $"{errors.Count} configuration errors";
            errors.Add(new GateMessage(GateMessageLevel.Info, RuleCatalogue.SummaryId, null, $"SecurityGate: nothing analysed — {count}. [{request.ProjectLabel}]"));
            return new GateResult(errors, Failed: true);
        }

        // Misspelt settings warn but do not stop the analysis: the rest of the policy is valid.
        errors.AddRange(PropertyNameCheck.Check(request.ProjectFile, request.GlobalPropertyNames));

        var clock = Stopwatch.StartNew();
        var project = compilation is null
            ? ProjectLoader.Load(request, policy, errors, cancellationToken)
            : ProjectLoader.FromCompilation(request, policy, compilation, cancellationToken);
        var parse = clock.Elapsed;

        clock.Restart();
        // No extra work: the first binding inside a rule would load the references and merge the declarations;
        // doing it here only lets the benchmark tell semantic set-up from rule time.
        _ = project.Compilation.GetSpecialType(Microsoft.CodeAnalysis.SpecialType.System_Object);
        _ = project.Compilation.GlobalNamespace.GetMembers();
        var semantic = clock.Elapsed;

        clock.Restart();
        var rules = RuleRegistry.All.Where(r => policy.SeverityOf(r.Descriptor) != GateSeverity.None).ToArray();
        var failures = new System.Collections.Concurrent.ConcurrentBag<AnalysisEngine.RuleFailure>();
        var findings = new AnalysisEngine(rules) { WalkTreesInPlace = compilation is not null }.Analyze(project.Compilation, project.TreesToAnalyze, failures.Add, cancellationToken);
        errors.AddRange(failures
            .OrderBy(f => f.Location.FilePath, StringComparer.Ordinal).ThenBy(f => f.Location.StartLine).ThenBy(f => f.Location.StartColumn).ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
            .Select(f => RuleFailureMessage(f, request.FailOnInternalError)));
        var ruleTime = clock.Elapsed;

        clock.Restart();
        GateResult Evaluate() => PolicyEvaluator.Evaluate(policy, findings, project.TreesToAnalyze.Length, errors, request.ProjectLabel, baseline);
        var result = Evaluate();
        if (request.UpdateBaseline && !string.IsNullOrEmpty(request.BaselineFile))
        {
            // Written, the new baseline accepts what this analysis counted, so the build that writes it passes on it;
            // unwritten, the result carries the error.
            TryWrite(request, "SecurityGateBaselineFile", request.BaselineFile, errors, () => baseline = FindingBaseline.Create(request.BaselineFile, Counted(result)));
            result = Evaluate();
        }

        if (!string.IsNullOrEmpty(request.SarifFile) && !TryWrite(request, "SecurityGateSarifFile", request.SarifFile, errors, () => SarifWriter.Write(request.SarifFile, result.Findings)))
        {
            result = Evaluate();
        }

        if (!string.IsNullOrEmpty(request.MarkdownFile) && !TryWrite(request, "SecurityGateMarkdownFile", request.MarkdownFile, errors, () => MarkdownWriter.Write(request.MarkdownFile, result, request.ProjectFile)))
        {
            result = Evaluate();
        }

        timings = new GateTimings(parse, semantic, ruleTime, clock.Elapsed);
        return result;
    }

    private static IEnumerable<Finding> Counted(GateResult result) =>
        result.Findings.Where(f => f.Level is not (GateMessageLevel.Suppressed or GateMessageLevel.Baselined)).Select(f => f.Finding);

    // Writes a file the gate is asked for (baseline, SARIF, Markdown), its folder created first. One it cannot write
    // is a setting to fix, not a defect of the gate: SG0002 naming the property, and the build fails (its stored
    // result carries the error, and the missing file makes the next build analyse and try again).
    private static bool TryWrite(GateRequest request, string property, string path, List<GateMessage> errors, Action write)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            write();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add(GateMessage.ConfigurationError(RuleCatalogue.InvalidSettingId, SourceSpan.FileOnly(request.ProjectFile),
                $"Property {property} is '{path}', which cannot be written ({e.GetType().Name}: {e.Message}); allowed values: a path to a file that can be created, or empty for none"));
            return false;
        }
    }

    private static GateMessage RuleFailureMessage(AnalysisEngine.RuleFailure failure, bool failClosed) => new(
        failClosed ? GateMessageLevel.Error : GateMessageLevel.Warning,
        RuleCatalogue.InternalErrorId,
        failure.Location,
        $"Rule {failure.Rule.Id} failed here ({failure.Exception.GetType().Name}: {failure.Exception.Message}); this node was not checked by it. "
            + (failClosed ? "The build fails closed; set SecurityGateFailOnInternalError=false to let it pass with a warning" : "Continuing because SecurityGateFailOnInternalError is false"),
        RuleCatalogue.HelpLinkBase + RuleCatalogue.InternalErrorId + ".md");
}

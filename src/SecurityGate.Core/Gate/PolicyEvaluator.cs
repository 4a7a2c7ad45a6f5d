using SecurityGate.Core.Model;
using SecurityGate.Core.Policy;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Gate;

/// <summary>
/// Applies the policy to findings: drops switched-off rules and trusted origins, decides per category whether
/// the threshold is exceeded, turns findings into messages and writes the summary line.
/// </summary>
public static class PolicyEvaluator
{
    /// <summary>Evaluates findings against the policy.</summary>
    /// <param name="policy">The effective policy.</param>
    /// <param name="findings">All findings, in deterministic order.</param>
    /// <param name="fileCount">How many files were analysed, for the summary.</param>
    /// <param name="errors">Errors found while loading (unreadable or unparsable files); they come first and fail the build.</param>
    /// <param name="projectFile">
    /// The project, named at the end of the summary as MSBuild names it after diagnostics (see
    /// <see cref="GateRequest.ProjectLabel"/>), so the summaries of a parallel solution build, and of each framework of
    /// a multi-targeted project, can be told apart.
    /// </param>
    /// <param name="baseline">Findings accepted on adoption, which leave the counts; null for none.</param>
    public static GateResult Evaluate(GatePolicy policy, IReadOnlyList<Finding> findings, int fileCount, IReadOnlyList<GateMessage> errors, string? projectFile = null, FindingBaseline? baseline = null)
    {
        var reported = findings
            .Where(f => policy.SeverityOf(f.Rule) != GateSeverity.None && f.Origin >= policy.Categories[f.Rule.Category].MinimumOrigin)
            .ToList();

        // What takes a finding out of the counts: a suppression in source (under requireJustification only one that says
        // why), else the baseline, which accepts each of its entries once, in this order. Null: it counts.
        var match = baseline?.StartMatch();
        var outOfCount = reported
            .Select(f => IsSuppressed(f, policy) ? GateMessageLevel.Suppressed : match?.Accepts(f) == true ? GateMessageLevel.Baselined : (GateMessageLevel?)null)
            .ToList();
        var kept = reported.Where((_, i) => outOfCount[i] is null).ToList();
        var suppressedCount = outOfCount.Count(o => o == GateMessageLevel.Suppressed);
        var baselinedCount = outOfCount.Count(o => o == GateMessageLevel.Baselined);

        var failing = new HashSet<Category>();
        var parts = new List<string>();
        var verdicts = new List<string>();
        var clean = 0;
        foreach (var category in CategoryNames.All)
        {
            var settings = policy.Categories[category];
            var name = CategoryNames.ToId(category);
            var inCategory = kept.Where(f => f.Rule.Category == category).ToList();
            var gated = inCategory.Count(f => policy.SeverityOf(f.Rule) == GateSeverity.Error);
            if (settings.Severity == GateSeverity.None && inCategory.Count == 0)
            {
                parts.Add($"{name} off");
                continue;
            }

            if (gated > settings.Threshold)
            {
                failing.Add(category);
                parts.Add($"{name} {gated}/{settings.Threshold} FAILED");
                var over = gated - settings.Threshold;
                verdicts.Add($"{over} {(over == 1 ? "defect" : "defects")} over threshold in {name}");
            }
            else if (inCategory.Count == 0)
            {
                clean++;
            }
            else if (settings.Severity == GateSeverity.Error)
            {
                parts.Add($"{name} {gated}/{settings.Threshold} within threshold");
            }
            else
            {
                parts.Add($"{name} {inCategory.Count} ({GateSeverityNames.ToName(settings.Severity)})");
            }
        }

        var messages = new List<GateMessage>(errors);
        var logged = new List<ReportedFinding>(reported.Count);
        foreach (var (finding, i) in reported.Select((f, i) => (f, i)))
        {
            if (outOfCount[i] == GateMessageLevel.Suppressed)
            {
                var suppression = finding.Suppression!;
                var why = suppression.IsJustified ? $": {suppression.Justification}" : string.Empty;
                messages.Add(new GateMessage(GateMessageLevel.Suppressed, finding.Rule.Id, finding.Location, $"{finding.Message} (suppressed by the {suppression.Describe()}{why})", finding.Rule.HelpLink));
                logged.Add(new ReportedFinding(finding, GateMessageLevel.Suppressed, policy.SeverityOf(finding.Rule)));
                continue;
            }

            if (outOfCount[i] == GateMessageLevel.Baselined)
            {
                messages.Add(new GateMessage(GateMessageLevel.Baselined, finding.Rule.Id, finding.Location, $"{finding.Message} (accepted in the baseline {Path.GetFileName(baseline!.Path)})", finding.Rule.HelpLink));
                logged.Add(new ReportedFinding(finding with { Suppression = null }, GateMessageLevel.Baselined, policy.SeverityOf(finding.Rule)));
                continue;
            }

            var severity = policy.SeverityOf(finding.Rule);
            var level = severity switch
            {
                GateSeverity.Error when failing.Contains(finding.Rule.Category) => GateMessageLevel.Error,
                GateSeverity.Info => GateMessageLevel.Info,
                _ => GateMessageLevel.Warning,
            };
            var text = finding.Suppression is { } unjustified
                ? $"{finding.Message} (the {unjustified.Describe()} does not suppress it: the policy requires a justification)"
                : finding.Message;
            messages.Add(new GateMessage(level, finding.Rule.Id, finding.Location, text, finding.Rule.HelpLink));
            logged.Add(new ReportedFinding(finding with { Suppression = null }, level, severity));
        }

        if (clean > 0)
        {
            parts.Add($"{clean} {(clean == 1 ? "category" : "categories")} clean");
        }

        if (suppressedCount > 0)
        {
            parts.Add($"{suppressedCount} suppressed in source");
        }

        if (baselinedCount > 0)
        {
            parts.Add($"{baselinedCount} in baseline");
        }

        if (match?.Unmatched is > 0 and var gone)
        {
            parts.Add($"{gone} baseline {(gone == 1 ? "entry" : "entries")} no longer found");
        }

        var errorCount = errors.Count(e => e.Level == GateMessageLevel.Error);
        var verdict = errorCount > 0 ? $"{errorCount} configuration, source or rule {(errorCount == 1 ? "error" : "errors")}"
            : verdicts.Count > 0 ? string.Join(", ", verdicts)
            : kept.Count == 0 ? (suppressedCount + baselinedCount == 0 ? "no security defects found" : "no security defects reported")
            : $"no defects over threshold ({kept.Count} reported)";
        if (errorCount > 0 && verdicts.Count > 0)
        {
            verdict += ", " + string.Join(", ", verdicts);
        }

        var summary = $"SecurityGate: {fileCount} {(fileCount == 1 ? "file" : "files")}; {string.Join("; ", parts)} — {verdict}.{(projectFile is null ? string.Empty : $" [{projectFile}]")}";
        messages.Add(new GateMessage(GateMessageLevel.Info, RuleCatalogue.SummaryId, null, summary));
        return new GateResult(messages, Failed: errorCount > 0 || failing.Count > 0) { Findings = logged };
    }

    private static bool IsSuppressed(Finding finding, GatePolicy policy) =>
        finding.Suppression is { } suppression && (suppression.IsJustified || !policy.RequireJustification);
}

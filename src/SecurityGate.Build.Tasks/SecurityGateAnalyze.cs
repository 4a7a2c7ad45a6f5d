using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SecurityGate.Core.Gate;
using SecurityGate.Core.Rules;

namespace SecurityGate.Build.Tasks;

/// <summary>
/// Runs the gate over the project's sources and stores the result for <see cref="SecurityGateReport"/> to log.
/// Logs nothing itself unless the gate fails internally, so a fresh run and a replay print the same lines.
/// </summary>
/// <remarks>
/// By default (<c>SecurityGateAnalysisHost=compiler</c>) the compiler runs the analysis: the targets call this task with
/// <see cref="RequestOnly"/> before <c>CoreCompile</c>, which writes the request the compiler's analyzer answers, and
/// again after it, which stores the compiler's answer, or analyses here when the compiler gave none for this build.
/// With <c>SecurityGateAnalysisHost=msbuild</c> the targets call this task once, after <c>CoreCompile</c>. The
/// analysis reads only the sources and references, not the compiler's output, so with <c>SecurityGateConcurrentAnalysis</c> they call it twice: with
/// <see cref="StartOnly"/> before <c>CoreCompile</c>, which starts the analysis in the background and returns, and
/// after <c>CoreCompile</c>, which waits for it and stores the result; the gate then uses the cores the compiler
/// leaves idle. Without a started analysis the call after the compiler analyses on the spot. With
/// <see cref="WarmUpOnly"/> (<c>SecurityGateWarmUp</c>, the default) the call before <c>CoreCompile</c> only warms the
/// engine on a few files beside the compiler (<see cref="EngineWarmUp"/>); the call after it reuses what was read.
/// </remarks>
public sealed class SecurityGateAnalyze : Microsoft.Build.Utilities.Task
{
    /// <summary>The project file.</summary>
    [Required] public string ProjectFile { get; set; } = string.Empty;

    /// <summary>The <c>Compile</c> items.</summary>
    public ITaskItem[] Sources { get; set; } = [];

    /// <summary>The files source generators wrote in this build, when the project emits them (<c>EmitCompilerGeneratedFiles</c>).</summary>
    public ITaskItem[] GeneratedSources { get; set; } = [];

    /// <summary>Whether the analysis includes source generators' output (the project writes it to disk: <c>EmitCompilerGeneratedFiles</c>).</summary>
    public bool ReadsGeneratedSources { get; set; }

    /// <summary>The compiler's references (<c>ReferencePathWithRefAssemblies</c>).</summary>
    public ITaskItem[] References { get; set; } = [];

    /// <summary>The <c>SecurityGate*</c> settings: item spec is the property name, metadata <c>Value</c> its value.</summary>
    public ITaskItem[] Settings { get; set; } = [];

    /// <summary>Where the result is stored.</summary>
    [Required] public string ResultFile { get; set; } = string.Empty;

    /// <summary><c>$(SecurityGatePolicyFile)</c>.</summary>
    public string? PolicyFile { get; set; }

    /// <summary><c>$(LangVersion)</c>.</summary>
    public string? LangVersion { get; set; }

    /// <summary><c>$(DefineConstants)</c>.</summary>
    public string? DefineConstants { get; set; }

    /// <summary><c>$(Nullable)</c>.</summary>
    public string? Nullable { get; set; }

    /// <summary><c>$(OutputType)</c>.</summary>
    public string? OutputType { get; set; }

    /// <summary><c>$(AllowUnsafeBlocks)</c>.</summary>
    public bool AllowUnsafeBlocks { get; set; }

    /// <summary><c>$(AssemblyName)</c>.</summary>
    public string? AssemblyName { get; set; }

    /// <summary><c>$(SecurityGateFailOnInternalError)</c>: when false, an internal failure is a warning.</summary>
    public bool FailOnInternalError { get; set; } = true;

    /// <summary><c>$(SecurityGateRoslynSource)</c>: <c>auto</c> (default), <c>compiler</c> or <c>bundled</c>.</summary>
    public string? RoslynSource { get; set; }

    /// <summary>The folder of the compiler's Microsoft.CodeAnalysis.dll (<c>$(RoslynTargetsPath)/bincore</c> on .NET).</summary>
    public string? CompilerRoslynDirectory { get; set; }

    /// <summary><c>$(SecurityGateBaselineFile)</c> as a full path: findings accepted on adoption; empty for none.</summary>
    public string? BaselineFile { get; set; }

    /// <summary><c>$(SecurityGateUpdateBaseline)</c>: write the baseline from this analysis's findings.</summary>
    public bool UpdateBaseline { get; set; }

    /// <summary><c>$(SecurityGateSarifFile)</c> as a full path: where to write the findings as SARIF 2.1.0; empty for none.</summary>
    public string? SarifFile { get; set; }

    /// <summary><c>$(SecurityGateMarkdownFile)</c> as a full path: where to write the result as Markdown; empty for none.</summary>
    public string? MarkdownFile { get; set; }

    /// <summary>Start the analysis in the background and return; a later call without it waits for the result.</summary>
    public bool StartOnly { get; set; }

    /// <summary>With <see cref="StartOnly"/>: start only a warm-up of the engine, not the analysis itself.</summary>
    public bool WarmUpOnly { get; set; }

    /// <summary>
    /// The request file of the analysis hosted in the compiler (<c>SecurityGateAnalysisHost=compiler</c>); empty when
    /// the analysis runs in the build process. Before the compiler (<see cref="RequestOnly"/>) the request is written
    /// there; after it, the compiler's answer is taken from beside it, and without one the analysis runs here.
    /// </summary>
    public string? CompilerRequestFile { get; set; }

    /// <summary>Before the compiler: only write the request for the analysis hosted in the compiler.</summary>
    public bool RequestOnly { get; set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        if (RequestOnly)
        {
            return WriteCompilerRequest();
        }

        if (!StartOnly && !string.IsNullOrEmpty(CompilerRequestFile) && TakeCompilerAnswer() is { } taken)
        {
            return taken;
        }

        // Roslyn is chosen before Analyze is compiled: compiling it resolves Core's types, and they bind Roslyn.
        string roslyn;
        try
        {
            roslyn = RoslynLoader.Ensure(RoslynSource, CompilerRoslynDirectory).Describe();
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException or InvalidOperationException)
        {
            // Whatever the load context resolves on its own still runs the gate; Analyze reports if nothing does.
            roslyn = $"SecurityGate Roslyn: could not choose ({e.GetType().Name}: {e.Message})";
        }

        return StartOnly ? Start(roslyn) : Analyze(roslyn);
    }

    // Needs no Roslyn: the request is plain text, and the compiler analyses on its own copy.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool WriteCompilerRequest()
    {
        try
        {
            CompilerAnalysis.WriteRequest(CreateRequest(), CompilerRequestFile!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Not fatal: with no request the compiler analyses nothing, and the call after it analyses here.
            Log.LogMessage(MessageImportance.Normal, $"SecurityGate could not hand the analysis to the compiler ({e.GetType().Name}: {e.Message}); it runs after the compiler");
        }

        return true;
    }

    // The task's outcome when the compiler answered this build's request; null to analyse here.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool? TakeCompilerAnswer()
    {
        try
        {
            var answer = CompilerAnalysis.TakeAnswer(CompilerRequestFile!, out var whyNot);
            if (answer is null)
            {
                Log.LogMessage(MessageImportance.Normal, $"SecurityGate analyses in the build process: {whyNot}");
                return null;
            }

            answer.Result.Save(ResultFile);
            Log.LogMessage(MessageImportance.Normal, "SecurityGate Roslyn: the compiler's own (the analysis ran in the compiler)");
            Log.LogMessage(MessageImportance.Normal, TimingsLine(answer, "; ran in the compiler", "the compiler"));
            return true;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Start(string roslyn)
    {
        if (BuildEngine is not IBuildEngine4 engine)
        {
            return true;
        }

        IDisposable? pending = null;
        try
        {
            if (WarmUpOnly)
            {
                pending = PendingWarmUp.Start(CreateRequest(new InputCache()));
                engine.RegisterTaskObject(PendingWarmUp.KeyFor(ResultFile), pending, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
                Log.LogMessage(MessageImportance.Normal, roslyn);
                Log.LogMessage(MessageImportance.Normal, "SecurityGate engine warm-up started beside the compiler");
                return true;
            }

            pending = PendingAnalysis.Start(CreateRequest());
            engine.RegisterTaskObject(PendingAnalysis.KeyFor(ResultFile), pending, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
            Log.LogMessage(MessageImportance.Normal, roslyn);
            Log.LogMessage(MessageImportance.Normal, "SecurityGate analysis started beside the compiler");
        }
        catch (Exception e)
        {
            // Unregistered work would run on unobserved; stop it.
            pending?.Dispose();
            // Not fatal: the call after the compiler finds nothing started and analyses on the spot, failing closed there.
            Log.LogMessage(MessageImportance.Normal, $"SecurityGate could not start the analysis early ({e.GetType().Name}: {e.Message}); it runs after the compiler");
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Analyze(string roslyn)
    {
        try
        {
            var engine = BuildEngine as IBuildEngine4;
            var pending = engine?.UnregisterTaskObject(PendingAnalysis.KeyFor(ResultFile), RegisteredTaskObjectLifetime.Build) as PendingAnalysis;
            var clock = Stopwatch.StartNew();
            GateOutcome outcome;
            var warmUp = string.Empty;
            if (pending is null)
            {
                InputCache? inputs = null;
                if (engine?.UnregisterTaskObject(PendingWarmUp.KeyFor(ResultFile), RegisteredTaskObjectLifetime.Build) is PendingWarmUp warm)
                {
                    // Finished, not disposed: disposing lets go of what it read, which the analysis is about to use.
                    // The call that started it logged which Roslyn runs (one per process), so it is not repeated.
                    warmUp = "; " + warm.Finish();
                    inputs = warm.Inputs;
                }
                else
                {
                    Log.LogMessage(MessageImportance.Normal, roslyn);
                }

                outcome = GateOutcome.Run(CreateRequest(inputs), CancellationToken.None);
            }
            else
            {
                using (pending)
                {
                    outcome = pending.Wait();
                }
            }

            outcome.Result.Save(ResultFile);
            Log.LogMessage(
                MessageImportance.Normal,
                TimingsLine(outcome, pending is null ? warmUp : $"; started before the compiler, waited {clock.Elapsed.TotalMilliseconds:F0} ms after it", "this process"));
            return true;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    // One format wherever the analysis ran: the benchmark reads it.
    private static string TimingsLine(GateOutcome outcome, string how, string process)
    {
        var timings = outcome.Timings;
        return $"SecurityGate timings: parse {timings.Parse.TotalMilliseconds:F0} ms, analysis {timings.Analysis.TotalMilliseconds:F0} ms (semantic set-up {timings.SemanticSetup.TotalMilliseconds:F0} ms, rules {timings.Rules.TotalMilliseconds:F0} ms), reports {timings.Reports.TotalMilliseconds:F0} ms"
            + $"{how}; JIT compilation in {process} meanwhile {outcome.JitTime.TotalMilliseconds:F0} ms, GC pauses {outcome.GcPause.TotalMilliseconds:F0} ms (gen0/1/2 collections {outcome.GcCounts})";
    }

    private GateRequest CreateRequest(InputCache? inputs = null)
    {
        var globalProperties = (BuildEngine as IBuildEngine6)?.GetGlobalProperties() ?? new Dictionary<string, string>();
        return new()
        {
            Inputs = inputs,
            ProjectFile = ProjectFile,
            // A global property only in the inner builds of a multi-targeted project, where MSBuild names it after messages.
            TargetFramework = globalProperties.FirstOrDefault(p => string.Equals(p.Key, "TargetFramework", StringComparison.OrdinalIgnoreCase)).Value,
            SourceFiles = Sources.Select(s => s.GetMetadata("FullPath")).ToArray(),
            GeneratedSourceFiles = GeneratedSources.Select(s => s.GetMetadata("FullPath")).ToArray(),
            ReadsGeneratorOutput = ReadsGeneratedSources,
            ReferencePaths = References.Select(r => r.GetMetadata("FullPath")).ToArray(),
            LangVersion = LangVersion,
            DefineConstants = DefineConstants,
            Nullable = Nullable,
            OutputType = OutputType,
            AllowUnsafeBlocks = AllowUnsafeBlocks,
            PolicyFile = PolicyFile,
            BaselineFile = string.IsNullOrWhiteSpace(BaselineFile) ? null : BaselineFile,
            SarifFile = string.IsNullOrWhiteSpace(SarifFile) ? null : SarifFile,
            MarkdownFile = string.IsNullOrWhiteSpace(MarkdownFile) ? null : MarkdownFile,
            UpdateBaseline = UpdateBaseline,
            FailOnInternalError = FailOnInternalError,
            GlobalPropertyNames = globalProperties.Keys.ToArray(),
            AssemblyName = string.IsNullOrEmpty(AssemblyName) ? "Project" : AssemblyName!,
            Properties = Settings.ToDictionary(s => s.ItemSpec, s => (string?)s.GetMetadata("Value"), StringComparer.OrdinalIgnoreCase),
        };
    }

    private bool Fail(Exception e)
    {
        // Fail closed: no stored result, so the next build analyses again instead of replaying a gap.
        DeleteStaleResult();
        var text = $"SecurityGate could not analyse this project ({e.GetType().Name}: {e.Message}). "
            + (FailOnInternalError ? "The build fails closed; set SecurityGateFailOnInternalError=false to let it pass with a warning" : "Continuing because SecurityGateFailOnInternalError is false");
        if (FailOnInternalError)
        {
            Log.LogError(null, RuleCatalogue.InternalErrorId, null, RuleCatalogue.HelpLinkBase + RuleCatalogue.InternalErrorId + ".md", ProjectFile, 0, 0, 0, 0, text);
        }
        else
        {
            Log.LogWarning(null, RuleCatalogue.InternalErrorId, null, RuleCatalogue.HelpLinkBase + RuleCatalogue.InternalErrorId + ".md", ProjectFile, 0, 0, 0, 0, text);
        }

        return !FailOnInternalError;
    }

    private void DeleteStaleResult()
    {
        try
        {
            File.Delete(ResultFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // The result cannot exist where its folder cannot (a missing folder, a file in the way): nothing to replay.
            // Letting this escape would replace the one SG0001 line with MSBuild's MSB4018 crash report.
        }
    }
}

namespace SecurityGate.Core.Gate;

/// <summary>Everything the gate needs to know about one project build, as plain values (no MSBuild types).</summary>
public sealed record GateRequest
{
    /// <summary>The full path of the project file.</summary>
    public required string ProjectFile { get; init; }

    /// <summary>
    /// The target framework when it is a global property of the build, as in each inner build of a multi-targeted
    /// project; null otherwise.
    /// </summary>
    public string? TargetFramework { get; init; }

    /// <summary>
    /// The project as MSBuild names it after a message: the path, with <c>::TargetFramework=…</c> for an inner build of
    /// a multi-targeted project, so the summaries of its frameworks can be told apart.
    /// </summary>
    public string ProjectLabel => string.IsNullOrEmpty(TargetFramework) ? ProjectFile : $"{ProjectFile}::TargetFramework={TargetFramework}";

    /// <summary>Full paths of the C# files the compiler compiled.</summary>
    public required IReadOnlyList<string> SourceFiles { get; init; }

    /// <summary>
    /// Full paths of the files source generators wrote in this build (<c>EmitCompilerGeneratedFiles</c>): part of the
    /// compilation, so what they declare binds and data flow follows it, but analysed only when the policy analyses
    /// generated code.
    /// </summary>
    public IReadOnlyList<string> GeneratedSourceFiles { get; init; } = [];

    /// <summary>
    /// Whether the analysis includes what source generators add: true when the project writes their output to disk
    /// (<c>EmitCompilerGeneratedFiles</c>), where the build process reads it (<see cref="GeneratedSourceFiles"/>). The
    /// analysis hosted in the compiler has that output in memory either way and leaves it out when this is false, so
    /// both places analyse the same code and report the same findings.
    /// </summary>
    public bool ReadsGeneratorOutput { get; init; }

    /// <summary>Full paths of the reference assemblies the compiler used.</summary>
    public IReadOnlyList<string> ReferencePaths { get; init; } = [];

    /// <summary>The project's <c>LangVersion</c>; empty for the compiler default.</summary>
    public string? LangVersion { get; init; }

    /// <summary>The project's <c>DefineConstants</c>, separated by <c>;</c> or <c>,</c>.</summary>
    public string? DefineConstants { get; init; }

    /// <summary>The project's <c>Nullable</c> setting.</summary>
    public string? Nullable { get; init; }

    /// <summary>The project's <c>OutputType</c>.</summary>
    public string? OutputType { get; init; }

    /// <summary>The project's <c>AllowUnsafeBlocks</c>.</summary>
    public bool AllowUnsafeBlocks { get; init; }

    /// <summary>The full path of <c>SecurityGateBaselineFile</c>: findings accepted on adoption; null for none.</summary>
    public string? BaselineFile { get; init; }

    /// <summary><c>SecurityGateUpdateBaseline</c>: write <see cref="BaselineFile"/> from this analysis's findings, then apply it.</summary>
    public bool UpdateBaseline { get; init; }

    /// <summary>The full path of <c>SecurityGateSarifFile</c>: where to write the findings as SARIF 2.1.0; null for none.</summary>
    public string? SarifFile { get; init; }

    /// <summary>The full path of <c>SecurityGateMarkdownFile</c>: where to write the result as Markdown; null for none.</summary>
    public string? MarkdownFile { get; init; }

    /// <summary>The value of <c>SecurityGatePolicyFile</c>.</summary>
    public string? PolicyFile { get; init; }

    /// <summary>The <c>SecurityGate*</c> properties by name.</summary>
    public IReadOnlyDictionary<string, string?> Properties { get; init; } = new Dictionary<string, string?>();

    /// <summary>Names of the build's global properties, checked for misspelt SecurityGate settings.</summary>
    public IReadOnlyList<string> GlobalPropertyNames { get; init; } = [];

    /// <summary>When false, a rule that fails is reported as a warning instead of failing the build closed.</summary>
    public bool FailOnInternalError { get; init; } = true;

    /// <summary>The assembly name used for the compilation.</summary>
    public string AssemblyName { get; init; } = "Project";

    /// <summary>
    /// References and sources already read by an <see cref="EngineWarmUp"/> of this project, reused (references with
    /// the symbols built for them) where the files are unchanged; null reads everything afresh.
    /// </summary>
    public InputCache? Inputs { get; init; }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SecurityGate.Core.Gate;
using SecurityGate.Core.Rules;

namespace SecurityGate.Compiler;

/// <summary>
/// Answers the gate's request from inside the compiler, once the compilation is complete (see
/// <see cref="CompilerAnalysis"/>). Reports no diagnostic: the build reads the answer and logs it with the policy's
/// severities, as it logs an analysis it runs itself.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecurityGateCompilerAnalyzer : DiagnosticAnalyzer
{
    // Never reported. The compiler skips an analyzer whose every diagnostic is off, so this one is on and cannot be
    // configured off by a project's analyzer settings; the targets decide whether the analyzer runs at all.
    private static readonly DiagnosticDescriptor Host = new(
        RuleCatalogue.CompilerHostId,
        "SecurityGate analysis in the compiler",
        "SecurityGate analysis in the compiler",
        "SecurityGate",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: RuleCatalogue.HelpLinkBase + RuleCatalogue.CompilerHostId + ".md",
        customTags: [WellKnownDiagnosticTags.NotConfigurable]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Host];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationAction(Analyze);
    }

    private static void Analyze(CompilationAnalysisContext context)
    {
        if (context.Compilation is not CSharpCompilation compilation
            || !context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(CompilerAnalysis.RequestFileOption, out var requestFile)
            || string.IsNullOrWhiteSpace(requestFile))
        {
            return;
        }

        try
        {
            CompilerAnalysis.Answer(requestFile, compilation, context.CancellationToken);
        }
        catch (Exception)
        {
            // No answer written: the build finds none and analyses in its own process, where a failure is reported
            // as SG0001. Thrown, it would be the compiler's AD0001 warning, an error under TreatWarningsAsErrors.
        }
    }
}

using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace SecurityGate.Build.Tests.EndToEnd;

/// <summary>
/// The package built on linux-x64 carries SecurityGate.Core and its Roslyn precompiled (ReadyToRun). The runtime silently falls back
/// to the JIT for an image whose format it does not accept, so the only proof is the runtime's own list of the methods
/// it JIT-compiled while the gate ran.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PrecompiledEngineTests(PackageFeed feed)
{
    private static readonly Regex PlainRoslynMethod = new(@"JIT compiled Microsoft\.CodeAnalysis\.[^\[`(]+:[^\[`(]+\(", RegexOptions.CultureInvariant);

    [LinuxX64Fact]
    public void The_gate_runs_the_engine_precompiled_and_JIT_compiles_none_of_its_own_methods()
    {
        var (_, compiled) = RunGateAloneListingTheJit("precompiled", "System.Console.WriteLine(\"hello\");\n");

        Assert.Contains(compiled, line => line.Contains("JIT compiled SecurityGate.Build.Tasks.SecurityGateAnalyze:Execute", StringComparison.Ordinal));
        Assert.DoesNotContain(compiled, line => line.Contains("JIT compiled SecurityGate.Core.", StringComparison.Ordinal));
    }

    [LinuxX64Fact]
    public void By_default_the_gate_runs_on_the_packages_precompiled_Roslyn_and_JIT_compiles_none_of_its_plain_methods()
    {
        var (project, compiled) = RunGateAloneListingTheJit("precompiled-roslyn", "var name = args[0];\nSystem.Console.WriteLine($\"hello {name}\");\n");

        var bundled = Path.Combine(feed.PackagesDirectory, "securitygate.build", feed.Version, "tasks", "net8.0", "roslyn", "Microsoft.CodeAnalysis.dll");
        Assert.Contains(File.ReadLines(project.PathOf("build.log")), line => line.Trim().StartsWith("SecurityGate Roslyn: bundled ", StringComparison.Ordinal) && line.Contains(bundled, StringComparison.Ordinal));
        // The parser and binder ran (the gate parsed and bound Program.cs) from precompiled code: the JIT saw only
        // generic instantiations of Roslyn's methods, never one of its plain methods (the IL-only copy: about 7,000).
        Assert.Contains(compiled, line => line.Contains("JIT compiled SecurityGate.Build.Tasks.SecurityGateAnalyze:Execute", StringComparison.Ordinal));
        Assert.DoesNotContain(compiled, line => PlainRoslynMethod.IsMatch(line));
    }

    /// <summary>Builds a new project, then runs only the gate again (the policy changed, the sources did not, so no compiler process shares the list) with the runtime listing every method it JIT-compiles.</summary>
    private (TestProject Project, string[] Compiled) RunGateAloneListingTheJit(string name, string program)
    {
        var project = feed.CreateProject(name);
        project.Write("Program.cs", program);
        var policy = project.Write("securitygate.json", "{ }\n");
        Assert.True(project.Build().Succeeded);

        File.SetLastWriteTimeUtc(policy, DateTime.UtcNow.AddSeconds(2));
        var jitList = project.PathOf("jit.txt");
        var build = project.BuildWith(
            new Dictionary<string, string> { ["DOTNET_JitStdOutFile"] = jitList, ["DOTNET_JitDisasmSummary"] = "1" },
            "-flp:v=n;logfile=" + project.PathOf("build.log"));

        Assert.True(build.Succeeded, build.ToString());
        return (project, File.ReadAllLines(jitList));
    }
}

/// <summary>A fact that runs only on linux-x64, the one platform the package is precompiled for.</summary>
public sealed class LinuxX64FactAttribute : FactAttribute
{
    public LinuxX64FactAttribute()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            Skip = "SecurityGate.Core and its Roslyn are precompiled only when the package is packed on linux-x64";
        }
    }
}

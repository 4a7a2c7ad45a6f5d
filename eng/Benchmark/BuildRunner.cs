using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SecurityGate.Benchmark;

/// <summary>One <c>dotnet</c> invocation: wall time, peak resident memory, exit code and output.</summary>
/// <param name="PeakRssBytes">The largest resident set of the build's process tree (MSBuild or the compiler it starts).</param>
/// <param name="MSBuildPeakRssBytes">The largest resident set of the <c>dotnet build</c> process itself, where MSBuild and the gate run.</param>
/// <param name="CpuSeconds">User and system CPU time of the build's process tree (GNU time; 0 without it).</param>
internal sealed record BuildMeasurement(TimeSpan Elapsed, long PeakRssBytes, int ExitCode, string Output, long MSBuildPeakRssBytes = 0, double CpuSeconds = 0);

/// <summary>The gate's own phase timings, parsed from the task's normal-verbosity log line.</summary>
/// <param name="WaitMs">
/// How long the task waited after CoreCompile for an analysis started before it (0 when it ran after the compiler):
/// the part of the gate's time the compiler did not hide.
/// </param>
/// <param name="JitMs">JIT compilation in the build process while the gate ran (all threads).</param>
/// <param name="GcPauseMs">Garbage-collection pauses in the build process while the gate ran.</param>
/// <param name="WarmUpMs">How long the engine's warm-up beside the compiler took (0 when it did not finish or run).</param>
internal sealed record GatePhases(double ParseMs, double SemanticMs, double RulesMs, double ReportsMs, double WaitMs, double JitMs = 0, double GcPauseMs = 0, double WarmUpMs = 0)
{
    public double TotalMs => ParseMs + SemanticMs + RulesMs + ReportsMs;
}

/// <summary>
/// Runs <c>dotnet</c> as a child process with a clean environment and measures it. Peak memory is the maximum
/// resident set size: from GNU <c>/usr/bin/time</c> when it is installed (it reports the largest RSS of the process
/// tree it waited for), otherwise by polling <c>VmHWM</c> of the child in <c>/proc</c>. Builds run with
/// <c>-m:1 -nodeReuse:false</c>, so MSBuild and the gate task live in that one process.
/// </summary>
internal sealed partial class BuildRunner
{
    private const string GnuTime = "/usr/bin/time";
    private readonly string _nugetPackages;

    public BuildRunner(string nugetPackages) => _nugetPackages = nugetPackages;

    public static bool HasGnuTime => File.Exists(GnuTime);

    public BuildMeasurement Dotnet(string workingDirectory, params string[] arguments)
    {
        var rssFile = Path.GetTempFileName();
        try
        {
            var info = new ProcessStartInfo
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (HasGnuTime)
            {
                info.FileName = GnuTime;
                foreach (var a in new[] { "-f", "%M %U %S", "-o", rssFile, "dotnet" })
                {
                    info.ArgumentList.Add(a);
                }
            }
            else
            {
                info.FileName = "dotnet";
            }

            foreach (var a in arguments)
            {
                info.ArgumentList.Add(a);
            }

            // dotnet run / dotnet test leak these into children; a child build must find its own SDK.
            foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
            {
                info.Environment.Remove(name);
            }

            info.Environment["NUGET_PACKAGES"] = _nugetPackages;
            info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            info.Environment["DOTNET_NOLOGO"] = "1";
            info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

            var output = new StringBuilder();
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
            process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            // VmHWM of the dotnet process (the child of GNU time when it wraps it) is MSBuild's own peak; GNU time
            // reports the largest process of the tree, which is the compiler when it runs out of process.
            long polled = 0;
            var msbuildPid = HasGnuTime ? 0 : process.Id;
            while (!process.WaitForExit(50))
            {
                if (msbuildPid == 0)
                {
                    msbuildPid = FirstChild(process.Id);
                }

                if (msbuildPid != 0)
                {
                    polled = Math.Max(polled, ReadVmHwm(msbuildPid));
                }
            }

            process.WaitForExit();
            var elapsed = clock.Elapsed;
            long peak = polled;
            double cpu = 0;
            if (HasGnuTime && File.Exists(rssFile))
            {
                // "%M %U %S": peak RSS in KB, then user and system seconds of the process and every child it waited for
                // (the compiler, when it runs out of process).
                var fields = File.ReadAllText(rssFile).Trim().Split('\n').Last().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length == 3
                    && long.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb)
                    && double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var user)
                    && double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var system))
                {
                    peak = kb * 1024;
                    cpu = user + system;
                }
            }

            return new BuildMeasurement(elapsed, peak, process.ExitCode, output.ToString(), polled, cpu);
        }
        finally
        {
            File.Delete(rssFile);
        }
    }

    private static int FirstChild(int pid)
    {
        try
        {
            var children = File.ReadAllText($"/proc/{pid}/task/{pid}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return children.Length > 0 ? int.Parse(children[0], CultureInfo.InvariantCulture) : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static long ReadVmHwm(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var digits = new string(line.Where(char.IsDigit).ToArray());
                    return long.Parse(digits, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between polls.
        }

        return 0;
    }

    /// <summary>The phase timings the gate logged, or null when the analysis did not run (a no-op build).</summary>
    public static GatePhases? ParsePhases(string output)
    {
        var match = TimingsLine().Match(output);
        if (!match.Success)
        {
            return null;
        }

        double Ms(string group) => match.Groups[group].Success ? double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        // Older task builds log only "analysis"; it then counts as rules.
        var semantic = Ms("semantic");
        var rules = match.Groups["rules"].Success ? Ms("rules") : Ms("analysis");
        return new GatePhases(Ms("parse"), semantic, rules, Ms("reports"), Ms("wait"), Ms("jit"), Ms("gc"), Ms("warm"));
    }

    /// <summary>
    /// The summed times of the targets whose names match, from the "Target Performance Summary" that
    /// <c>-clp:PerformanceSummary</c> prints (0 when there is none).
    /// </summary>
    public static double TargetMs(string output, Func<string, bool> matches)
    {
        var start = output.IndexOf("Target Performance Summary:", StringComparison.Ordinal);
        if (start < 0)
        {
            return 0;
        }

        var end = output.IndexOf("Task Performance Summary:", start, StringComparison.Ordinal);
        var section = end < 0 ? output[start..] : output[start..end];
        return PerformanceLine().Matches(section)
            .Where(m => matches(m.Groups["name"].Value))
            .Sum(m => double.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The gate's summary line (SG0006), for the record.</summary>
    public static string? Summary(string output)
    {
        var match = SummaryLine().Match(output);
        return match.Success ? match.Value.Trim() : null;
    }

    [GeneratedRegex(@"SecurityGate timings: parse (?<parse>\d+) ms, analysis (?<analysis>\d+) ms(?: \(semantic set-up (?<semantic>\d+) ms, rules (?<rules>\d+) ms\))?, reports (?<reports>\d+) ms(?:; started before the compiler, waited (?<wait>\d+) ms after it)?(?:; engine (?:warmed beside the compiler in (?<warm>\d+) ms|warm-up [^;]*))?(?:; ran in the compiler)?(?:; JIT compilation in (?:this process|the compiler) meanwhile (?<jit>\d+) ms)?(?:, GC pauses (?<gc>\d+) ms)?")]
    private static partial Regex TimingsLine();

    [GeneratedRegex(@"^\s*(?<ms>\d+) ms\s+(?<name>\S+)\s+\d+ calls", RegexOptions.Multiline)]
    private static partial Regex PerformanceLine();

    [GeneratedRegex(@"SecurityGate: \d+ files;[^\r\n\[]*")]
    private static partial Regex SummaryLine();

    /// <summary>Which Roslyn the gate ran on (the task's <c>SecurityGate Roslyn:</c> line), for the record.</summary>
    public static string? Roslyn(string output)
    {
        var match = RoslynLine().Match(output);
        return match.Success ? match.Value.Trim() : null;
    }

    [GeneratedRegex(@"SecurityGate Roslyn: [^\r\n]*")]
    private static partial Regex RoslynLine();
}

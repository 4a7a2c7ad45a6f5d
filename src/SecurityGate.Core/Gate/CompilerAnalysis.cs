using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SecurityGate.Core.Gate;

/// <summary>
/// The gate run inside the C# compiler, on the compilation the compiler has just built, so the sources are not read
/// and parsed a second time, the references not loaded a second time, and the compiler's own symbols are reused.
/// Before the compiler runs, the build writes the request (<see cref="WriteRequest"/>) with a stamp that names this
/// build; the compiler's host analyzer answers it (<see cref="Answer"/>); after the compiler, the build takes the
/// answer when it carries the same stamp (<see cref="TakeAnswer"/>), and otherwise analyses in the build process as
/// before. Files, not a pipe: the compiler may run in a server process the build does not start.
/// </summary>
/// <remarks>
/// Plain line formats, not a serializer: the build process reads and writes these on every build that analyses, and
/// System.Text.Json's first use costs more JIT time there than the rest of that step.
/// </remarks>
public static class CompilerAnalysis
{
    /// <summary>The analyzer config key (a <c>CompilerVisibleProperty</c>) that names the request file.</summary>
    public const string RequestFileOption = "build_property._SecurityGateCompilerRequest";

    private const string RequestHeader = "securitygate-request 1";
    private const string AnswerHeader = "securitygate-answer 1";

    /// <summary>Where the compiler writes the result that <see cref="TakeAnswer"/> reads.</summary>
    public static string ResultFileFor(string requestFile) => requestFile + ".result";

    /// <summary>Where the compiler writes its answer: the request's stamp, and how the run went.</summary>
    public static string AnswerFileFor(string requestFile) => requestFile + ".answer";

    /// <summary>Writes the request for the compiler and removes any earlier answer; returns the stamp it carries.</summary>
    public static string WriteRequest(GateRequest request, string requestFile)
    {
        var stamp = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        Delete(requestFile);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(requestFile))!);
        var text = new StringBuilder().Append(RequestHeader).Append('\n');
        void Field(string key, string? value)
        {
            if (value is not null)
            {
                text.Append(key).Append('\t').Append(LineEscaping.Escape(value)).Append('\n');
            }
        }

        Field("Stamp", stamp);
        Field("ProjectFile", request.ProjectFile);
        Field("TargetFramework", request.TargetFramework);
        foreach (var file in request.SourceFiles)
        {
            Field("Source", file);
        }

        foreach (var file in request.GeneratedSourceFiles)
        {
            Field("Generated", file);
        }

        Field("ReadsGeneratorOutput", request.ReadsGeneratorOutput ? "true" : "false");
        Field("LangVersion", request.LangVersion);
        Field("DefineConstants", request.DefineConstants);
        Field("Nullable", request.Nullable);
        Field("OutputType", request.OutputType);
        Field("AllowUnsafeBlocks", request.AllowUnsafeBlocks ? "true" : "false");
        Field("BaselineFile", request.BaselineFile);
        Field("UpdateBaseline", request.UpdateBaseline ? "true" : "false");
        Field("SarifFile", request.SarifFile);
        Field("MarkdownFile", request.MarkdownFile);
        Field("PolicyFile", request.PolicyFile);
        foreach (var property in request.Properties)
        {
            Field("Property", property.Key + "=" + property.Value);
        }

        foreach (var name in request.GlobalPropertyNames)
        {
            Field("GlobalProperty", name);
        }

        Field("FailOnInternalError", request.FailOnInternalError ? "true" : "false");
        Field("AssemblyName", request.AssemblyName);
        File.WriteAllText(requestFile, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return stamp;
    }

    /// <summary>
    /// Reads a request written by <see cref="WriteRequest"/>; null when the file is missing, unreadable or not in this
    /// format. The references are the compiler's, so the request carries none.
    /// </summary>
    public static (GateRequest Request, string Stamp)? ReadRequest(string requestFile)
    {
        var fields = ReadFields(requestFile, RequestHeader);
        if (fields is null || Single(fields, "Stamp") is not { } stamp || Single(fields, "ProjectFile") is not { } project)
        {
            return null;
        }

        var request = new GateRequest
        {
            ProjectFile = project,
            TargetFramework = Single(fields, "TargetFramework"),
            SourceFiles = All(fields, "Source"),
            GeneratedSourceFiles = All(fields, "Generated"),
            ReadsGeneratorOutput = Single(fields, "ReadsGeneratorOutput") == "true",
            LangVersion = Single(fields, "LangVersion"),
            DefineConstants = Single(fields, "DefineConstants"),
            Nullable = Single(fields, "Nullable"),
            OutputType = Single(fields, "OutputType"),
            AllowUnsafeBlocks = Single(fields, "AllowUnsafeBlocks") == "true",
            BaselineFile = Single(fields, "BaselineFile"),
            UpdateBaseline = Single(fields, "UpdateBaseline") == "true",
            SarifFile = Single(fields, "SarifFile"),
            MarkdownFile = Single(fields, "MarkdownFile"),
            PolicyFile = Single(fields, "PolicyFile"),
            Properties = All(fields, "Property").Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => (string?)(p.Length > 1 ? p[1] : null), StringComparer.OrdinalIgnoreCase),
            GlobalPropertyNames = All(fields, "GlobalProperty"),
            FailOnInternalError = Single(fields, "FailOnInternalError") != "false",
            AssemblyName = Single(fields, "AssemblyName") ?? "Project",
        };
        return (request, stamp);
    }

    /// <summary>
    /// Answers the request in <paramref name="requestFile"/> from inside the compiler: runs the gate over
    /// <paramref name="compilation"/> and writes the result and the answer. Does nothing when there is no request.
    /// A failure is written into the answer, never thrown: the build then analyses in its own process, which reports it.
    /// </summary>
    public static void Answer(string requestFile, CSharpCompilation compilation, CancellationToken cancellationToken)
    {
        if (ReadRequest(requestFile) is not var (request, stamp))
        {
            return;
        }

        var answer = new StringBuilder().Append(AnswerHeader).Append('\n').Append("Stamp\t").Append(stamp).Append('\n');
        try
        {
            var outcome = GateOutcome.Run(request, compilation, cancellationToken);
            var timings = outcome.Timings;
            outcome.Result.Save(ResultFileFor(requestFile));
            answer.Append(CultureInfo.InvariantCulture, $"Timings\t{Ms(timings.Parse)}\t{Ms(timings.SemanticSetup)}\t{Ms(timings.Rules)}\t{Ms(timings.Reports)}\t{Ms(outcome.JitTime)}\t{Ms(outcome.GcPause)}\t{outcome.GcCounts}\n");
        }
        catch (Exception e)
        {
            answer.Append("Failed\t").Append(LineEscaping.Escape($"{e.GetType().Name}: {e.Message}")).Append('\n');
        }

        File.WriteAllText(AnswerFileFor(requestFile), answer.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>
    /// After the compiler: the compiler's answer to the request in <paramref name="requestFile"/> when it carries the
    /// request's stamp and the run completed; otherwise null, with <paramref name="whyNot"/> saying why (the compiler
    /// did not run, ran without the gate's analyzer, or the analysis failed there). The request and answer are removed
    /// either way, so a later compile that the gate did not ask for finds no request.
    /// </summary>
    public static GateOutcome? TakeAnswer(string requestFile, out string whyNot)
    {
        try
        {
            var request = ReadFields(requestFile, RequestHeader);
            var answer = ReadFields(AnswerFileFor(requestFile), AnswerHeader);
            if (request is null || Single(request, "Stamp") is not { } stamp)
            {
                whyNot = "no request was written for the compiler";
                return null;
            }

            if (answer is null || Single(answer, "Stamp") != stamp)
            {
                whyNot = "the compiler did not run the gate's analysis in this build";
                return null;
            }

            if (Single(answer, "Failed") is { } failure)
            {
                whyNot = "the analysis failed in the compiler (" + failure + ")";
                return null;
            }

            var numbers = Single(answer, "Timings")?.Split('\t');
            if (numbers is not { Length: 7 } || GateResult.Load(ResultFileFor(requestFile)) is not { } result)
            {
                whyNot = "the compiler's answer cannot be read";
                return null;
            }

            TimeSpan At(int i) => TimeSpan.FromMilliseconds(double.Parse(numbers[i], NumberStyles.Float, CultureInfo.InvariantCulture));
            whyNot = string.Empty;
            return new GateOutcome(result, new GateTimings(At(0), At(1), At(2), At(3)), At(4), At(5), numbers[6]);
        }
        catch (FormatException)
        {
            whyNot = "the compiler's answer cannot be read";
            return null;
        }
        finally
        {
            Delete(requestFile);
            Delete(AnswerFileFor(requestFile));
            Delete(ResultFileFor(requestFile));
        }
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture);

    private static List<(string Key, string Value)>? ReadFields(string path, string header)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllText(path, Encoding.UTF8).Split('\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }

        if (lines.Length == 0 || lines[0] != header)
        {
            return null;
        }

        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t', 2)).Select(f => (f[0], f.Length > 1 ? f[1] : string.Empty)).ToList();
    }

    private static string? Single(List<(string Key, string Value)> fields, string key) =>
        fields.Where(f => f.Key == key).Select(f => LineEscaping.Unescape(f.Value)).FirstOrDefault();

    private static string[] All(List<(string Key, string Value)> fields, string key) =>
        fields.Where(f => f.Key == key).Select(f => LineEscaping.Unescape(f.Value)).ToArray();

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // What cannot be deleted is named by a stamp that no later build writes again.
        }
    }
}

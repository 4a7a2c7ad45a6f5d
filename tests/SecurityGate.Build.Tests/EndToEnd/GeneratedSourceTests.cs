using System.Text.RegularExpressions;

namespace SecurityGate.Build.Tests.EndToEnd;

/// <summary>
/// Code that source generators add: with <c>EmitCompilerGeneratedFiles</c> the analysis includes what the compiler's
/// generators wrote, so calls into generated members bind and data flow follows them; the generated files themselves
/// are not reported on. The analysis in the compiler, which has the generators' output in memory either way, follows
/// the same setting, so both places report the same findings.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class GeneratedSourceTests(PackageFeed feed)
{
    // JobContext.Default.Job exists only in what the JSON source generator writes: without it the call to Deserialize
    // does not bind and nothing tells that the job came from the console.
    private const string Program = """
        using System.Diagnostics;
        using System.Text.Json;
        using System.Text.Json.Serialization;

        var job = JsonSerializer.Deserialize(Console.ReadLine()!, JobContext.Default.Job)!;
        Process.Start("/bin/tar", job.Arguments);

        public sealed class Job { public string Arguments { get; set; } = ""; }

        [JsonSerializable(typeof(Job))]
        internal sealed partial class JobContext : JsonSerializerContext;

        """;

    [Theory]
    [InlineData("compiler")]
    [InlineData("msbuild")]
    public void With_EmitCompilerGeneratedFiles_a_value_read_through_generated_code_is_traced_and_the_generated_files_are_not_reported(string host)
    {
        var project = feed.CreateProject("generated-" + host);
        var program = project.Write("Program.cs", Program);
        project.SetProject($"<SecurityGateAnalysisHost>{host}</SecurityGateAnalysisHost>");

        // Without the generated files the call cannot bind: the build passes with nothing found.
        var without = project.Build("-flp:v=n;logfile=" + project.PathOf("without.log"));
        Assert.True(without.ExitCode == 0, $"The build should pass.\n{without}");
        Assert.Empty(without.Diagnostics);
        Assert.False(Directory.Exists(GeneratedFolder(project)), "The compiler wrote generated files.");

        // Turning the property on is a setting change: the analysis runs again, now over the generator's output too.
        project.SetProject($"<SecurityGateAnalysisHost>{host}</SecurityGateAnalysisHost><EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>");
        var with = project.Build("-flp:v=n;logfile=" + project.PathOf("with.log"));
        Assert.True(with.ExitCode == 1, $"The build should fail.\n{with}");
        var error = Assert.Single(with.Diagnostics);
        var expected = $@"^{Regex.Escape(program)}\(6,27,6,40\): error SG4001: .+ \[{Regex.Escape(project.ProjectFile)}\]$";
        Assert.True(Regex.IsMatch(error, expected), $"Expected {expected}\nin {error}");
        Assert.True(Directory.Exists(GeneratedFolder(project)) && Directory.EnumerateFiles(GeneratedFolder(project), "*.g.cs", SearchOption.AllDirectories).Any(), "The compiler wrote no generated files.");
        Assert.Contains("SecurityGate: 1 file; command-execution 1/0 FAILED", with.Summary, StringComparison.Ordinal);
        Assert.Equal(host == "compiler", File.ReadAllText(project.PathOf("with.log")).Contains("; ran in the compiler; ", StringComparison.Ordinal));
        Assert.Equal(host == "compiler", File.ReadAllText(project.PathOf("without.log")).Contains("; ran in the compiler; ", StringComparison.Ordinal));
    }

    // CompilerGeneratedFilesOutputPath's default: where the compiler writes the generators' output when asked to.
    private static string GeneratedFolder(TestProject project) => project.PathOf(Path.Combine("obj", "Debug", "net10.0", "generated"));
}

using System.Text.RegularExpressions;

namespace SecurityGate.Build.Tests.EndToEnd;

/// <summary>
/// A project with two target frameworks: the gate runs once per inner build, with that framework's defines, and each
/// inner build reports its own findings and its own summary, named as MSBuild names the inner build.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class MultiTargetingTests(PackageFeed feed)
{
    // The shell differs by framework, so each inner build has its finding on its own line.
    private const string Runner = """
        using System.Diagnostics;

        namespace Lib;

        public static class Runner
        {
            public static void Run()
            {
                var command = Console.ReadLine();
        #if NET10_0_OR_GREATER
                Process.Start("/bin/sh", "-c " + command);
        #else
                Process.Start("/bin/bash", "-c " + command);
        #endif
            }
        }

        """;

    [Fact]
    public void Each_framework_of_a_multi_targeted_project_is_analysed_with_its_own_defines_and_reports_its_own_summary()
    {
        var project = feed.CreateProject("multi");
        project.Write("App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>net8.0;net10.0</TargetFrameworks>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SecurityGate.Build" Version="{feed.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>

            """);
        var runner = project.Write("Runner.cs", Runner);

        var first = project.Build();
        Assert.True(first.ExitCode == 1, $"The build should fail.\n{first}");
        Assert.Equal(2, first.Diagnostics.Count);
        Assert.Single(first.Diagnostics, l => Regex.IsMatch(l, Inner(runner, "(11,34,11,49)", "SG4003", project, "net10.0")));
        Assert.Single(first.Diagnostics, l => Regex.IsMatch(l, Inner(runner, "(13,36,13,51)", "SG4003", project, "net8.0")));
        var summaries = first.Lines.Select(l => l.Trim()).Where(l => l.StartsWith("SecurityGate: ", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            [
                $"SecurityGate: 1 file; command-execution 1/0 FAILED; 4 categories clean — 1 defect over threshold in command-execution. [{project.ProjectFile}::TargetFramework=net10.0]",
                $"SecurityGate: 1 file; command-execution 1/0 FAILED; 4 categories clean — 1 defect over threshold in command-execution. [{project.ProjectFile}::TargetFramework=net8.0]",
            ],
            summaries);

        // Nothing changed: each inner build replays its own stored result.
        var second = project.Build();
        Assert.True(second.ExitCode == 1, $"The build should fail again.\n{second}");
        Assert.Equal(first.Diagnostics.Order(StringComparer.Ordinal), second.Diagnostics.Order(StringComparer.Ordinal));
        Assert.Equal(summaries, second.Lines.Select(l => l.Trim()).Where(l => l.StartsWith("SecurityGate: ", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    private static string Inner(string file, string span, string code, TestProject project, string framework) =>
        $@"^{Regex.Escape(file)}{Regex.Escape(span)}: error {code}: .+ \[{Regex.Escape(project.ProjectFile)}::TargetFramework={Regex.Escape(framework)}\]$";
}

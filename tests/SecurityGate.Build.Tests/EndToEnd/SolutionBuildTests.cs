using System.Text.RegularExpressions;
using SecurityGate.Build.Tests.Infrastructure;

namespace SecurityGate.Build.Tests.EndToEnd;

/// <summary>A parallel build of a solution: every project gets its own complete findings and its own summary.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class SolutionBuildTests(PackageFeed feed)
{
    private const int ProjectCount = 20;

    [Fact]
    public void A_parallel_solution_build_gives_each_of_20_projects_its_own_findings_and_summary()
    {
        var root = feed.CreateProject("solution");
        File.Delete(root.ProjectFile);
        var projects = new List<string>();
        for (var i = 1; i <= ProjectCount; i++)
        {
            var name = $"P{i:00}";
            Directory.CreateDirectory(root.PathOf(name));
            projects.Add(root.Write($"{name}/{name}.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <SecurityGateCommandExecutionSeverity>warning</SecurityGateCommandExecutionSeverity>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="SecurityGate.Build" Version="{feed.Version}" PrivateAssets="all" />
                  </ItemGroup>
                </Project>

                """));

            // Project i has i % 4 shells fed with a public method's parameter, one per method.
            var methods = string.Concat(Enumerable.Range(0, i % 4).Select(m => $$"""
                    public static void Run{{m}}(string command) => System.Diagnostics.Process.Start("/bin/sh", "-c " + command);

                """));
            root.Write($"{name}/Runner.cs", $$"""
                namespace {{name}};

                public static class Runner
                {
                {{methods}}    public static void Safe() => System.Diagnostics.Process.Start("/bin/sh", "-c date");
                }

                """);
        }

        Assert.Equal(0, Dotnet.Run(root.Directory, feed.Environment, "new", "sln", "-n", "All", "--format", "sln").ExitCode);
        Assert.Equal(0, Dotnet.Run(root.Directory, feed.Environment, ["sln", "All.sln", "add", .. projects]).ExitCode);

        var build = Dotnet.Run(root.Directory, feed.Environment, "build", "All.sln", "-m", "-nodeReuse:false", "-tl:off", "-nologo");
        Assert.True(build.ExitCode == 0, build.Output);
        var lines = build.Output.Split('\n').Select(l => l.Trim()).ToArray();
        var live = lines[..Array.FindIndex(lines, l => l is "Build succeeded." or "Build FAILED.")];

        foreach (var (project, index) in projects.Select((p, i) => (p, i + 1)))
        {
            var expected = index % 4;
            var warnings = live.Count(l => l.Contains(" warning SG4003: ", StringComparison.Ordinal) && l.EndsWith($"[{project}]", StringComparison.Ordinal));
            Assert.True(expected == warnings, $"{Path.GetFileName(project)}: expected {expected} SG4003 warnings, saw {warnings}\n{build.Output}");
            var summary = Assert.Single(live, l => l.StartsWith("SecurityGate: ", StringComparison.Ordinal) && l.EndsWith($"[{project}]", StringComparison.Ordinal));
            var verdict = expected == 0
                ? "SecurityGate: 1 file; 5 categories clean — no security defects found."
                : $"SecurityGate: 1 file; command-execution {expected} (warning); 4 categories clean — no defects over threshold ({expected} reported).";
            Assert.Equal($"{verdict} [{project}]", summary);
        }
    }
}

using System.Text.RegularExpressions;
using SecurityGate.Build.Tests.Infrastructure;

namespace SecurityGate.Build.Tests.EndToEnd;

/// <summary>
/// A small console project in its own folder that consumes the packed package like a user's project: its own empty
/// Directory.Build.props/.targets, central package management off, and a nuget.config that adds the local feed
/// (keeping the machine's sources, without which restore fails offline).
/// </summary>
public sealed class TestProject
{
    private readonly PackageFeed _feed;

    internal TestProject(PackageFeed feed, string directory)
    {
        _feed = feed;
        Directory = directory;
        System.IO.Directory.CreateDirectory(directory);
        Write("Directory.Build.props", "<Project />\n");
        Write("Directory.Build.targets", "<Project />\n");
        Write("Directory.Packages.props", "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n</Project>\n");
        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="securitygate-test" value="{feed.FeedDirectory}" />
              </packageSources>
            </configuration>

            """);
        SetProject();
    }

    public string Directory { get; }

    public string ProjectFile => Path.Combine(Directory, "App.csproj");

    public string ResultFile => Path.Combine(Directory, "obj", "Debug", "net10.0", "securitygate.result.txt");

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    public string Write(string relativePath, string content)
    {
        var path = PathOf(relativePath);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Writes App.csproj with extra property elements (raw XML inside the PropertyGroup).</summary>
    public void SetProject(string properties = "") => Write("App.csproj", $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
            {properties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="SecurityGate.Build" Version="{_feed.Version}" PrivateAssets="all" />
          </ItemGroup>
        </Project>

        """);

    public BuildOutput Build(params string[] extraArguments) => BuildWith(new Dictionary<string, string>(), extraArguments);

    /// <summary>Builds with extra environment variables on top of the feed's.</summary>
    public BuildOutput BuildWith(IReadOnlyDictionary<string, string> environment, params string[] extraArguments) =>
        new(Dotnet.Run(Directory, _feed.Environment.Concat(environment).ToDictionary(), ["build", ProjectFile, "-nodeReuse:false", "-tl:off", "-nologo", .. extraArguments]), this);
}

/// <summary>What a console build printed, split into the live part and MSBuild's closing recap.</summary>
public sealed partial class BuildOutput
{
    internal BuildOutput(ProcessResult result, TestProject project)
    {
        ExitCode = result.ExitCode;
        Output = result.Output;
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

        // The console logger repeats every warning and error after "Build FAILED."/"Build succeeded.": count the live ones.
        var end = Array.FindIndex(lines, l => l is "Build FAILED." or "Build succeeded.");
        Lines = end < 0 ? lines : lines[..end];
        Project = project;
    }

    public int ExitCode { get; }

    public string Output { get; }

    public IReadOnlyList<string> Lines { get; }

    public TestProject Project { get; }

    public bool Succeeded => ExitCode == 0;

    /// <summary>Live lines that are SecurityGate diagnostics (<c>error SGnnnn</c> or <c>warning SGnnnn</c>).</summary>
    public IReadOnlyList<string> Diagnostics => Lines.Where(l => DiagnosticPattern().IsMatch(l)).ToArray();

    /// <summary>The summary line, trimmed; fails when there is not exactly one.</summary>
    public string Summary => Assert.Single(Lines.Select(l => l.Trim()), l => l.StartsWith("SecurityGate: ", StringComparison.Ordinal));

    public override string ToString() => $"exit {ExitCode}\n{Output}";

    [GeneratedRegex(@"\b(error|warning) SG\d{4}:")]
    private static partial Regex DiagnosticPattern();
}

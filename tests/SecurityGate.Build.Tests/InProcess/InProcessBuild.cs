using Microsoft.Build.Evaluation;
using Microsoft.Build.Execution;
using Microsoft.Build.Framework;
using SecurityGate.Build.Tasks;
using SecurityGate.Build.Tests.Infrastructure;

namespace SecurityGate.Build.Tests.InProcess;

/// <summary><see cref="BuildManager"/> is a process-wide singleton: these builds never run in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class InProcessCollection
{
    public const string Name = "In-process MSBuild";
}

/// <summary>
/// A minimal project that imports the repository's build/SecurityGate.Build.props and .targets around a stand-in
/// CoreCompile, with the task assembly this test run built: it exercises the real targets (incrementality, replay,
/// validation) in a fraction of a second, and exposes the structured events the console hides (help links, spans).
/// </summary>
internal sealed class InProcessProject : IDisposable
{
    private readonly TempDirectory _temp = new("sg-inproc");

    public InProcessProject(string source)
    {
        Write("Program.cs", source);
        var repository = FindRepositoryRoot();
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        Write("App.proj", $"""
            <Project>
              <PropertyGroup>
                <Language>C#</Language>
                <OutputType>Exe</OutputType>
                <AssemblyName>App</AssemblyName>
                <Nullable>enable</Nullable>
                <IntermediateOutputPath>obj/</IntermediateOutputPath>
              </PropertyGroup>
              <Import Project="{repository}/build/SecurityGate.Build.props" />
              <ItemGroup>
                <Compile Include="*.cs" />
                <ReferencePathWithRefAssemblies Include="{runtime}/System.*.dll;{runtime}/mscorlib.dll;{runtime}/netstandard.dll" />
              </ItemGroup>
              <!-- A compiler that fails while compile-error.txt exists, for builds whose compile step breaks. -->
              <Target Name="CoreCompile">
                <Error Code="CS1002" Text="; expected" Condition="Exists('compile-error.txt')" />
              </Target>
              <Target Name="Build" DependsOnTargets="CoreCompile" />
              <Import Project="{repository}/build/SecurityGate.Build.targets" />
              <PropertyGroup>
                <!-- After the import: UsingTask and target inputs see the final value. -->
                <_SecurityGateTaskAssembly>{typeof(SecurityGateAnalyze).Assembly.Location}</_SecurityGateTaskAssembly>
              </PropertyGroup>
            </Project>
            """);
    }

    public string Directory => _temp.Path;

    public string ProjectFile => PathOf("App.proj");

    public string SourceFile => PathOf("Program.cs");

    public string ResultFile => PathOf("obj/securitygate.result.txt");

    public string PathOf(string relativePath) => Path.Combine(_temp.Path, relativePath);

    public string Write(string relativePath, string content) => _temp.Write(relativePath, content);

    public InProcessResult Build(IDictionary<string, string>? properties = null)
    {
        var logger = new CapturingLogger();
        using var collection = new ProjectCollection();
        var parameters = new BuildParameters(collection)
        {
            Loggers = [logger],
            MaxNodeCount = 1,
            EnableNodeReuse = false,
            DisableInProcNode = false,
        };
        var request = new BuildRequestData(ProjectFile, properties ?? new Dictionary<string, string>(), null, ["Build"], null);
        var result = BuildManager.DefaultBuildManager.Build(parameters, request);
        return new InProcessResult(result.OverallResult == BuildResultCode.Success, logger);
    }

    public void Dispose() => _temp.Dispose();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SecurityGate.Build.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SecurityGate.Build.sln not found");
    }
}

internal sealed record InProcessResult(bool Succeeded, CapturingLogger Log);

/// <summary>Captures every event of a build.</summary>
internal sealed class CapturingLogger : ILogger
{
    public List<BuildErrorEventArgs> Errors { get; } = [];

    public List<BuildWarningEventArgs> Warnings { get; } = [];

    public List<BuildMessageEventArgs> Messages { get; } = [];

    public List<TargetSkippedEventArgs> SkippedTargets { get; } = [];

    public List<TargetStartedEventArgs> StartedTargets { get; } = [];

    public LoggerVerbosity Verbosity { get; set; } = LoggerVerbosity.Diagnostic;

    public string? Parameters { get; set; }

    public void Initialize(IEventSource eventSource)
    {
        eventSource.ErrorRaised += (_, e) => Errors.Add(e);
        eventSource.WarningRaised += (_, e) => Warnings.Add(e);
        eventSource.TargetStarted += (_, e) => StartedTargets.Add(e);
        eventSource.MessageRaised += (_, e) =>
        {
            if (e is TargetSkippedEventArgs skipped)
            {
                SkippedTargets.Add(skipped);
            }
            else
            {
                Messages.Add(e);
            }
        };
    }

    public void Shutdown()
    {
    }

    public override string ToString() =>
        string.Join('\n', Errors.Select(e => $"error {e.Code}: {e.Message}").Concat(Warnings.Select(w => $"warning {w.Code}: {w.Message}")));
}

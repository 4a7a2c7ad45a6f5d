using SecurityGate.Build.Tests.Infrastructure;

namespace SecurityGate.Build.Tests.EndToEnd;

/// <summary>
/// Packs SecurityGate.Build once per test run with a version no earlier run used, into a feed beside an isolated
/// global packages folder: re-packing a version that is already in a packages folder would test a stale copy.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    private readonly TempDirectory _root = new("sg-e2e");
    private int _projects;

    public PackageFeed()
    {
        RepositoryRoot = FindRepositoryRoot();
        Version = $"1.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{System.Environment.ProcessId}";
        FeedDirectory = Path.Combine(_root.Path, "feed");
        PackagesDirectory = Path.Combine(_root.Path, "packages");
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesDirectory };

        // The packing project builds the task and Core and packs the nuspec, the same package `dotnet pack` of the
        // solution produces. Packing the solution would also rebuild this test assembly while it runs.
        var pack = Dotnet.Run(
            RepositoryRoot,
            Environment,
            "pack", Path.Combine(RepositoryRoot, "src", "SecurityGate.Build.Package", "SecurityGate.Build.Package.csproj"),
            "-c", "Release", "-o", FeedDirectory, $"-p:Version={Version}", "-nodeReuse:false", "-tl:off", "-nologo", "-v:q");
        var packages = Directory.Exists(FeedDirectory) ? Directory.GetFiles(FeedDirectory, "*.nupkg") : [];
        if (pack.ExitCode != 0 || packages.Length != 1 || Path.GetFileName(packages[0]) != $"SecurityGate.Build.{Version}.nupkg")
        {
            throw new InvalidOperationException($"dotnet pack failed (exit {pack.ExitCode}, packages: {string.Join(", ", packages.Select(Path.GetFileName))}):\n{pack.Output}");
        }
    }

    public string RepositoryRoot { get; }

    public string Version { get; }

    public string FeedDirectory { get; }

    public string PackagesDirectory { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>A new empty project folder that uses the packed feed.</summary>
    public TestProject CreateProject(string name) =>
        new(this, Path.Combine(_root.Path, "projects", $"{name}-{Interlocked.Increment(ref _projects)}"));

    public void Dispose() => _root.Dispose();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SecurityGate.Build.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"SecurityGate.Build.sln not found above {AppContext.BaseDirectory}");
    }
}

/// <summary>End-to-end tests share one packed feed and run one build at a time (2 cores, shared).</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "End-to-end builds against the packed package";
}

using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace SecurityGate.Build.Tasks;

/// <summary>Which Roslyn the gate runs on, and why.</summary>
/// <param name="Source"><c>compiler</c>, <c>bundled</c> or <c>host</c> (the task runs in the default load context).</param>
/// <param name="Path">The loaded Microsoft.CodeAnalysis.dll.</param>
/// <param name="Version">Its file version.</param>
/// <param name="Note">Why the requested copy was not used, or empty.</param>
internal sealed record RoslynChoice(string Source, string Path, string Version, string Note)
{
    public string Describe() =>
        $"SecurityGate Roslyn: {Source} {Version} from {Path}" + (Note.Length == 0 ? string.Empty : $" ({Note})");
}

/// <summary>
/// Loads Roslyn into the task's load context before SecurityGate.Core binds to it. <c>auto</c> (the default) takes
/// the copy bundled in the package's <c>roslyn/</c> folder when it is precompiled for this platform and no older than
/// the compiler's, and the compiler's own copy otherwise. <c>compiler</c> takes the compiler's copy (ReadyToRun, and
/// the build's exact language version) when it is at least the version Core compiled against, else the bundled one;
/// <c>bundled</c> always takes the package's.
/// A load context binds an assembly name once: whichever copy is loaded first here is the one Core gets, so this
/// must run before any method that mentions a Core type is compiled.
/// </summary>
/// <remarks>
/// The package precompiles its copy with generic instantiations across Roslyn's, the gate's and the framework's
/// assemblies, which the SDK's copy leaves to the JIT: on the benchmark (linux-x64) that cut the JIT time in the gate
/// by more than half and its targets by 11-27 %. The runtime runs that code only on the platform it was compiled for.
/// </remarks>
internal static class RoslynLoader
{
    public const string Auto = "auto";
    public const string Compiler = "compiler";
    public const string Bundled = "bundled";

    private static readonly string[] RoslynAssemblies = ["Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp"];
    private static readonly object Gate = new();
    private static RoslynChoice? _loaded;
    private static string? _requested;

    /// <summary>
    /// Loads Roslyn once per load context (an MSBuild node reuses it for every project): a later request for another
    /// source gets the copy already loaded, and says so.
    /// </summary>
    public static RoslynChoice Ensure(string? source, string? compilerDirectory)
    {
        // MSBuild compares property values without case, so the targets accept "Bundled" as well.
        var requested = string.IsNullOrEmpty(source) ? Auto : source!.ToLowerInvariant();
        lock (Gate)
        {
            if (_loaded is null)
            {
                _loaded = Load(requested, compilerDirectory);
                _requested = requested;
            }
            else if (_requested != requested && _loaded.Source != "host")
            {
                return _loaded with { Note = $"already loaded in this MSBuild node; SecurityGateRoslynSource={requested} applies in a new node" };
            }

            return _loaded;
        }
    }

    private static RoslynChoice Load(string requested, string? compilerDirectory)
    {
        var task = typeof(RoslynLoader).Assembly;
        var context = AssemblyLoadContext.GetLoadContext(task);
        var taskDirectory = System.IO.Path.GetDirectoryName(task.Location)!;
        var bundledDirectory = System.IO.Path.Combine(taskDirectory, "roslyn");
        if (!Directory.Exists(bundledDirectory))
        {
            // A build output (the in-process tests) keeps Roslyn beside the task.
            bundledDirectory = taskDirectory;
        }

        var coreReference = CoreReference(context ?? AssemblyLoadContext.Default);
        if (context is null || context == AssemblyLoadContext.Default)
        {
            // Loaded as a plain reference (tests, tools): the host's dependency resolution already decided.
            return Describe("host", Assembly.Load(coreReference), string.Empty);
        }

        var note = string.Empty;
        if (requested == Auto)
        {
            (requested, note) = ChooseAutomatically(compilerDirectory, bundledDirectory);
        }

        var directory = bundledDirectory;
        var source = Bundled;
        if (requested == Compiler)
        {
            note = CompilerUnusable(compilerDirectory, coreReference.Version);
            if (note.Length == 0)
            {
                directory = compilerDirectory!;
                source = Compiler;
            }
        }

        context.Resolving += (_, name) => Resolve(name, directory, bundledDirectory, context);
        Assembly loaded;
        try
        {
            loaded = Preload(context, directory);
        }
        catch (Exception e) when (source == Compiler && e is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            // Nothing is loaded when Microsoft.CodeAnalysis itself fails, so the bundled copy can still take over.
            directory = bundledDirectory;
            source = Bundled;
            note = $"the compiler's Roslyn did not load: {e.Message}";
            loaded = Preload(context, directory);
        }

        // What Core will really bind to: a load context returns the copy it already holds for the name.
        var bound = context.LoadFromAssemblyName(coreReference);
        return Describe(source, bound, bound == loaded ? note : $"expected {loaded.Location}");
    }

    /// <summary>
    /// <c>auto</c>: the bundled copy when the runtime can run its precompiled code here and the compiler's is not
    /// newer (a newer compiler may parse language the bundled copy does not know); the compiler's otherwise.
    /// </summary>
    private static (string Source, string Note) ChooseAutomatically(string? compilerDirectory, string bundledDirectory)
    {
        if (!Array.TrueForAll(RoslynAssemblies, name => PrecompiledImage.RunsHere(System.IO.Path.Combine(bundledDirectory, name + ".dll"))))
        {
            return (Compiler, string.Empty);
        }

        var bundled = FileVersion(System.IO.Path.Combine(bundledDirectory, RoslynAssemblies[0] + ".dll"));
        var compiler = string.IsNullOrEmpty(compilerDirectory) ? null : FileVersion(System.IO.Path.Combine(compilerDirectory, RoslynAssemblies[0] + ".dll"));
        if (compiler is not null && bundled is not null && compiler > bundled)
        {
            return (Compiler, string.Empty);
        }

        return (Bundled, "auto: precompiled for this platform");
    }

    private static Version? FileVersion(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var info = FileVersionInfo.GetVersionInfo(path);
        return new Version(info.FileMajorPart, info.FileMinorPart, info.FileBuildPart, info.FilePrivatePart);
    }

    /// <summary>Why the compiler's copy cannot serve Core, or empty when it can.</summary>
    private static string CompilerUnusable(string? compilerDirectory, Version? required)
    {
        if (string.IsNullOrEmpty(compilerDirectory))
        {
            return "the compiler's folder is unknown (RoslynTargetsPath)";
        }

        foreach (var name in RoslynAssemblies)
        {
            var path = System.IO.Path.Combine(compilerDirectory, name + ".dll");
            if (!File.Exists(path))
            {
                return $"no {path}";
            }

            Version? version;
            try
            {
                version = AssemblyName.GetAssemblyName(path).Version;
            }
            catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
            {
                return $"{path} unreadable: {e.Message}";
            }

            if (required is not null && (version is null || version < required))
            {
                return $"the compiler's Roslyn {version} is older than {required}, which the gate needs";
            }
        }

        return string.Empty;
    }

    private static Assembly Preload(AssemblyLoadContext context, string directory)
    {
        var first = context.LoadFromAssemblyPath(System.IO.Path.Combine(directory, RoslynAssemblies[0] + ".dll"));
        context.LoadFromAssemblyPath(System.IO.Path.Combine(directory, RoslynAssemblies[1] + ".dll"));
        return first;
    }

    /// <summary>
    /// Last resort of the load context, after the task folder, MSBuild's folder and the runtime: Roslyn by name from
    /// the chosen folder, and its dependencies (System.Collections.Immutable …) from the bundled folder when the
    /// runtime's are older, as on .NET 8.
    /// </summary>
    private static Assembly? Resolve(AssemblyName name, string directory, string bundledDirectory, AssemblyLoadContext context)
    {
        if (name.Name is null)
        {
            return null;
        }

        var folder = Array.IndexOf(RoslynAssemblies, name.Name) >= 0 ? directory : bundledDirectory;
        var path = System.IO.Path.Combine(folder, name.Name + ".dll");
        if (!File.Exists(path))
        {
            return null;
        }

        var version = AssemblyName.GetAssemblyName(path).Version;
        return name.Version is null || (version is not null && version >= name.Version) ? context.LoadFromAssemblyPath(path) : null;
    }

    /// <summary>Core's reference to Microsoft.CodeAnalysis: the version it was compiled against, and the name it binds.</summary>
    private static AssemblyName CoreReference(AssemblyLoadContext context)
    {
        // Loading Core's assembly resolves none of its references; only its types would.
        var core = context.LoadFromAssemblyName(new AssemblyName("SecurityGate.Core"));
        return core.GetReferencedAssemblies().First(r => r.Name == RoslynAssemblies[0]);
    }

    private static RoslynChoice Describe(string source, Assembly assembly, string note)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";
        var plus = version.IndexOf('+');
        return new RoslynChoice(source, assembly.Location, plus < 0 ? version : version[..plus], note);
    }
}

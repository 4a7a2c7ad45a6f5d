namespace SecurityGate.Build.Tests.Infrastructure;

/// <summary>The running framework's assemblies a small console program compiles against (System.*, mscorlib, netstandard).</summary>
internal static class FrameworkAssemblies
{
    public static string[] Paths() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .ToArray();
}

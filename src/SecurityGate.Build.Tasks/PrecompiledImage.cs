using System.Runtime.InteropServices;

namespace SecurityGate.Build.Tasks;

/// <summary>
/// Whether an assembly carries ReadyToRun code this process can run. crossgen2 marks the operating system it compiled
/// for by an exclusive-or of the PE header's machine field (an IL-only assembly keeps the plain value), and the
/// runtime ignores the native code of an image made for another system or architecture, or in a format it does not
/// accept (another major version of the runtime may not), and JIT-compiles its IL.
/// </summary>
internal static class PrecompiledImage
{
    // The runtime's machine overrides per target operating system (ReadyToRun format, "Machine" of the PE header).
    private const ushort LinuxOverride = 0x7B79;
    private const ushort AppleOverride = 0x4644;
    private const ushort FreeBsdOverride = 0xADC4;

    /// <summary>The machine field of an image precompiled for this process's operating system and architecture, or null when unknown.</summary>
    public static ushort? ExpectedMachine()
    {
        ushort? architecture = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 0x8664,
            Architecture.Arm64 => 0xAA64,
            Architecture.X86 => 0x014C,
            Architecture.Arm => 0x01C4,
            _ => null,
        };
        ushort? system = OperatingSystem.IsWindows() ? 0
            : OperatingSystem.IsLinux() ? LinuxOverride
            : OperatingSystem.IsMacOS() ? AppleOverride
            : OperatingSystem.IsFreeBSD() ? FreeBsdOverride
            : null;
        return architecture is { } a && system is { } s ? (ushort)(a ^ s) : null;
    }

    /// <summary>
    /// True when the file is a ReadyToRun image for this operating system and architecture, and this process runs the
    /// runtime the package's images are compiled for.
    /// </summary>
    public static bool RunsHere(string path) =>
        IsTheRuntimeCompiledFor(Environment.Version) && ExpectedMachine() is { } expected && Read(path) is { Native: true } image && image.Machine == expected;

    /// <summary>Whether <paramref name="runtime"/> is the major.minor version the package's images are compiled for.</summary>
    public static bool IsTheRuntimeCompiledFor(Version runtime) =>
        Version.TryParse(CompiledForRuntime, out var compiledFor) && compiledFor.Major == runtime.Major && compiledFor.Minor == runtime.Minor;

    /// <summary>The runtime (major.minor) the package's ReadyToRun images are compiled for, or empty when unknown.</summary>
    public static string CompiledForRuntime { get; } = typeof(PrecompiledImage).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
        .OfType<System.Reflection.AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "SecurityGatePrecompiledForRuntime")?.Value ?? string.Empty;

    /// <summary>The PE header's machine field and whether the image has a ReadyToRun header; null for a file that is missing or not a PE image.</summary>
    public static (ushort Machine, bool Native)? Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            var headers = reader.PEHeaders;
            return ((ushort)headers.CoffHeader.Machine, headers.CorHeader?.ManagedNativeHeaderDirectory.Size > 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            return null;
        }
    }
}

using SecurityGate.Build.Tasks;
using SecurityGate.Build.Tests.EndToEnd;
using SecurityGate.Build.Tests.Infrastructure;

namespace SecurityGate.Build.Tests.Tasks;

public sealed class PrecompiledImageTests
{
    [LinuxX64Fact]
    public void On_linux_x64_a_precompiled_image_carries_the_x64_machine_marked_for_Linux()
    {
        Assert.Equal((ushort)(0x8664 ^ 0x7B79), PrecompiledImage.ExpectedMachine());
    }

    [Fact]
    public void The_images_count_as_precompiled_only_on_the_runtime_of_the_SDK_that_compiled_them()
    {
        // The tests run on the runtime of the SDK that builds the repository, which is the one crossgen2 compiles for.
        Assert.Equal($"{Environment.Version.Major}.{Environment.Version.Minor}", PrecompiledImage.CompiledForRuntime);
        Assert.True(PrecompiledImage.IsTheRuntimeCompiledFor(Environment.Version));
        Assert.False(PrecompiledImage.IsTheRuntimeCompiledFor(new Version(Environment.Version.Major + 1, 0, 0)));
        Assert.False(PrecompiledImage.IsTheRuntimeCompiledFor(new Version(Environment.Version.Major, Environment.Version.Minor + 1, 0)));
    }

    [Fact]
    public void The_runtimes_own_core_library_is_precompiled_for_this_platform()
    {
        Assert.True(PrecompiledImage.RunsHere(typeof(object).Assembly.Location));
    }

    [Fact]
    public void Roslyn_from_NuGet_is_IL_only_and_does_not_count_as_precompiled()
    {
        var path = typeof(Microsoft.CodeAnalysis.SyntaxTree).Assembly.Location;

        Assert.Equal(((ushort)0x014C, false), PrecompiledImage.Read(path));
        Assert.False(PrecompiledImage.RunsHere(path));
    }

    [Fact]
    public void A_missing_file_or_one_that_is_not_an_image_is_not_precompiled()
    {
        using var directory = new TempDirectory();
        var text = Path.Combine(directory.Path, "notes.dll");
        File.WriteAllText(text, "not a portable executable");

        Assert.Null(PrecompiledImage.Read(text));
        Assert.False(PrecompiledImage.RunsHere(text));
        Assert.Null(PrecompiledImage.Read(Path.Combine(directory.Path, "missing.dll")));
        Assert.False(PrecompiledImage.RunsHere(Path.Combine(directory.Path, "missing.dll")));
    }
}

using SecurityGate.Core.Policy;

namespace SecurityGate.Core.Tests.Policy;

public sealed class PropertyNameCheckTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sg-names-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Misspelt_settings_warn_at_their_element_with_the_intended_name_and_other_names_stay_quiet()
    {
        var project = Path.Combine(_root, "src", "App", "App.csproj");
        Directory.CreateDirectory(Path.GetDirectoryName(project)!);
        File.WriteAllText(project, """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <SecurityGateCommandExecutionSeverty>warning</SecurityGateCommandExecutionSeverty>
                <SecurityGateVersion>1.0.0</SecurityGateVersion>
                <SecurityGateHardcodedConfigThreshold>2</SecurityGateHardcodedConfigThreshold>
              </PropertyGroup>
              <ItemGroup>
                <SecurityGateEnabld Include="not a property" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), """
            <Project>
              <PropertyGroup>
                <SecurityGateEnable>true</SecurityGateEnable>
              </PropertyGroup>
            </Project>
            """);

        var messages = PropertyNameCheck.Check(project, ["Configuration", "SecurityGateInputValidationTreshold", "SecurityGateEnabled"]);

        Assert.Equal(
            [
                $"{project}(3,6,3,41): warning SG0007: Property SecurityGateCommandExecutionSeverty is not a SecurityGate setting and has no effect; did you mean SecurityGateCommandExecutionSeverity?",
                $"{Path.Combine(_root, "Directory.Build.props")}(3,6,3,24): warning SG0007: Property SecurityGateEnable is not a SecurityGate setting and has no effect; did you mean SecurityGateEnabled?",
                $"{project}: warning SG0007: Property SecurityGateInputValidationTreshold on the command line is not a SecurityGate setting and has no effect; did you mean SecurityGateInputValidationThreshold?",
            ],
            messages.Select(m => m.ToString()).ToArray());
    }
}

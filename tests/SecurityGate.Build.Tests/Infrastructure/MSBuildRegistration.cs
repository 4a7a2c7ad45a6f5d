using System.Runtime.CompilerServices;
using Microsoft.Build.Locator;

namespace SecurityGate.Build.Tests.Infrastructure;

internal static class MSBuildRegistration
{
    /// <summary>
    /// Points MSBuild assembly loading at the installed SDK before any test touches an MSBuild type; it must run
    /// before the first Microsoft.Build type loads, hence a module initializer rather than a fixture.
    /// </summary>
    [ModuleInitializer]
    internal static void Register()
    {
        if (!MSBuildLocator.IsRegistered)
        {
            MSBuildLocator.RegisterDefaults();
        }
    }
}

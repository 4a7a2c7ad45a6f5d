// expect: SG4001
// CWE-78 via SG4001; shape: option-gated branch. A settable option defaulting to false is set by the configuration
// binder at run time, so the branch it guards is live; a const or get-only switch really fixes it.
using System;
using System.Diagnostics;

public sealed class ToolOptions
{
    public bool AllowCustomArguments { get; set; } = false;

    public bool CustomArgumentsCompiledIn { get; } = false;
}

public sealed class Case
{
    private readonly ToolOptions _options;

    public Case(ToolOptions options) => _options = options;

    public void Bad()
    {
        var data = Console.ReadLine() ?? string.Empty;
        if (_options.AllowCustomArguments)
        {
            Process.Start("git", "log " + data);
        }
    }

    public void GoodGetOnlySwitch()
    {
        var data = Console.ReadLine() ?? string.Empty;
        if (_options.CustomArgumentsCompiledIn)
        {
            Process.Start("git", "log " + data);
        }
    }
}

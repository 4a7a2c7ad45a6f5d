// expect: none
// Constant and configuration-driven process starts: nothing the user controls reaches the command line.
using System.Diagnostics;
using Microsoft.Extensions.Configuration;

public sealed class Good
{
    private const string Tool = "/usr/bin/git";
    private readonly IConfiguration _configuration;

    public Good(IConfiguration configuration) => _configuration = configuration;

    public void GoodConstant()
    {
        Process.Start(Tool, "status --short");
        var info = new ProcessStartInfo("/usr/bin/tar") { UseShellExecute = false };
        info.ArgumentList.Add("-czf");
        info.ArgumentList.Add("backup.tgz");
        Process.Start(info);
    }

    public void GoodConfiguration()
    {
        // Configuration sits below the command-execution default minimum origin (internal).
        Process.Start(_configuration["Tools:Git"] ?? Tool, "status");
    }
}

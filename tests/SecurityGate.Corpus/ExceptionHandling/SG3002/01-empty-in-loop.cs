// expect: SG3002
// CWE-1069 via SG3002; shape: loop. An empty catch inside a retry loop swallows every failed attempt.
// Bad() carries the flaw; Good* twins record the failure and must stay silent.
using System;
using System.IO;
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private const string DataPath = "data/app.txt";

    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public void Bad()
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                File.Delete(DataPath);
                return;
            }
            catch (IOException)
            {
            }
        }
    }

    public void Good()
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                File.Delete(DataPath);
                return;
            }
            catch (IOException ex)
            {
                _logger.LogError(ex, "Attempt {Attempt} failed", attempt);
            }
        }
    }
}

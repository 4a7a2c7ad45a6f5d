// expect: SG3001
// CWE-396 via SG3001; shape: same-method. An ordinary method catches Exception, logs and carries on.
// Bad() carries the flaw; Good* twins catch the specific type, filter, or rethrow, and must stay silent.
using System;
using System.IO;
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private const string DataPath = "data/app.txt";

    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public string Bad()
    {
        try
        {
            return File.ReadAllText(DataPath);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Could not read {Path}", DataPath);
            return string.Empty;
        }
    }

    public string GoodSpecific()
    {
        try
        {
            return File.ReadAllText(DataPath);
        }
        catch (IOException ex)
        {
            _logger.LogError(ex, "Could not read {Path}", DataPath);
            return string.Empty;
        }
    }

    public string GoodFilter()
    {
        try
        {
            return File.ReadAllText(DataPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogError(ex, "Could not read {Path}", DataPath);
            return string.Empty;
        }
    }

    public string GoodRethrow()
    {
        try
        {
            return File.ReadAllText(DataPath);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Could not read {Path}", DataPath);
            throw;
        }
    }
}

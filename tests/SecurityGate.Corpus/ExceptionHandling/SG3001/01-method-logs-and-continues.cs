// expect: SG3001
// CWE-396 via SG3001; shape: same-method. An ordinary method catches Exception, logs and carries on.
// Bad() carries the flaw; Good* twins catch the specific type, filter, or rethrow, and must stay silent.
using System;
using System.IO;
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public string Bad(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Could not read {Path}", path);
            return string.Empty;
        }
    }

    public string GoodSpecific(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            _logger.LogWarning(ex, "Could not read {Path}", path);
            return string.Empty;
        }
    }

    public string GoodFilter(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Could not read {Path}", path);
            return string.Empty;
        }
    }

    public string GoodRethrow(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Could not read {Path}", path);
            throw;
        }
    }
}

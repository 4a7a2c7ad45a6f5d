// expect: SG2003
// CWE-209 via SG2003; shape: exception-object. A caught exception is printed whole to the console.
// Bad() carries the flaw; Good* twins log the exception to a logger and show a generic message, and must stay silent.
using System;
using System.IO;
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public void Bad()
    {
        try
        {
            File.ReadAllText("settings.json");
        }
        catch (IOException ex)
        {
            Console.WriteLine(ex);
        }
    }

    public void GoodLogger()
    {
        try
        {
            File.ReadAllText("settings.json");
        }
        catch (IOException ex)
        {
            _logger.LogError(ex, "Could not read settings");
            Console.WriteLine("Could not read the settings file.");
        }
    }

    public void GoodMessage()
    {
        try
        {
            File.ReadAllText("settings.json");
        }
        catch (IOException ex)
        {
            Console.WriteLine("Could not read the settings file: " + ex.Message);
        }
    }
}

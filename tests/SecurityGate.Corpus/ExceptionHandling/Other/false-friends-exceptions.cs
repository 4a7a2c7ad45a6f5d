// expect: none
// Exception-handling false friends: 'throw;', filters, wrapping, IsLocked answering true, OperationCanceledException handled.
// Everything here must stay silent.
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

public sealed class GoodCases
{
    private const string DataPath = "data/app.txt";

    private readonly ILogger _logger;

    public GoodCases(ILogger logger) => _logger = logger;

    public bool IsFileLocked()
    {
        try
        {
            using var stream = File.Open(DataPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public async Task PollAsync(CancellationToken token)
    {
        try
        {
            await Task.Delay(1000, token);
        }
        catch (OperationCanceledException ex)
        {
            _logger.LogError(ex, "Polling cancelled");
        }
    }

    public void Rethrow(Action action)
    {
        try
        {
            action();
        }
        catch
        {
            _logger.LogWarning("Action failed");
            throw;
        }
    }

    public void Filtered(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex) when (Log(ex))
        {
            throw new InvalidOperationException("unreachable");
        }
    }

    private bool Log(Exception ex)
    {
        _logger.LogError(ex, "Action failed");
        return false;
    }
}

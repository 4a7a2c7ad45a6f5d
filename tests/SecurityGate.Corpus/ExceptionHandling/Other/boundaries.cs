// expect: none
// CWE-396 false friends (DESIGN.md section 5.6): catch-alls at real boundaries that hand the exception to a logger.
// Main, a BackgroundService loop and middleware InvokeAsync; everything here must stay silent.
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

public static class GoodProgram
{
    public static ILogger Logger { get; set; } = null!;

    public static async Task<int> Main(string[] args)
    {
        try
        {
            await Task.Delay(args.Length);
            return 0;
        }
        catch (Exception ex)
        {
            Logger.LogCritical(ex, "Host terminated unexpectedly");
            return 1;
        }
    }
}

public sealed class GoodWorker : BackgroundService
{
    private readonly ILogger<GoodWorker> _logger;

    public GoodWorker(ILogger<GoodWorker> logger) => _logger = logger;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(1000, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogError(ex, "Work item failed");
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Stopping");
                break;
            }
        }
    }
}

public sealed class GoodErrorMiddleware
{
    private readonly Func<HttpContext, Task> _next;
    private readonly ILogger _logger;

    public GoodErrorMiddleware(Func<HttpContext, Task> next, ILogger logger)
    {
        _next = next;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await _next(context);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Unhandled request failure");
            await context.Response.WriteAsync("An error occurred.");
        }
    }
}

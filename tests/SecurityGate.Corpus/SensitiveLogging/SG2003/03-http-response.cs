// expect: SG2003
// CWE-209 via SG2003; shape: http-response. Middleware writes the exception text into the HTTP response.
// Bad() carries the flaw; Good* twins log it and write a generic body, and must stay silent.
using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public async Task Bad(HttpContext context, Func<Task> next)
    {
        try
        {
            await next();
        }
        catch (InvalidOperationException ex)
        {
            await context.Response.WriteAsync(ex.ToString());
        }
    }

    public async Task Good(HttpContext context, Func<Task> next)
    {
        try
        {
            await next();
        }
        catch (InvalidOperationException ex)
        {
            _logger.LogError(ex, "Request failed");
            await context.Response.WriteAsync("The request could not be completed.");
        }
    }
}

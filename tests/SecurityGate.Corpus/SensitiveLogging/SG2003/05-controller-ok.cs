// expect: SG2003
// CWE-209 via SG2003; shape: controller. An API action returns the stack trace of a failure to the caller.
// Bad() carries the flaw; Good* twins log it and return an error code, and must stay silent.
using System;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

public sealed class ReportsController : ControllerBase
{
    private readonly ILogger _logger;

    public ReportsController(ILogger logger) => _logger = logger;

    public IActionResult Bad(string id)
    {
        try
        {
            return Ok(Load(id));
        }
        catch (InvalidOperationException ex)
        {
            return Content("Report failed: " + ex.StackTrace);
        }
    }

    public IActionResult Good(string id)
    {
        try
        {
            return Ok(Load(id));
        }
        catch (InvalidOperationException ex)
        {
            _logger.LogError(ex, "Report failed");
            return Content("The report could not be produced.");
        }
    }

    private static string Load(string id) => id.Length > 0 ? id : throw new InvalidOperationException("empty id");
}

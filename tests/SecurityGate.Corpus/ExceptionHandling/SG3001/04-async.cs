// expect: SG3001
// CWE-396 via SG3001; shape: async. An async method catches Exception around an HTTP call and returns null.
// Bad() carries the flaw; Good* twins catch HttpRequestException or filter cancellation out, and must stay silent.
using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private readonly HttpClient _client = new();
    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public async Task<string?> Bad(Uri uri)
    {
        try
        {
            return await _client.GetStringAsync(uri);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Fetch failed");
            return null;
        }
    }

    public async Task<string?> GoodSpecific(Uri uri)
    {
        try
        {
            return await _client.GetStringAsync(uri);
        }
        catch (HttpRequestException ex)
        {
            _logger.LogError(ex, "Fetch failed");
            return null;
        }
    }

    public async Task<string?> GoodFilter(Uri uri)
    {
        try
        {
            return await _client.GetStringAsync(uri);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Fetch failed");
            return null;
        }
    }
}

// expect: SG3002
// CWE-1069 via SG3002; shape: filter. A filtered catch-all is still empty: the filtered failures vanish.
// Bad() carries the flaw; Good* twins do something with the failure and must stay silent.
using System;
using System.Net.Http;
using System.Threading.Tasks;

public sealed class Case
{
    private readonly HttpClient _client = new();

    public async Task Bad(Uri uri)
    {
        try
        {
            await _client.PostAsync(uri, null);
        }
        catch (Exception ex) when (ex is HttpRequestException)
        {
        }
    }

    public async Task<bool> Good(Uri uri)
    {
        try
        {
            await _client.PostAsync(uri, null);
            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException)
        {
            return false;
        }
    }
}

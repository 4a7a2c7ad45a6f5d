// expect: SG3005
// CWE-390 via SG3005; shape: async. An async Authenticate method treats a failed directory call as success.
// Case carries the flaw; GoodCase rethrows and must stay silent.
using System.Net.Http;
using System.Threading.Tasks;

public sealed class Case
{
    private readonly HttpClient _client = new();

    public async Task<bool> AuthenticateAsync(string user)
    {
        try
        {
            var response = await _client.GetAsync("https://directory.example.org/users/" + user);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return true;
        }
    }
}

public sealed class GoodCase
{
    private readonly HttpClient _client = new();

    public async Task<bool> AuthenticateAsync(string user)
    {
        try
        {
            var response = await _client.GetAsync("https://directory.example.org/users/" + user);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException ex)
        {
            throw new System.InvalidOperationException("Directory unavailable", ex);
        }
    }
}

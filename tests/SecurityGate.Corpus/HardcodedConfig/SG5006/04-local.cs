// expect: SG5006
// CWE-798 via SG5006; shape: local. A local named authToken holds a bearer token literal.
// Bad() carries the flaw; Good* twins read the token from the environment and must stay silent.
using System;
using System.Net.Http;
using System.Net.Http.Headers;

public sealed class Case
{
    public void Bad(HttpClient client)
    {
        var authToken = "ghp_R8x2LmQ7vT4nZ9kW1pB6sJ3cY5hD0fGaE";
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", authToken);
    }

    public void Good(HttpClient client)
    {
        var authToken = Environment.GetEnvironmentVariable("GITHUB_TOKEN");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", authToken);
    }
}

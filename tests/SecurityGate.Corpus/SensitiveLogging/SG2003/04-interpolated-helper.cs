// expect: SG2003
// CWE-209 via SG2003; shape: another-method. A helper prints an exception interpolated into a message.
// Bad() carries the flaw; Good* twins print only the message and must stay silent.
using System;
using System.Net.Http;

public sealed class Case
{
    public void Bad(Exception error)
    {
        Console.Out.WriteLine($"Download failed: {error}");
    }

    public void Good(Exception error)
    {
        Console.Out.WriteLine($"Download failed: {error.Message}");
    }

    public void Caller(HttpClient client)
    {
        try
        {
            client.GetStringAsync("https://example.org").GetAwaiter().GetResult();
        }
        catch (HttpRequestException ex)
        {
            Good(ex);
        }
    }
}

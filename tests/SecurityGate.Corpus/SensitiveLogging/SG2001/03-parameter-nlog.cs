// expect: SG2001
// CWE-532 via SG2001; shape: another-method. An access token is handed to a helper whose parameter is written to NLog.
// Bad() carries the flaw; Good* twins pass something else to the same kind of helper and must stay silent.
using Microsoft.Extensions.Configuration;
using NLog;

public sealed class Case
{
    private static readonly Logger Logger = LogManager.GetCurrentClassLogger();

    public void Bad(IConfiguration configuration)
    {
        var accessToken = configuration["Api:AccessToken"] ?? string.Empty;
        BadSink(accessToken);
    }

    private static void BadSink(string accessToken)
    {
        Logger.Info($"Refreshing session with token {accessToken}");
    }

    public void Good(IConfiguration configuration)
    {
        var accessToken = configuration["Api:AccessToken"] ?? string.Empty;
        GoodSink(accessToken.Length);
    }

    private static void GoodSink(int tokenLength)
    {
        Logger.Info($"Refreshing session with a token of {tokenLength} characters");
    }
}

// expect: SG2001
// CWE-532 via SG2001; shape: configuration. A signing secret read from configuration is written to log4net.
// Bad() carries the flaw; Good* twins log a non-secret entry of the same section and must stay silent.
using log4net;
using Microsoft.Extensions.Configuration;

public sealed class Case
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(Case));
    private readonly IConfiguration _configuration;

    public Case(IConfiguration configuration) => _configuration = configuration;

    public void Bad()
    {
        var signing = _configuration["Jwt:Secret"];
        Log.InfoFormat("JWT configured with {0}", signing);
    }

    public void Good()
    {
        var issuer = _configuration["Jwt:Issuer"];
        Log.InfoFormat("JWT configured for issuer {0}", issuer);
    }
}

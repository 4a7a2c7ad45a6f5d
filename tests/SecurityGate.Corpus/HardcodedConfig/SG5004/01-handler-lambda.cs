// expect: SG5004
// CWE-295 via SG5004; shape: lambda. HttpClientHandler accepts every server certificate through a lambda.
// Bad() carries the flaw; Good* twins accept only a clean chain and must stay silent.
using System.Net.Http;
using System.Net.Security;

public sealed class Case
{
    public HttpClientHandler Bad() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true,
    };

    public HttpClientHandler Good() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => errors == SslPolicyErrors.None,
    };
}

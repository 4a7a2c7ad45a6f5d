// expect: SG5004
// CWE-295 via SG5004; shape: local-delegate. An always-true callback is kept in a local before it reaches the handler.
// Bad() carries the flaw; Good* twins keep a checking callback the same way and must stay silent.
using System;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

public sealed class Case
{
    public HttpClientHandler Bad()
    {
        Func<HttpRequestMessage, X509Certificate2?, X509Chain?, SslPolicyErrors, bool> accept = (_, _, _, _) => true;
        return new HttpClientHandler { ServerCertificateCustomValidationCallback = accept };
    }

    public HttpClientHandler Good()
    {
        Func<HttpRequestMessage, X509Certificate2?, X509Chain?, SslPolicyErrors, bool> check = (_, _, _, errors) => errors == SslPolicyErrors.None;
        return new HttpClientHandler { ServerCertificateCustomValidationCallback = check };
    }
}

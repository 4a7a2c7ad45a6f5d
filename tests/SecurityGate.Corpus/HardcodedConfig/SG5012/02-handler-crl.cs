// expect: SG5012
// CWE-299 via SG5012; shape: object-initialiser. HttpClientHandler is created with CheckCertificateRevocationList = false.
// Bad() carries the flaw; Good* twins turn it on and must stay silent.
using System.Net.Http;

public sealed class Case
{
    public HttpClientHandler Bad() => new HttpClientHandler { CheckCertificateRevocationList = false };

    public HttpClientHandler Good() => new HttpClientHandler { CheckCertificateRevocationList = true };
}

// expect: SG5005
// CWE-327 via SG5005; shape: combined. A handler allows TLS 1.1 next to TLS 1.2.
// Bad() carries the flaw; Good* twins remove the old versions and must stay silent.
using System.Net.Http;
using System.Security.Authentication;

public sealed class Case
{
    public HttpClientHandler Bad()
    {
#pragma warning disable SYSLIB0039
        return new HttpClientHandler { SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12 };
#pragma warning restore SYSLIB0039
    }

    public HttpClientHandler Good()
    {
        var handler = new HttpClientHandler { SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13 };
#pragma warning disable SYSLIB0039
        handler.SslProtocols &= ~SslProtocols.Tls11;
#pragma warning restore SYSLIB0039
        return handler;
    }
}

// expect: SG5005
// CWE-327 via SG5005; shape: argument. SslStream is authenticated with TLS 1.0.
// Bad() carries the flaw; Good* twins use TLS 1.2/1.3 or the system default and must stay silent.
using System.Net.Security;
using System.Security.Authentication;

public sealed class Case
{
    public void Bad(SslStream stream)
    {
#pragma warning disable SYSLIB0039
        stream.AuthenticateAsClient("broker.example.org", null, SslProtocols.Tls, true);
#pragma warning restore SYSLIB0039
    }

    public void GoodModern(SslStream stream)
    {
        stream.AuthenticateAsClient("broker.example.org", null, SslProtocols.Tls12 | SslProtocols.Tls13, true);
    }

    public void GoodDefault(SslStream stream)
    {
        stream.AuthenticateAsClient("broker.example.org", null, SslProtocols.None, true);
    }
}

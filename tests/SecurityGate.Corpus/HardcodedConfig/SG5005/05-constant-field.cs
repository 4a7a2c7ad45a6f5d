// expect: SG5005
// CWE-327 via SG5005; shape: constant-field. A const field of SSL 3 is assigned to a handler.
// Bad() carries the flaw; Good* twins compare against the old version (a read, not a setting) and must stay silent.
using System.Net.Http;
using System.Security.Authentication;

public sealed class Case
{
#pragma warning disable CS0618, SYSLIB0039
    private const SslProtocols Legacy = SslProtocols.Ssl3;

    public void Bad(HttpClientHandler handler)
    {
        handler.SslProtocols = Legacy;
    }

    public bool Good(HttpClientHandler handler) => handler.SslProtocols.HasFlag(SslProtocols.Ssl3) || handler.SslProtocols == SslProtocols.Tls;
#pragma warning restore CS0618, SYSLIB0039
}

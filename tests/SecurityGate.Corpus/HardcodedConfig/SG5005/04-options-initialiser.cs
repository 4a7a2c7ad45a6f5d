// expect: SG5005
// CWE-327 via SG5005; shape: object-initialiser. SslClientAuthenticationOptions enables TLS 1.0 in an initialiser.
// Bad() carries the flaw; Good* twins enable TLS 1.3 and must stay silent.
using System.Net.Security;
using System.Security.Authentication;

public sealed class Case
{
#pragma warning disable SYSLIB0039
    public SslClientAuthenticationOptions Bad() => new SslClientAuthenticationOptions
    {
        TargetHost = "legacy.example.org",
        EnabledSslProtocols = SslProtocols.Tls,
    };
#pragma warning restore SYSLIB0039

    public SslClientAuthenticationOptions Good() => new SslClientAuthenticationOptions
    {
        TargetHost = "legacy.example.org",
        EnabledSslProtocols = SslProtocols.Tls13,
    };
}

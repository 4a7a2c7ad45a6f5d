// expect: SG5012
// CWE-299 via SG5012; shape: options-initialiser. SslClientAuthenticationOptions skip the revocation check.
// Bad() carries the flaw; Good* twins check online and must stay silent.
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

public sealed class Case
{
    public SslClientAuthenticationOptions Bad() => new SslClientAuthenticationOptions
    {
        TargetHost = "mq.example.org",
        CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
    };

    public SslClientAuthenticationOptions Good() => new SslClientAuthenticationOptions
    {
        TargetHost = "mq.example.org",
        CertificateRevocationCheckMode = X509RevocationMode.Online,
    };
}

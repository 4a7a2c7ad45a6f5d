// expect: SG5012
// CWE-299 via SG5012; shape: constant-field. Server options take NoCheck through a const field.
// Bad() carries the flaw; Good* twins use Offline and must stay silent.
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

public sealed class Case
{
    private const X509RevocationMode Mode = X509RevocationMode.NoCheck;

    public void Bad(SslServerAuthenticationOptions options)
    {
        options.CertificateRevocationCheckMode = Mode;
    }

    public void Good(SslServerAuthenticationOptions options)
    {
        options.CertificateRevocationCheckMode = X509RevocationMode.Offline;
    }
}

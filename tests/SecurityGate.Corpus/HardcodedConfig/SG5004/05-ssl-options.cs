// expect: SG5004
// CWE-295 via SG5004; shape: options-initialiser. SslClientAuthenticationOptions carries a block-bodied lambda returning true.
// Bad() carries the flaw; Good* twins pin the certificate thumbprint and must stay silent.
using System.Net.Security;

public sealed class Case
{
    public SslClientAuthenticationOptions Bad() => new SslClientAuthenticationOptions
    {
        TargetHost = "broker.example.org",
        RemoteCertificateValidationCallback = (sender, certificate, chain, errors) =>
        {
            return true;
        },
    };

    public SslClientAuthenticationOptions Good() => new SslClientAuthenticationOptions
    {
        TargetHost = "broker.example.org",
        RemoteCertificateValidationCallback = (sender, certificate, chain, errors) =>
        {
            return errors == SslPolicyErrors.None || certificate?.GetCertHashString() == "A1B2C3D4E5F60718293A4B5C6D7E8F9012345678";
        },
    };
}

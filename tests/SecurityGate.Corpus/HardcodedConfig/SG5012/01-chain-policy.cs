// expect: SG5012
// CWE-299 via SG5012; shape: setter. An X509 chain is built with revocation checking off.
// Bad() carries the flaw; Good* twins check online and must stay silent.
using System.Security.Cryptography.X509Certificates;

public sealed class Case
{
    public bool Bad(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }

    public bool Good(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.Online;
        return chain.Build(certificate);
    }
}

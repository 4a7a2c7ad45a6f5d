// expect: SG5001
// CWE-259 via SG5001; shape: constant-another-file. A const declared in another file is the password of a PFX load.
// Bad() carries the flaw; Good* twins use a password read at run time and must stay silent.
using System;
using System.Security.Cryptography.X509Certificates;

public sealed class Case
{
    public X509Certificate2 Bad() => new X509Certificate2("signing.pfx", Secrets.CertificatePassword);

    public X509Certificate2 Good() => new X509Certificate2("signing.pfx", Environment.GetEnvironmentVariable("PFX_PASSWORD"));
}

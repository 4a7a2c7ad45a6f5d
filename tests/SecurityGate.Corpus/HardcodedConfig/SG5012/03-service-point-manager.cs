// expect: SG5012
// CWE-299 via SG5012; shape: static-setter. ServicePointManager stops checking the CRL.
// Bad() carries the flaw; Good* twins turn it on and must stay silent.
using System.Net;

public sealed class Case
{
    public void Bad()
    {
        ServicePointManager.CheckCertificateRevocationList = false;
    }

    public void Good()
    {
        ServicePointManager.CheckCertificateRevocationList = true;
    }
}

// expect: SG5004
// CWE-295 via SG5004; shape: anonymous-method. ServicePointManager gets an anonymous method that returns true.
// Bad() carries the flaw; Good* twins check the policy errors and must stay silent.
using System.Net;
using System.Net.Security;

public sealed class Case
{
    public void Bad()
    {
#pragma warning disable SYSLIB0014
        ServicePointManager.ServerCertificateValidationCallback = delegate { return true; };
#pragma warning restore SYSLIB0014
    }

    public void Good()
    {
#pragma warning disable SYSLIB0014
        ServicePointManager.ServerCertificateValidationCallback = delegate (object sender, System.Security.Cryptography.X509Certificates.X509Certificate? certificate, System.Security.Cryptography.X509Certificates.X509Chain? chain, SslPolicyErrors errors) { return errors == SslPolicyErrors.None; };
#pragma warning restore SYSLIB0014
    }
}

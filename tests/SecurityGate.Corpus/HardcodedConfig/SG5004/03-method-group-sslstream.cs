// expect: SG5004
// CWE-295 via SG5004; shape: method-group. SslStream is given a method group that always answers true.
// Bad() carries the flaw; Good* twins pass a method that checks the errors and must stay silent.
using System.IO;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

public sealed class Case
{
    public SslStream Bad(Stream inner) => new SslStream(inner, false, AcceptAll);

    private static bool AcceptAll(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        return true;
    }

    public SslStream Good(Stream inner) => new SslStream(inner, false, GoodCheck);

    private static bool GoodCheck(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        return false;
    }
}

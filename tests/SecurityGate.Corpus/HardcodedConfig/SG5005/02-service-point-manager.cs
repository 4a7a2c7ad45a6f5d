// expect: SG5005
// CWE-327 via SG5005; shape: setter. ServicePointManager is pinned to TLS 1.1.
// Bad() carries the flaw; Good* twins pin TLS 1.2 and must stay silent.
using System.Net;

public sealed class Case
{
    public void Bad()
    {
#pragma warning disable SYSLIB0014
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls11;
#pragma warning restore SYSLIB0014
    }

    public void Good()
    {
#pragma warning disable SYSLIB0014
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;
#pragma warning restore SYSLIB0014
    }
}

// expect: SG5004
// CWE-295 via SG5004; shape: setter. A handler's callback is set to DangerousAcceptAnyServerCertificateValidator.
// Bad() carries the flaw; Good* twins leave the default validation and must stay silent.
using System.Net.Http;

public sealed class Case
{
    public HttpClient Bad()
    {
        var handler = new HttpClientHandler();
        handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
        return new HttpClient(handler);
    }

    public HttpClient Good()
    {
        var handler = new HttpClientHandler();
        handler.CheckCertificateRevocationList = true;
        return new HttpClient(handler);
    }
}

// expect: SG5003
// CWE-321 via SG5003; shape: encoding. An HMAC key comes from Encoding.UTF8.GetBytes of a literal kept in a field.
// Bad() carries the flaw; Good* twins take the key bytes from configuration and must stay silent.
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

public sealed class Case
{
    private const string WebhookKey = "whsec_9f8e7d6c5b4a39281706";

    public byte[] Bad(byte[] payload)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(WebhookKey));
        return hmac.ComputeHash(payload);
    }

    public byte[] Good(byte[] payload, IConfiguration configuration)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(configuration["Webhooks:Key"] ?? string.Empty));
        return hmac.ComputeHash(payload);
    }
}

// expect: SG5006
// CWE-321 via SG5006; shape: static-field. A PEM private key body is a static readonly string.
// Case carries the flaw; GoodCase keeps a path to the key file and must stay silent.
public static class Case
{
    public static readonly string PrivateKey = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj";
}

public static class GoodCase
{
    public static readonly string PrivateKeyPath = "/run/secrets/signing-key.pem";
}

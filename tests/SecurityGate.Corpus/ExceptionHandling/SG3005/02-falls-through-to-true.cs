// expect: SG3005
// CWE-390 via SG3005; shape: fall-through. A Validate method logs the failure and falls through to 'return true'.
// Case carries the flaw; GoodCase returns false from the catch and must stay silent.
using System;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public bool ValidateSignature(RSA rsa, byte[] data, byte[] signature)
    {
        try
        {
            if (!rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pss))
            {
                return false;
            }
        }
        catch (CryptographicException ex)
        {
            _logger.LogError(ex, "Signature check failed");
        }

        return true;
    }
}

public sealed class GoodCase
{
    private readonly ILogger _logger;

    public GoodCase(ILogger logger) => _logger = logger;

    public bool ValidateSignature(RSA rsa, byte[] data, byte[] signature)
    {
        try
        {
            if (!rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pss))
            {
                return false;
            }
        }
        catch (CryptographicException ex)
        {
            _logger.LogError(ex, "Signature check failed");
            return false;
        }

        return true;
    }
}

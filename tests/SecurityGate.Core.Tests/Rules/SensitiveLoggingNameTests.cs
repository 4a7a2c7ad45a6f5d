using SecurityGate.Core.Rules.SensitiveLogging;

namespace SecurityGate.Core.Tests.Rules;

public sealed class SensitiveLoggingNameTests
{
    [Theory]
    [InlineData("password", "Secret")]
    [InlineData("userPassword", "Secret")]
    [InlineData("PASSWORD_VALUE", "Secret")]
    [InlineData("PASSWORD_FIELD", null)]
    [InlineData("passwordResetToken", "Secret")]
    [InlineData("APIKey", "Secret")]
    [InlineData("api_key", "Secret")]
    [InlineData("clientSecret", "Secret")]
    [InlineData("Credentials", "Secret")]
    [InlineData("privateKeyPem", "Secret")]
    [InlineData("PrivateKey", "Secret")]
    [InlineData("AccessKeyId", null)]
    [InlineData("authorizationHeader", "Secret")]
    [InlineData("connectionString", "ConnectionString")]
    [InlineData("PasswordQuestion", null)]
    [InlineData("PasswordHash", null)]
    [InlineData("HashedPassword", null)]
    [InlineData("MinPasswordLength", null)]
    [InlineData("PasswordPolicy", null)]
    [InlineData("PasswordHint", null)]
    [InlineData("PasswordExpiry", null)]
    [InlineData("PasswordChanged", null)]
    [InlineData("PasswordResetUrl", null)]
    [InlineData("TokenType", null)]
    [InlineData("TokenEndpoint", null)]
    [InlineData("tokenCount", null)]
    [InlineData("SecretName", null)]
    [InlineData("Secretary", null)]
    [InlineData("passage", null)]
    [InlineData("SSN", "PersonalData")]
    [InlineData("SocialSecurityNumber", "PersonalData")]
    [InlineData("CreditCardNumber", "PersonalData")]
    [InlineData("cardNumberLast4", null)]
    [InlineData("DateOfBirth", "PersonalData")]
    [InlineData("birthDate", "PersonalData")]
    [InlineData("passport_no", "PersonalData")]
    [InlineData("NationalId", "PersonalData")]
    [InlineData("taxId", "PersonalData")]
    [InlineData("Iban", "PersonalData")]
    [InlineData("maskedIban", null)]
    public void Names_are_classified_by_words_not_substrings(string name, string? expected)
    {
        Assert.Equal(expected, SensitiveNames.Classify(name)?.Kind.ToString());
    }

    [Fact]
    public void Names_split_on_case_acronyms_separators_and_digits()
    {
        Assert.Equal(["api", "key", "header", "2"], SensitiveNames.Words("APIKeyHeaders2"));
        Assert.Equal(["password", "field"], SensitiveNames.Words("PASSWORD_FIELD"));
        Assert.Equal(["x", "auth", "token"], SensitiveNames.Words("x-auth-token"));
    }
}

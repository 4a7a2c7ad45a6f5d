// expect: none
// CWE-532 false friends (DESIGN.md section 5.5): names that only mention a secret, labels, placeholders and counts.
// Everything here must stay silent.
using System;
using Microsoft.Extensions.Logging;

public sealed class Account
{
    public string PasswordQuestion { get; set; } = string.Empty;
    public string UserName { get; set; } = string.Empty;
}

public sealed class Case
{
    private const string PASSWORD = "Password";
    private const string TokenPlaceholder = "<redacted>";
    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public void GoodQuestion(Account account)
    {
        _logger.LogInformation("Security question for {User}: {Question}", account.UserName, account.PasswordQuestion);
    }

    public void GoodLabel()
    {
        _logger.LogInformation("Field {Label} is required", PASSWORD);
        Console.WriteLine(PASSWORD + ": " + TokenPlaceholder);
    }

    public void GoodCounts(bool passwordValid, int tokenCount)
    {
        _logger.LogInformation("Password valid: {Valid}; tokens issued: {Count}", passwordValid, tokenCount);
    }

    private static readonly Uri tokenEndpoint = new("https://login.example.org/oauth2/v2.0/token");

    public void GoodEndpoint()
    {
        _logger.LogInformation("Token endpoint {Endpoint}", tokenEndpoint);
    }
}

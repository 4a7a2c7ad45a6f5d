// expect: none
// CWE-798 false friends (DESIGN.md section 5.5): labels, questions, placeholders, empty passwords and endpoints.
// Everything here must stay silent.
using System;
using System.Net;

public sealed class GoodAccountForm
{
    public const string PASSWORD = "Password";
    public string PasswordQuestion { get; set; } = "What was the name of your first pet?";
    public string PasswordLabel { get; set; } = "Enter your password";
    public string TokenEndpoint { get; set; } = "https://login.example.org/oauth2/v2.0/token";
    public string SecretName { get; set; } = "payments-api-key";
    public string PasswordResetUrl { get; set; } = "/account/reset-password";
}

public sealed class GoodCredentials
{
    public ICredentials Anonymous() => new NetworkCredential("anonymous", string.Empty);

    public bool IsEmpty(string password) => password == string.Empty;
}

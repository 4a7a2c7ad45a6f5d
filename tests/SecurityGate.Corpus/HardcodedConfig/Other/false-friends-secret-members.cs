// expect: none
// CWE-798 false friends for secret-named members: labels repeating the name, placeholders, URLs, key names and paths.
// Everything here must stay silent.
public sealed class GoodSettings
{
    public const string PASSWORD = "Password";
    public const string ApiKeyHeader = "X-Api-Key";
    public string Password { get; set; } = "********";
    public string ClientSecret { get; set; } = "<client-secret>";
    public string Token { get; set; } = "${TOKEN}";
    public string ApiKey { get; set; } = "changeme";
    public string SecretKey { get; set; } = "your-secret-key-here";
    public string TokenUrl { get; set; } = "https://login.example.org/token";
    public string PasswordQuestion { get; set; } = "Mother's maiden name?";
}

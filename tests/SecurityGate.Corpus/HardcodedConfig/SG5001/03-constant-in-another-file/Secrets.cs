// part of the case declared in Case.cs

internal static class Secrets
{
    public const string CertificatePassword = "Pfx!Export99";
}

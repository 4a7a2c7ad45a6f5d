// expect: SG5001
// CWE-798 via SG5001; shape: parameter. A helper builds a credential from its parameter; the only caller passes a literal.
// Bad() carries the flaw; Good* twins pass a value read at run time to their own helper and must stay silent.
using System;
using System.Net;

public sealed class Case
{
    public ICredentials Bad() => BadSink("ftp-upload", "Upl0ad!Secret");

    private static ICredentials BadSink(string user, string password) => new NetworkCredential(user, password);

    public ICredentials Good() => GoodSink("ftp-upload", Environment.GetEnvironmentVariable("FTP_PASSWORD") ?? string.Empty);

    private static ICredentials GoodSink(string user, string password) => new NetworkCredential(user, password);
}

// expect: SG5001
// CWE-259 via SG5001; shape: local. A password literal kept in a local reaches DirectoryEntry.
// Bad() carries the flaw; Good* twins use a value read at run time and must stay silent.
using System;
using System.DirectoryServices;

public sealed class Case
{
    public DirectoryEntry Bad()
    {
        var password = "Ld@pBind2024";
        return new DirectoryEntry("LDAP://dc01/DC=corp,DC=example", "CORP\\binder", password);
    }

    public DirectoryEntry Good()
    {
        var password = Environment.GetEnvironmentVariable("LDAP_BIND_PASSWORD");
        return new DirectoryEntry("LDAP://dc01/DC=corp,DC=example", "CORP\\binder", password);
    }
}

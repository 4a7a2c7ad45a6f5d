// expect: SG2001
// CWE-532 via SG2001; shape: property. A credential object's Password property is printed to the console.
// Bad() carries the flaw; Good* twins print the user name and must stay silent.
using System;
using System.Net;

public sealed class Case
{
    public void Bad(NetworkCredential credential)
    {
        Console.WriteLine("Connecting as {0} / {1}", credential.UserName, credential.Password);
    }

    public void Good(NetworkCredential credential)
    {
        Console.WriteLine("Connecting as {0}", credential.UserName);
    }
}

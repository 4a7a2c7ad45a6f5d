// expect: SG5001
// CWE-798 via SG5001; shape: literal. A password literal is given to NetworkCredential.
// Bad() carries the flaw; Good* twins read it from configuration or the environment and must stay silent.
using System;
using System.Net;
using Microsoft.Extensions.Configuration;

public sealed class Case
{
    public ICredentials Bad() => new NetworkCredential("svc-backup", "Backup#2024!x");

    public ICredentials GoodConfiguration(IConfiguration configuration) =>
        new NetworkCredential("svc-backup", configuration["Backup:Password"]);

    public ICredentials GoodEnvironment() =>
        new NetworkCredential("svc-backup", Environment.GetEnvironmentVariable("BACKUP_PASSWORD"));
}

// expect: SG5002
// CWE-798 via SG5002; shape: ef-core. OnConfiguring passes a connection string with a password to UseSqlServer through a local.
// Bad() carries the flaw; Good* twins read the connection string from the environment and must stay silent.
using System;
using Microsoft.EntityFrameworkCore;

public sealed class Case
{
    public void Bad(DbContextOptionsBuilder options)
    {
        var connection = "Server=tcp:sql.example.org,1433;Database=shop;User ID=shop;Pwd=Sh0p-Pa55;Encrypt=true;";
        options.UseSqlServer(connection);
    }

    public void Good(DbContextOptionsBuilder options)
    {
        var connection = Environment.GetEnvironmentVariable("SHOP_DB");
        options.UseSqlServer(connection);
    }
}

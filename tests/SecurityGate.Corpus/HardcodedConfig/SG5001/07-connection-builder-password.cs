// expect: SG5001
// CWE-259 via SG5001; shape: object-initialiser. A connection-string builder's Password is set to a literal in an initialiser.
// Bad() carries the flaw; Good* twins take it from configuration and must stay silent.
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;

public sealed class Case
{
    public string Bad() => new SqlConnectionStringBuilder { DataSource = "db01", UserID = "app", Password = "Sq1!AppUser" }.ConnectionString;

    public string Good(IConfiguration configuration) =>
        new SqlConnectionStringBuilder { DataSource = "db01", UserID = "app", Password = configuration["Db:Password"] ?? string.Empty }.ConnectionString;
}

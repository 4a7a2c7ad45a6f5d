// expect: SG5002
// CWE-798 via SG5002; shape: builder. A connection-string builder is created from an interpolated constant with a password.
// Bad() carries the flaw; Good* twins build it without a password and must stay silent.
using Microsoft.Data.SqlClient;

public sealed class Case
{
    private const string Server = "db03";

    public SqlConnectionStringBuilder Bad() => new SqlConnectionStringBuilder($"Server={Server};Database=Hr;User Id=hr;Password=Hr!Payroll1;");

    public SqlConnectionStringBuilder Good() => new SqlConnectionStringBuilder($"Server={Server};Database=Hr;Integrated Security=true;");
}

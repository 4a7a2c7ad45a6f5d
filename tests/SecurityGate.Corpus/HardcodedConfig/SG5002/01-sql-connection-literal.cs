// expect: SG5002
// CWE-798 via SG5002; shape: literal. A connection string with a password is passed to SqlConnection.
// Bad() carries the flaw; Good* twins use integrated security or configuration and must stay silent.
using System.Data.SqlClient;
using Microsoft.Extensions.Configuration;

public sealed class Case
{
    public SqlConnection Bad() => new SqlConnection("Server=db01;Database=Orders;User Id=orders;Password=0rd3rs!2024;");

    public SqlConnection GoodIntegrated() => new SqlConnection("Server=db01;Database=Orders;Integrated Security=true;");

    public SqlConnection GoodConfiguration(IConfiguration configuration) => new SqlConnection(configuration.GetConnectionString("Orders"));
}

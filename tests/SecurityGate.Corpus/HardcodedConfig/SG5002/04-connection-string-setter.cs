// expect: SG5002
// CWE-798 via SG5002; shape: setter. A field holding a connection string with a password is assigned to DbConnection.ConnectionString.
// Bad() carries the flaw; Good* twins assign a password-free string and must stay silent.
using System.Data.Common;

public sealed class Case
{
    private static readonly string s_reporting = "Data Source=rpt01;Initial Catalog=Reports;User ID=rpt;Password=R3p0rts!;";
    private static readonly string s_reportingTrusted = "Data Source=rpt01;Initial Catalog=Reports;Trusted_Connection=True;";

    public void Bad(DbConnection connection)
    {
        connection.ConnectionString = s_reporting;
    }

    public void Good(DbConnection connection)
    {
        connection.ConnectionString = s_reportingTrusted;
    }
}

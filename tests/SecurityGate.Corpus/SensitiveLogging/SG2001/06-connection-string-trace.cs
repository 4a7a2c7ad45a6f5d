// expect: SG2001
// CWE-532 via SG2001; shape: constant. A connection string with a password is written to Trace.
// Bad() carries the flaw; Good* twins trace a connection string without credentials and must stay silent.
using System.Diagnostics;

public sealed class Case
{
    private const string ReportingDatabase = "Server=db01;Database=Reports;User Id=report;Password=Rep0rt!ng2024;";
    private const string ReportingDatabaseIntegrated = "Server=db01;Database=Reports;Integrated Security=true;";

    public void Bad()
    {
        Trace.WriteLine("Opening " + ReportingDatabase);
    }

    public void Good()
    {
        Trace.WriteLine("Opening " + ReportingDatabaseIntegrated);
    }
}

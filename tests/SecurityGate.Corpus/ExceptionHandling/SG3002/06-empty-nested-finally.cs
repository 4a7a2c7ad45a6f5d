// expect: SG3002
// CWE-1069 via SG3002; shape: nested-try. An empty catch nested in a finally hides a failed cleanup.
// Bad() carries the flaw; Good* twins trace the cleanup failure and must stay silent.
using System.Diagnostics;
using System.IO;

public sealed class Case
{
    private const string DataPath = "data/app.txt";

    public void Bad()
    {
        try
        {
            File.AppendAllText(DataPath, "done");
        }
        finally
        {
            try
            {
                File.Delete(DataPath + ".lock");
            }
            catch (IOException)
            {
            }
        }
    }

    public void Good()
    {
        try
        {
            File.AppendAllText(DataPath, "done");
        }
        finally
        {
            try
            {
                File.Delete(DataPath + ".lock");
            }
            catch (IOException ex)
            {
                Trace.TraceWarning("Could not remove the lock file: " + ex.Message);
            }
        }
    }
}

// expect: SG3002
// CWE-1069 via SG3002; shape: nested-try. An empty catch nested in a finally hides a failed cleanup.
// Bad() carries the flaw; Good* twins trace the cleanup failure and must stay silent.
using System.Diagnostics;
using System.IO;

public sealed class Case
{
    public void Bad(string path)
    {
        try
        {
            File.AppendAllText(path, "done");
        }
        finally
        {
            try
            {
                File.Delete(path + ".lock");
            }
            catch (IOException)
            {
            }
        }
    }

    public void Good(string path)
    {
        try
        {
            File.AppendAllText(path, "done");
        }
        finally
        {
            try
            {
                File.Delete(path + ".lock");
            }
            catch (IOException ex)
            {
                Trace.TraceWarning("Could not remove the lock file: " + ex.Message);
            }
        }
    }
}

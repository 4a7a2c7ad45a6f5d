// expect: SG3001
// CWE-396 via SG3001; shape: throw-ex. A catch-all rethrows with 'throw ex;', which resets the stack trace.
// Bad() carries the flaw; Good* twins use 'throw;' or wrap the exception, and must stay silent.
using System;
using System.IO;

public sealed class Case
{
    private const string DataPath = "data/app.txt";

    public void Bad()
    {
        try
        {
            File.Delete(DataPath);
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine("Delete failed: " + ex.Message);
            throw ex;
        }
    }

    public void GoodRethrow()
    {
        try
        {
            File.Delete(DataPath);
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine("Delete failed: " + ex.Message);
            throw;
        }
    }

    public void GoodWrap()
    {
        try
        {
            File.Delete(DataPath);
        }
        catch (Exception ex)
        {
            throw new IOException("Could not delete " + DataPath, ex);
        }
    }
}

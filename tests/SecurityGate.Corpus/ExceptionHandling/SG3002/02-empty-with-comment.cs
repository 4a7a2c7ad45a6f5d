// expect: SG3002
// CWE-1069 via SG3002; shape: comment. A comment explains the swallow but the failure is still invisible at run time.
// Bad() carries the flaw; Good* twins rethrow or handle the failure, and must stay silent.
using System;
using System.IO;

public sealed class Case
{
    private const string DataPath = "data/app.txt";

    public void Bad()
    {
        try
        {
            File.SetLastWriteTimeUtc(DataPath, DateTime.UtcNow);
        }
        catch (UnauthorizedAccessException)
        {
            // Not important: the timestamp is only a hint.
        }
    }

    public bool Good()
    {
        try
        {
            File.SetLastWriteTimeUtc(DataPath, DateTime.UtcNow);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}

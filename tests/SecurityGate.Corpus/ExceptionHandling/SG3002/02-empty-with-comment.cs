// expect: SG3002
// CWE-1069 via SG3002; shape: comment. A comment explains the swallow but the failure is still invisible at run time.
// Bad() carries the flaw; Good* twins rethrow or handle the failure, and must stay silent.
using System;
using System.IO;

public sealed class Case
{
    public void Bad(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (UnauthorizedAccessException)
        {
            // Not important: the timestamp is only a hint.
        }
    }

    public bool Good(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}

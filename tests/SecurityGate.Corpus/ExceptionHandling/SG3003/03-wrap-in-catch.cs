// expect: SG3003
// CWE-397 via SG3003; shape: catch-wrap. A catch wraps an IOException into System.Exception.
// Bad() carries the flaw; Good* twins wrap it in a domain exception and must stay silent.
using System;
using System.IO;

public sealed class ImportFailedException : Exception
{
    public ImportFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

public sealed class Case
{
    private const string DataPath = "data/app.txt";

    public string Bad()
    {
        try
        {
            return File.ReadAllText(DataPath);
        }
        catch (IOException ex)
        {
            throw new Exception("Import failed", ex);
        }
    }

    public string Good()
    {
        try
        {
            return File.ReadAllText(DataPath);
        }
        catch (IOException ex)
        {
            throw new ImportFailedException("Import failed", ex);
        }
    }
}

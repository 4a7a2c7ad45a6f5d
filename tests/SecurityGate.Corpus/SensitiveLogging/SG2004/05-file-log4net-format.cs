// expect: SG2004
// CWE-117 via SG2004; shape: file. The first line of an uploaded file is written to log4net through a format argument.
// Bad() carries the flaw; Good* twins use a constant or neutralise it, and must stay silent.
using System.IO;
using log4net;

public sealed class Case
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(Case));

    public void Bad()
    {
        var title = File.ReadAllText("import/title.txt");
        Log.InfoFormat("Imported document {0}", title);
    }

    public void GoodG2B()
    {
        const string title = "Quarterly report";
        Log.InfoFormat("Imported document {0}", title);
    }

    public void GoodB2G()
    {
        var title = File.ReadAllText("import/title.txt").Replace("\r", "").Replace("\n", "");
        Log.InfoFormat("Imported document {0}", title);
    }
}

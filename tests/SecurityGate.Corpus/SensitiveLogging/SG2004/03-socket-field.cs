// expect: SG2004
// CWE-117 via SG2004; shape: field. A line read from a socket is kept in a field and written to NLog by another method.
// Bad() carries the flaw; Good* twins store a neutralised line and must stay silent.
using System.IO;
using System.Net.Sockets;
using NLog;

public sealed class Case
{
    private static readonly Logger Logger = LogManager.GetCurrentClassLogger();
    private string _badCommand = string.Empty;
    private string _goodCommand = string.Empty;

    public void Bad()
    {
        using var client = new TcpClient("example.org", 9000);
        using var reader = new StreamReader(client.GetStream());
        _badCommand = reader.ReadLine() ?? string.Empty;
        BadSink();
    }

    private void BadSink()
    {
        Logger.Info("Received command " + _badCommand);
    }

    public void GoodB2G()
    {
        using var client = new TcpClient("example.org", 9000);
        using var reader = new StreamReader(client.GetStream());
        _goodCommand = (reader.ReadLine() ?? string.Empty).ReplaceLineEndings(" ");
        GoodSink();
    }

    private void GoodSink()
    {
        Logger.Info("Received command " + _goodCommand.Replace("\n", "").Replace("\r", ""));
    }
}

// expect: SG3002
// CWE-1069 via SG3002; shape: async. An async method swallows a failed flush.
// Bad() carries the flaw; Good* twins log it and must stay silent.
using System.IO;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

public sealed class Case
{
    private readonly ILogger _logger;

    public Case(ILogger logger) => _logger = logger;

    public async Task Bad(Stream stream)
    {
        try
        {
            await stream.FlushAsync();
        }
        catch (IOException)
        {
        }
    }

    public async Task Good(Stream stream)
    {
        try
        {
            await stream.FlushAsync();
        }
        catch (IOException ex)
        {
            _logger.LogError(ex, "Flush failed");
        }
    }
}

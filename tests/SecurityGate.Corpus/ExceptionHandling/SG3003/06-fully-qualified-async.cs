// expect: SG3003
// CWE-397 via SG3003; shape: async-qualified. An async method throws a fully qualified System.Exception.
// Bad() carries the flaw; Good* twins throw TimeoutException and must stay silent.
using System.Threading.Tasks;

public sealed class Case
{
    public async Task Bad(Task<bool> ready)
    {
        if (!await ready)
        {
            throw new System.Exception("Service did not become ready");
        }
    }

    public async Task Good(Task<bool> ready)
    {
        if (!await ready)
        {
            throw new System.TimeoutException("Service did not become ready");
        }
    }
}

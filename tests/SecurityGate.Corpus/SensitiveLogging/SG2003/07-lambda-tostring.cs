// expect: SG2003
// CWE-209 via SG2003; shape: lambda. A continuation prints the exception text of a faulted task.
// Bad() carries the flaw; Good* twins print only a generic line and must stay silent.
using System;
using System.Threading.Tasks;

public sealed class Case
{
    public Task Bad(Task work) =>
        work.ContinueWith(t => Console.WriteLine("Background work failed: " + t.Exception?.ToString()), TaskContinuationOptions.OnlyOnFaulted);

    public Task Good(Task work) =>
        work.ContinueWith(t => Console.WriteLine("Background work failed: " + t.Exception?.GetBaseException().Message), TaskContinuationOptions.OnlyOnFaulted);
}

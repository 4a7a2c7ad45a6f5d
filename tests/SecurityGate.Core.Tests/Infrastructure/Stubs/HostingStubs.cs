namespace SecurityGate.Core.Tests.Infrastructure.Stubs;

/// <summary>Microsoft.Extensions.Hosting declarations (hosted services) used by the exception-handling rule tests.</summary>
internal static class HostingStubs
{
    public const string Source =
        """
        namespace Microsoft.Extensions.Hosting
        {
            public interface IHostedService
            {
                System.Threading.Tasks.Task StartAsync(System.Threading.CancellationToken cancellationToken);
                System.Threading.Tasks.Task StopAsync(System.Threading.CancellationToken cancellationToken);
            }
            public abstract class BackgroundService : IHostedService, System.IDisposable
            {
                public virtual System.Threading.Tasks.Task? ExecuteTask => null;
                protected abstract System.Threading.Tasks.Task ExecuteAsync(System.Threading.CancellationToken stoppingToken);
                public virtual System.Threading.Tasks.Task StartAsync(System.Threading.CancellationToken cancellationToken) => System.Threading.Tasks.Task.CompletedTask;
                public virtual System.Threading.Tasks.Task StopAsync(System.Threading.CancellationToken cancellationToken) => System.Threading.Tasks.Task.CompletedTask;
                public virtual void Dispose() { }
            }
        }
        """;
}

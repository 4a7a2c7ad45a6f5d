using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

// Event handlers, async void functions and work nobody awaits are boundaries: no caller can handle what leaves them.
public sealed class ExceptionHandlingCallbackBoundaryTests
{
    [Fact]
    public void Catch_all_that_logs_in_callbacks_nobody_awaits_stays_silent()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            public sealed class Consumer(ILogger<Consumer> logger)
            {
                public event Func<string, Task>? Received;
                public event EventHandler? Closed;
                public void Start()
                {
                    Received += OnMessageAsync;
                    Closed += (sender, e) =>
                    {
                        try { Work(); }
                        catch (Exception ex) { logger.LogError(ex, "Close failed"); }
                    };
                    _ = Task.Run(() =>
                    {
                        try { Work(); }
                        catch (Exception ex) { logger.LogError(ex, "Connect failed"); }
                    });
                    ThreadPool.QueueUserWorkItem(_ =>
                    {
                        try { Work(); }
                        catch (Exception ex) { logger.LogError(ex, "Work item failed"); }
                    });
                    new Thread(() =>
                    {
                        try { Work(); }
                        catch (Exception ex) { logger.LogError(ex, "Thread failed"); }
                    }).Start();
                }
                private async Task OnMessageAsync(string message)
                {
                    try { await Task.Yield(); Work(); }
                    catch (Exception ex) { logger.LogError(ex, "Message failed"); }
                }
                public void OnTick(object? sender, EventArgs e)
                {
                    try { Work(); }
                    catch (Exception ex) { logger.LogError(ex, "Tick failed"); }
                }
                public async void OnClick()
                {
                    try { await Task.Yield(); Work(); }
                    catch (Exception ex) { logger.LogError(ex, "Click failed"); }
                }
                private static void Work() { }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG3001", source));
    }

    [Fact]
    public void Catch_all_in_awaited_work_or_a_callback_that_does_not_log_is_reported()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            public sealed class Consumer(ILogger<Consumer> logger)
            {
                public event EventHandler? Closed;
                public async Task StartAsync()
                {
                    await Task.Run(() =>
                    {
                        try { Work(); }
                        catch (Exception ex) { logger.LogError(ex, "Connect failed"); }
                    });
                    Closed += (sender, e) =>
                    {
                        try { Work(); }
                        catch (Exception) { logger.LogError("Close failed"); }
                    };
                }
                private void Handle(string message)
                {
                    try { Work(); }
                    catch (Exception ex) { logger.LogError(ex, "Message failed"); }
                }
                private static void Work() { }
            }
            """;
        Assert.Equal(["SG3001@12:19", "SG3001@17:19", "SG3001@23:15"], RuleHarness.Ids("SG3001", source));
        var unlogged = Assert.Single(RuleHarness.Analyze(source), f => f.Rule.Id == "SG3001" && f.Location.StartLine == 17);
        Assert.Contains("at a boundary (event handler) does not log the caught exception", unlogged.Message, StringComparison.Ordinal);
    }
}

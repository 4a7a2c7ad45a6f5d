using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

public sealed class ExceptionHandlingCatchAllRuleTests
{
    [Fact]
    public void Catch_of_Exception_that_only_logs_is_reported_at_the_declaration()
    {
        const string source = """
            using System;
            class Service
            {
                void Run()
                {
                    try
                    {
                        Work();
                    }
                    catch (Exception ex)
                    {
                        Console.WriteLine(ex);
                    }
                }
                void Work() { }
            }
            """;
        Assert.Equal(["SG3001@10:15"], RuleHarness.Ids("SG3", source));
    }

    [Fact]
    public void Filter_rethrow_and_wrapping_stay_silent()
    {
        const string source = """
            using System;
            class Service
            {
                void Filtered()
                {
                    try { Work(); }
                    catch (Exception ex) when (ex is TimeoutException) { Console.WriteLine(ex); }
                }
                void Rethrown()
                {
                    try { Work(); }
                    catch (Exception ex) { Console.WriteLine(ex); throw; }
                }
                void Wrapped(bool retry)
                {
                    try { Work(); }
                    catch (Exception ex)
                    {
                        if (retry) throw;
                        throw new InvalidOperationException("Run failed", ex);
                    }
                }
                int WrappedByName()
                {
                    try { Work(); return 1; }
                    catch (SystemException ex) { throw new InvalidOperationException(message: "Run failed", innerException: (ex)); }
                }
                void Work() { }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG3", source));
    }

    [Fact]
    public void Bare_catch_qualified_name_and_alias_are_reported()
    {
        const string source = """
            using Fault = System.SystemException;
            class Service
            {
                void Bare()
                {
                    try { Work(); }
                    catch { System.Console.WriteLine("failed"); }
                }
                void Qualified()
                {
                    try { Work(); }
                    catch (System.Exception) { System.Console.WriteLine("failed"); }
                }
                void Aliased()
                {
                    try { Work(); }
                    catch (Fault f) { System.Console.WriteLine(f.Message); }
                }
                void Work() { }
            }
            """;
        Assert.Equal(["SG3001@7:9", "SG3001@12:15", "SG3001@17:15"], RuleHarness.Ids("SG3", source));
    }

    [Fact]
    public void User_type_named_Exception_in_another_namespace_stays_silent()
    {
        const string source = """
            namespace Shop
            {
                public class Exception : System.Exception { }
                class Service
                {
                    void Run()
                    {
                        try { Work(); }
                        catch (Exception ex) { System.Console.WriteLine(ex); }
                    }
                    void Work() { }
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG3", source));
    }

    [Fact]
    public void Throw_of_the_caught_variable_is_reported_and_named_in_the_message()
    {
        const string source = """
            using System;
            class Service
            {
                void Run()
                {
                    try { Work(); }
                    catch (Exception ex)
                    {
                        Console.WriteLine(ex);
                        throw ex;
                    }
                }
                void Work() { }
            }
            """;
        Assert.Equal(["SG3001@7:15"], RuleHarness.Ids("SG3", source));
        var finding = Assert.Single(RuleHarness.Analyze(source), f => f.Rule.Id == "SG3001");
        Assert.Contains("'throw ex;'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("stack trace", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rethrow_on_only_some_paths_is_reported()
    {
        const string source = """
            using System;
            class Service
            {
                void Run()
                {
                    try { Work(); }
                    catch (Exception ex)
                    {
                        if (ex is TimeoutException) throw;
                        Console.WriteLine("Run failed");
                    }
                }
                bool Later()
                {
                    try { Work(); return true; }
                    catch (Exception ex)
                    {
                        Action later = () => throw new InvalidOperationException("later", ex);
                        return false;
                    }
                }
                int Fallback(int? value)
                {
                    try { Work(); return 1; }
                    catch (SystemException ex) { return value ?? throw new InvalidOperationException("no value", ex); }
                }
                void Work() { }
            }
            """;
        Assert.Equal(["SG3001@7:15", "SG3001@16:15", "SG3001@25:15"], RuleHarness.Ids("SG3", source));
    }

    [Fact]
    public void Empty_catch_all_is_reported_once_as_an_empty_catch()
    {
        const string source = """
            using System;
            class Service
            {
                void Run()
                {
                    try { Work(); }
                    catch (Exception) { }
                }
                void Work() { }
            }
            """;
        Assert.Equal(["SG3002@7:15"], RuleHarness.Ids("SG3", source));
    }

    [Fact]
    public void Main_that_logs_the_exception_is_a_boundary()
    {
        const string source = """
            using System;
            static class Program
            {
                static int Main(string[] args)
                {
                    try
                    {
                        Run(args);
                        return 0;
                    }
                    catch (Exception ex)
                    {
                        Console.Error.WriteLine($"fatal: {ex}");
                        return 1;
                    }
                }
                static void Run(string[] args) { }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG3", source));
    }

    [Fact]
    public void Main_that_ignores_the_exception_is_reported()
    {
        const string source = """
            using System;
            static class Program
            {
                static int Main(string[] args)
                {
                    try
                    {
                        Run(args);
                        return 0;
                    }
                    catch (Exception)
                    {
                        Console.Error.WriteLine("fatal");
                        return 1;
                    }
                }
                static void Run(string[] args) { }
            }
            """;
        Assert.Equal(["SG3001@11:15"], RuleHarness.Ids("SG3", source));
        Assert.Contains("boundary (Main)", Assert.Single(RuleHarness.Analyze(source), f => f.Rule.Id == "SG3001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Background_service_loop_that_logs_is_a_boundary()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Hosting;
            using Microsoft.Extensions.Logging;
            sealed class Worker(ILogger<Worker> logger) : BackgroundService
            {
                protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    while (!stoppingToken.IsCancellationRequested)
                    {
                        try { await Poll(stoppingToken); }
                        catch (Exception ex) { logger.LogError(ex, "poll failed"); }
                        await Task.Delay(1000, stoppingToken);
                    }
                }
                private Task Poll(CancellationToken token) => Task.CompletedTask;
            }
            sealed class Pump(ILogger<Pump> logger) : IHostedService
            {
                public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
                public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
                private async Task Loop(CancellationToken token)
                {
                    for (var i = 0; !token.IsCancellationRequested; i++)
                    {
                        try { await Task.Delay(i, token); }
                        catch (SystemException ex) { logger.LogWarning("round {Round} failed: {Error}", i, ex); }
                    }
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG3", source));
    }

    [Fact]
    public void Background_service_catch_that_ignores_the_exception_or_sits_outside_the_boundary_is_reported()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Hosting;
            using Microsoft.Extensions.Logging;
            sealed class Worker(ILogger<Worker> logger) : BackgroundService
            {
                protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    while (!stoppingToken.IsCancellationRequested)
                    {
                        try { await Poll(stoppingToken); }
                        catch (Exception) { logger.LogError("poll failed"); }
                    }
                }
                private async Task Poll(CancellationToken token)
                {
                    try { await Task.Delay(10, token); }
                    catch (Exception ex) { logger.LogError(ex, "delay failed"); }
                }
            }
            sealed class Pump(ILogger<Pump> logger) : IHostedService
            {
                public async Task StartAsync(CancellationToken cancellationToken)
                {
                    try { await Task.Delay(1, cancellationToken); }
                    catch (Exception ex) { logger.LogError(ex, "start failed"); }
                }
                public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
            }
            """;
        Assert.Equal(["SG3001@13:19", "SG3001@19:15", "SG3001@27:15"], RuleHarness.Ids("SG3", source));
    }

    [Fact]
    public void Middleware_that_logs_is_a_boundary_and_one_that_hides_the_error_is_reported()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;
            sealed class ErrorMiddleware(Func<HttpContext, Task> next, ILogger<ErrorMiddleware> logger)
            {
                public async Task InvokeAsync(HttpContext context)
                {
                    try { await next(context); }
                    catch (Exception ex)
                    {
                        logger.LogError(ex, "request failed");
                        await context.Response.WriteAsync("error");
                    }
                }
            }
            sealed class QuietMiddleware(Func<HttpContext, Task> next)
            {
                public async Task InvokeAsync(HttpContext context)
                {
                    try { await next(context); }
                    catch (Exception) { await context.Response.WriteAsync("error"); }
                }
            }
            """;
        Assert.Equal(["SG3001@22:15"], RuleHarness.Ids("SG3", source));
    }
}

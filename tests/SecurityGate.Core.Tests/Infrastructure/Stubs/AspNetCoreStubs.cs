namespace SecurityGate.Core.Tests.Infrastructure.Stubs;

/// <summary>Microsoft.Extensions.Logging, configuration and ASP.NET Core declarations used by rule tests.</summary>
internal static class AspNetCoreStubs
{
    public const string Source =
        """
        namespace Microsoft.Extensions.Logging
        {
            public enum LogLevel { Trace, Debug, Information, Warning, Error, Critical, None }
            public readonly struct EventId { public EventId(int id, string? name = null) { } }
            public interface ILogger
            {
                void Log<TState>(LogLevel logLevel, EventId eventId, TState state, System.Exception? exception, System.Func<TState, System.Exception?, string> formatter);
                bool IsEnabled(LogLevel logLevel);
            }
            public interface ILogger<out TCategoryName> : ILogger { }
            public static class LoggerExtensions
            {
                public static void LogTrace(this ILogger logger, string? message, params object?[] args) { }
                public static void LogDebug(this ILogger logger, string? message, params object?[] args) { }
                public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
                public static void LogWarning(this ILogger logger, string? message, params object?[] args) { }
                public static void LogError(this ILogger logger, string? message, params object?[] args) { }
                public static void LogError(this ILogger logger, System.Exception? exception, string? message, params object?[] args) { }
                public static void LogCritical(this ILogger logger, string? message, params object?[] args) { }
                public static void LogCritical(this ILogger logger, System.Exception? exception, string? message, params object?[] args) { }
                public static void Log(this ILogger logger, LogLevel logLevel, string? message, params object?[] args) { }
            }
        }
        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration { string? this[string key] { get; set; } IConfigurationSection GetSection(string key); }
            public interface IConfigurationSection : IConfiguration { string? Value { get; set; } }
            public static class ConfigurationExtensions { public static string? GetConnectionString(this IConfiguration configuration, string name) => null; }
        }
        namespace Microsoft.AspNetCore.Http
        {
            public interface IQueryCollection { Microsoft.Extensions.Primitives.StringValues this[string key] { get; } }
            public interface IFormCollection { Microsoft.Extensions.Primitives.StringValues this[string key] { get; } }
            public interface IHeaderDictionary { Microsoft.Extensions.Primitives.StringValues this[string key] { get; set; } }
            public interface IRequestCookieCollection { string? this[string key] { get; } }
            public abstract class HttpRequest
            {
                public abstract IQueryCollection Query { get; set; }
                public abstract IFormCollection Form { get; set; }
                public abstract IHeaderDictionary Headers { get; }
                public abstract IRequestCookieCollection Cookies { get; set; }
                public abstract System.IO.Stream Body { get; set; }
            }
            public abstract class HttpResponse
            {
                public abstract void Redirect(string location, bool permanent);
                public virtual void Redirect(string location) { }
            }
            public abstract class HttpContext { public abstract HttpRequest Request { get; } public abstract HttpResponse Response { get; } }
            public static class HttpResponseWritingExtensions
            {
                public static System.Threading.Tasks.Task WriteAsync(this HttpResponse response, string text, System.Threading.CancellationToken cancellationToken = default) => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        namespace Microsoft.Extensions.Primitives
        {
            public readonly struct StringValues
            {
                public static implicit operator string?(StringValues values) => null;
                public override string ToString() => string.Empty;
            }
        }
        namespace Microsoft.AspNetCore.Mvc
        {
            [System.AttributeUsage(System.AttributeTargets.Class)] public sealed class ApiControllerAttribute : System.Attribute { }
            public interface IActionResult { }
            public abstract class ControllerBase
            {
                public Microsoft.AspNetCore.Http.HttpContext HttpContext => null!;
                public Microsoft.AspNetCore.Http.HttpRequest Request => null!;
                public IActionResult Ok(object? value = null) => null!;
                public IActionResult Redirect(string url) => null!;
                public IActionResult LocalRedirect(string url) => null!;
                public IActionResult Content(string content) => null!;
                public IActionResult PhysicalFile(string physicalPath, string contentType) => null!;
            }
            public class PhysicalFileResult : IActionResult
            {
                public PhysicalFileResult(string fileName, string contentType) { }
            }
            public abstract class Controller : ControllerBase { }
        }
        """;
}

namespace SecurityGate.Core.Tests.Infrastructure.Stubs;

/// <summary>
/// The overloads NLog 6 adds to <c>Logger</c> (not to <c>ILogger</c>) for message templates: the arguments as a
/// <c>params ReadOnlySpan&lt;object?&gt;</c> next to the older <c>params object?[]</c>. C# 13 prefers them whenever
/// the arguments are written out, also when none are: <c>Log(level, exception, message)</c> has no overload of its own.
/// </summary>
internal static class NLogSpanStubs
{
    public const string Source =
        """
        namespace NLog
        {
            public partial class Logger
            {
                public void Trace(string message, params System.ReadOnlySpan<object?> args) { }
                public void Trace(System.Exception? exception, string message, params System.ReadOnlySpan<object?> args) { }
                public void Debug(string message, params System.ReadOnlySpan<object?> args) { }
                public void Debug(System.Exception? exception, string message, params System.ReadOnlySpan<object?> args) { }
                public void Info(string message, params System.ReadOnlySpan<object?> args) { }
                public void Info(System.Exception? exception, string message, params System.ReadOnlySpan<object?> args) { }
                public void Warn(string message, params System.ReadOnlySpan<object?> args) { }
                public void Warn(System.Exception? exception, string message, params System.ReadOnlySpan<object?> args) { }
                public void Error(string message, params System.ReadOnlySpan<object?> args) { }
                public void Error(System.Exception? exception, string message, params System.ReadOnlySpan<object?> args) { }
                public void Fatal(string message, params System.ReadOnlySpan<object?> args) { }
                public void Fatal(System.Exception? exception, string message, params System.ReadOnlySpan<object?> args) { }
                public void Log(LogLevel level, string message, params System.ReadOnlySpan<object?> args) { }
                public void Log(LogLevel level, System.Exception? exception, string message, params System.ReadOnlySpan<object?> args) { }
            }
        }
        """;
}

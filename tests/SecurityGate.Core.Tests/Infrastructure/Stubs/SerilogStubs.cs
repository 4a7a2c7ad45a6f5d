namespace SecurityGate.Core.Tests.Infrastructure.Stubs;

/// <summary>Serilog's logger interface and static <c>Log</c> facade, with the real overload shapes.</summary>
internal static class SerilogStubs
{
    public const string Source =
        """
        namespace Serilog.Events
        {
            public enum LogEventLevel { Verbose, Debug, Information, Warning, Error, Fatal }
        }
        namespace Serilog
        {
            public interface ILogger
            {
                ILogger ForContext(string propertyName, object? value, bool destructureObjects = false);
                void Verbose(string messageTemplate);
                void Verbose<T>(string messageTemplate, T propertyValue);
                void Verbose<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1);
                void Verbose<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2);
                void Verbose(string messageTemplate, params object?[]? propertyValues);
                void Verbose(System.Exception? exception, string messageTemplate);
                void Verbose<T>(System.Exception? exception, string messageTemplate, T propertyValue);
                void Verbose(System.Exception? exception, string messageTemplate, params object?[]? propertyValues);
                void Debug(string messageTemplate);
                void Debug<T>(string messageTemplate, T propertyValue);
                void Debug<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1);
                void Debug<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2);
                void Debug(string messageTemplate, params object?[]? propertyValues);
                void Debug(System.Exception? exception, string messageTemplate);
                void Debug<T>(System.Exception? exception, string messageTemplate, T propertyValue);
                void Debug(System.Exception? exception, string messageTemplate, params object?[]? propertyValues);
                void Information(string messageTemplate);
                void Information<T>(string messageTemplate, T propertyValue);
                void Information<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1);
                void Information<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2);
                void Information(string messageTemplate, params object?[]? propertyValues);
                void Information(System.Exception? exception, string messageTemplate);
                void Information<T>(System.Exception? exception, string messageTemplate, T propertyValue);
                void Information(System.Exception? exception, string messageTemplate, params object?[]? propertyValues);
                void Warning(string messageTemplate);
                void Warning<T>(string messageTemplate, T propertyValue);
                void Warning<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1);
                void Warning<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2);
                void Warning(string messageTemplate, params object?[]? propertyValues);
                void Warning(System.Exception? exception, string messageTemplate);
                void Warning<T>(System.Exception? exception, string messageTemplate, T propertyValue);
                void Warning(System.Exception? exception, string messageTemplate, params object?[]? propertyValues);
                void Error(string messageTemplate);
                void Error<T>(string messageTemplate, T propertyValue);
                void Error<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1);
                void Error<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2);
                void Error(string messageTemplate, params object?[]? propertyValues);
                void Error(System.Exception? exception, string messageTemplate);
                void Error<T>(System.Exception? exception, string messageTemplate, T propertyValue);
                void Error(System.Exception? exception, string messageTemplate, params object?[]? propertyValues);
                void Fatal(string messageTemplate);
                void Fatal<T>(string messageTemplate, T propertyValue);
                void Fatal<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1);
                void Fatal<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2);
                void Fatal(string messageTemplate, params object?[]? propertyValues);
                void Fatal(System.Exception? exception, string messageTemplate);
                void Fatal<T>(System.Exception? exception, string messageTemplate, T propertyValue);
                void Fatal(System.Exception? exception, string messageTemplate, params object?[]? propertyValues);
                void Write(Serilog.Events.LogEventLevel level, string messageTemplate);
                void Write<T>(Serilog.Events.LogEventLevel level, string messageTemplate, T propertyValue);
                void Write(Serilog.Events.LogEventLevel level, string messageTemplate, params object?[]? propertyValues);
                void Write(Serilog.Events.LogEventLevel level, System.Exception? exception, string messageTemplate, params object?[]? propertyValues);
            }
            public static class Log
            {
                public static ILogger Logger { get; set; } = null!;
                public static void Verbose(string messageTemplate) { }
                public static void Verbose<T>(string messageTemplate, T propertyValue) { }
                public static void Verbose<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1) { }
                public static void Verbose<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2) { }
                public static void Verbose(string messageTemplate, params object?[]? propertyValues) { }
                public static void Verbose(System.Exception? exception, string messageTemplate) { }
                public static void Verbose<T>(System.Exception? exception, string messageTemplate, T propertyValue) { }
                public static void Verbose(System.Exception? exception, string messageTemplate, params object?[]? propertyValues) { }
                public static void Debug(string messageTemplate) { }
                public static void Debug<T>(string messageTemplate, T propertyValue) { }
                public static void Debug<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1) { }
                public static void Debug<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2) { }
                public static void Debug(string messageTemplate, params object?[]? propertyValues) { }
                public static void Debug(System.Exception? exception, string messageTemplate) { }
                public static void Debug<T>(System.Exception? exception, string messageTemplate, T propertyValue) { }
                public static void Debug(System.Exception? exception, string messageTemplate, params object?[]? propertyValues) { }
                public static void Information(string messageTemplate) { }
                public static void Information<T>(string messageTemplate, T propertyValue) { }
                public static void Information<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1) { }
                public static void Information<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2) { }
                public static void Information(string messageTemplate, params object?[]? propertyValues) { }
                public static void Information(System.Exception? exception, string messageTemplate) { }
                public static void Information<T>(System.Exception? exception, string messageTemplate, T propertyValue) { }
                public static void Information(System.Exception? exception, string messageTemplate, params object?[]? propertyValues) { }
                public static void Warning(string messageTemplate) { }
                public static void Warning<T>(string messageTemplate, T propertyValue) { }
                public static void Warning<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1) { }
                public static void Warning<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2) { }
                public static void Warning(string messageTemplate, params object?[]? propertyValues) { }
                public static void Warning(System.Exception? exception, string messageTemplate) { }
                public static void Warning<T>(System.Exception? exception, string messageTemplate, T propertyValue) { }
                public static void Warning(System.Exception? exception, string messageTemplate, params object?[]? propertyValues) { }
                public static void Error(string messageTemplate) { }
                public static void Error<T>(string messageTemplate, T propertyValue) { }
                public static void Error<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1) { }
                public static void Error<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2) { }
                public static void Error(string messageTemplate, params object?[]? propertyValues) { }
                public static void Error(System.Exception? exception, string messageTemplate) { }
                public static void Error<T>(System.Exception? exception, string messageTemplate, T propertyValue) { }
                public static void Error(System.Exception? exception, string messageTemplate, params object?[]? propertyValues) { }
                public static void Fatal(string messageTemplate) { }
                public static void Fatal<T>(string messageTemplate, T propertyValue) { }
                public static void Fatal<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1) { }
                public static void Fatal<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2) { }
                public static void Fatal(string messageTemplate, params object?[]? propertyValues) { }
                public static void Fatal(System.Exception? exception, string messageTemplate) { }
                public static void Fatal<T>(System.Exception? exception, string messageTemplate, T propertyValue) { }
                public static void Fatal(System.Exception? exception, string messageTemplate, params object?[]? propertyValues) { }
                public static void Write(Serilog.Events.LogEventLevel level, string messageTemplate) { }
                public static void Write<T>(Serilog.Events.LogEventLevel level, string messageTemplate, T propertyValue) { }
                public static void Write(Serilog.Events.LogEventLevel level, string messageTemplate, params object?[]? propertyValues) { }
                public static void Write(Serilog.Events.LogEventLevel level, System.Exception? exception, string messageTemplate, params object?[]? propertyValues) { }
            }
            public sealed class LoggerConfiguration
            {
                public ILogger CreateLogger() => null!;
            }
        }
        """;
}

namespace SecurityGate.Core.Tests.Infrastructure.Stubs;

/// <summary>NLog's <c>Logger</c>, <c>ILogger</c> and <c>LogManager</c>, with the real overload shapes.</summary>
internal static class NLogStubs
{
    public const string Source =
        """
        namespace NLog
        {
            public sealed class LogLevel
            {
                public static readonly LogLevel Trace = new(), Debug = new(), Info = new(), Warn = new(), Error = new(), Fatal = new(), Off = new();
            }
            public interface ILoggerBase
            {
                string Name { get; }
            }
            public interface ILogger : ILoggerBase
            {
                void Trace<T>(T value);
                void Trace(string message);
                void Trace(string message, params object?[] args);
                void Trace<TArgument>(string message, TArgument argument);
                void Trace<TArgument1, TArgument2>(string message, TArgument1 argument1, TArgument2 argument2);
                void Trace(System.Exception? exception, string message);
                void Trace(System.Exception? exception, string message, params object?[] args);
                void Trace(System.IFormatProvider? formatProvider, string message, params object?[] args);
                void Debug<T>(T value);
                void Debug(string message);
                void Debug(string message, params object?[] args);
                void Debug<TArgument>(string message, TArgument argument);
                void Debug<TArgument1, TArgument2>(string message, TArgument1 argument1, TArgument2 argument2);
                void Debug(System.Exception? exception, string message);
                void Debug(System.Exception? exception, string message, params object?[] args);
                void Debug(System.IFormatProvider? formatProvider, string message, params object?[] args);
                void Info<T>(T value);
                void Info(string message);
                void Info(string message, params object?[] args);
                void Info<TArgument>(string message, TArgument argument);
                void Info<TArgument1, TArgument2>(string message, TArgument1 argument1, TArgument2 argument2);
                void Info(System.Exception? exception, string message);
                void Info(System.Exception? exception, string message, params object?[] args);
                void Info(System.IFormatProvider? formatProvider, string message, params object?[] args);
                void Warn<T>(T value);
                void Warn(string message);
                void Warn(string message, params object?[] args);
                void Warn<TArgument>(string message, TArgument argument);
                void Warn<TArgument1, TArgument2>(string message, TArgument1 argument1, TArgument2 argument2);
                void Warn(System.Exception? exception, string message);
                void Warn(System.Exception? exception, string message, params object?[] args);
                void Warn(System.IFormatProvider? formatProvider, string message, params object?[] args);
                void Error<T>(T value);
                void Error(string message);
                void Error(string message, params object?[] args);
                void Error<TArgument>(string message, TArgument argument);
                void Error<TArgument1, TArgument2>(string message, TArgument1 argument1, TArgument2 argument2);
                void Error(System.Exception? exception, string message);
                void Error(System.Exception? exception, string message, params object?[] args);
                void Error(System.IFormatProvider? formatProvider, string message, params object?[] args);
                void Fatal<T>(T value);
                void Fatal(string message);
                void Fatal(string message, params object?[] args);
                void Fatal<TArgument>(string message, TArgument argument);
                void Fatal<TArgument1, TArgument2>(string message, TArgument1 argument1, TArgument2 argument2);
                void Fatal(System.Exception? exception, string message);
                void Fatal(System.Exception? exception, string message, params object?[] args);
                void Fatal(System.IFormatProvider? formatProvider, string message, params object?[] args);
                void Log(LogLevel level, string message);
                void Log(LogLevel level, string message, params object?[] args);
                void Log<TArgument>(LogLevel level, string message, TArgument argument);
                void Log(LogLevel level, System.Exception? exception, string message, params object?[] args);
            }
            public partial class Logger : ILogger
            {
                public string Name => string.Empty;
                public void Trace<T>(T value) { }
                public void Trace(string message) { }
                public void Trace(string message, params object?[] args) { }
                public void Trace<TArgument>(string message, TArgument argument) { }
                public void Trace<TArgument1, TArgument2>(string message, TArgument1 argument1, TArgument2 argument2) { }
                public void Trace(System.Exception? exception, string message) { }
                public void Trace(System.Exception? exception, string message, params object?[] args) { }
                public void Trace(System.IFormatProvider? formatProvider, string message, params object?[] args) { }
                public void Debug<T>(T value) { }
                public void Debug(string message) { }
                public void Debug(string message, params object?[] args) { }
                public void Debug<TArgument>(string message, TArgument argument) { }
                public void Debug<TArgument1, TArgument2>(string message, TArgument1 argument1, TArgument2 argument2) { }
                public void Debug(System.Exception? exception, string message) { }
                public void Debug(System.Exception? exception, string message, params object?[] args) { }
                public void Debug(System.IFormatProvider? formatProvider, string message, params object?[] args) { }
                public void Info<T>(T value) { }
                public void Info(string message) { }
                public void Info(string message, params object?[] args) { }
                public void Info<TArgument>(string message, TArgument argument) { }
                public void Info<TArgument1, TArgument2>(string message, TArgument1 argument1, TArgument2 argument2) { }
                public void Info(System.Exception? exception, string message) { }
                public void Info(System.Exception? exception, string message, params object?[] args) { }
                public void Info(System.IFormatProvider? formatProvider, string message, params object?[] args) { }
                public void Warn<T>(T value) { }
                public void Warn(string message) { }
                public void Warn(string message, params object?[] args) { }
                public void Warn<TArgument>(string message, TArgument argument) { }
                public void Warn<TArgument1, TArgument2>(string message, TArgument1 argument1, TArgument2 argument2) { }
                public void Warn(System.Exception? exception, string message) { }
                public void Warn(System.Exception? exception, string message, params object?[] args) { }
                public void Warn(System.IFormatProvider? formatProvider, string message, params object?[] args) { }
                public void Error<T>(T value) { }
                public void Error(string message) { }
                public void Error(string message, params object?[] args) { }
                public void Error<TArgument>(string message, TArgument argument) { }
                public void Error<TArgument1, TArgument2>(string message, TArgument1 argument1, TArgument2 argument2) { }
                public void Error(System.Exception? exception, string message) { }
                public void Error(System.Exception? exception, string message, params object?[] args) { }
                public void Error(System.IFormatProvider? formatProvider, string message, params object?[] args) { }
                public void Fatal<T>(T value) { }
                public void Fatal(string message) { }
                public void Fatal(string message, params object?[] args) { }
                public void Fatal<TArgument>(string message, TArgument argument) { }
                public void Fatal<TArgument1, TArgument2>(string message, TArgument1 argument1, TArgument2 argument2) { }
                public void Fatal(System.Exception? exception, string message) { }
                public void Fatal(System.Exception? exception, string message, params object?[] args) { }
                public void Fatal(System.IFormatProvider? formatProvider, string message, params object?[] args) { }
                public void Log(LogLevel level, string message) { }
                public void Log(LogLevel level, string message, params object?[] args) { }
                public void Log<TArgument>(LogLevel level, string message, TArgument argument) { }
                public void Log(LogLevel level, System.Exception? exception, string message, params object?[] args) { }
            }
            public static class LogManager
            {
                public static Logger GetCurrentClassLogger() => null!;
                public static Logger GetLogger(string name) => null!;
            }
        }
        """;
}

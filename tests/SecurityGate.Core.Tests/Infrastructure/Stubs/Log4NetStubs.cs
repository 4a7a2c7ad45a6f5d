namespace SecurityGate.Core.Tests.Infrastructure.Stubs;

/// <summary>log4net's <c>ILog</c> and <c>LogManager</c>, with the real overload shapes.</summary>
internal static class Log4NetStubs
{
    public const string Source =
        """
        namespace log4net.Core
        {
            public interface ILoggerWrapper { }
        }
        namespace log4net
        {
            public interface ILog : log4net.Core.ILoggerWrapper
            {
                void Debug(object? message);
                void Debug(object? message, System.Exception? exception);
                void DebugFormat(string format, params object?[]? args);
                void DebugFormat(string format, object? arg0);
                void DebugFormat(string format, object? arg0, object? arg1);
                void DebugFormat(string format, object? arg0, object? arg1, object? arg2);
                void DebugFormat(System.IFormatProvider? provider, string format, params object?[]? args);
                bool IsDebugEnabled { get; }
                void Info(object? message);
                void Info(object? message, System.Exception? exception);
                void InfoFormat(string format, params object?[]? args);
                void InfoFormat(string format, object? arg0);
                void InfoFormat(string format, object? arg0, object? arg1);
                void InfoFormat(string format, object? arg0, object? arg1, object? arg2);
                void InfoFormat(System.IFormatProvider? provider, string format, params object?[]? args);
                bool IsInfoEnabled { get; }
                void Warn(object? message);
                void Warn(object? message, System.Exception? exception);
                void WarnFormat(string format, params object?[]? args);
                void WarnFormat(string format, object? arg0);
                void WarnFormat(string format, object? arg0, object? arg1);
                void WarnFormat(string format, object? arg0, object? arg1, object? arg2);
                void WarnFormat(System.IFormatProvider? provider, string format, params object?[]? args);
                bool IsWarnEnabled { get; }
                void Error(object? message);
                void Error(object? message, System.Exception? exception);
                void ErrorFormat(string format, params object?[]? args);
                void ErrorFormat(string format, object? arg0);
                void ErrorFormat(string format, object? arg0, object? arg1);
                void ErrorFormat(string format, object? arg0, object? arg1, object? arg2);
                void ErrorFormat(System.IFormatProvider? provider, string format, params object?[]? args);
                bool IsErrorEnabled { get; }
                void Fatal(object? message);
                void Fatal(object? message, System.Exception? exception);
                void FatalFormat(string format, params object?[]? args);
                void FatalFormat(string format, object? arg0);
                void FatalFormat(string format, object? arg0, object? arg1);
                void FatalFormat(string format, object? arg0, object? arg1, object? arg2);
                void FatalFormat(System.IFormatProvider? provider, string format, params object?[]? args);
                bool IsFatalEnabled { get; }
            }
            public static class LogManager
            {
                public static ILog GetLogger(System.Type type) => null!;
                public static ILog GetLogger(string name) => null!;
            }
        }
        """;
}

using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

// A catch that rethrows on some paths and hands the exception on at the others drops nothing silently.
public sealed class ExceptionHandlingConditionalRethrowTests
{
    [Fact]
    public void Rethrow_unless_handled_and_factory_wrapping_stay_silent()
    {
        const string source = """
            using System;
            public sealed class ParseException : Exception
            {
                private ParseException(string message, Exception inner) : base(message, inner) { }
                public static ParseException Create(string message, Exception inner) => new(message, inner);
            }
            public sealed class Parser(Action<Exception>? onError)
            {
                public Func<Exception, bool>? Error { get; set; }
                public int Wrapped(string text)
                {
                    try { return int.Parse(text); }
                    catch (Exception ex) { throw ParseException.Create("Not a number: " + text, ex); }
                }
                public int? Handled(string text)
                {
                    try { return int.Parse(text); }
                    catch (Exception ex)
                    {
                        if (Error != null && Error(ex))
                            return null;
                        throw;
                    }
                }
                public int? HandedOn(string text)
                {
                    try { return int.Parse(text); }
                    catch (Exception ex)
                    {
                        if (onError == null)
                        {
                            throw;
                        }
                        onError(ex);
                        return null;
                    }
                }
                public void Teardown(bool failed)
                {
                    try { Console.Out.Flush(); }
                    catch (Exception ex)
                    {
                        if (!failed) throw;
                        Console.Error.WriteLine("Teardown error: " + ex);
                    }
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG3001", source));
    }

    [Fact]
    public void Rethrow_on_some_paths_that_drops_the_exception_on_others_is_reported()
    {
        const string source = """
            using System;
            public static class Errors { public static Exception Create(string message) => new InvalidOperationException(message); }
            public sealed class Parser
            {
                public int Count { get; private set; }
                public int? Swallowed(string text, bool strict)
                {
                    try { return int.Parse(text); }
                    catch (Exception ex)
                    {
                        if (strict) throw;
                        Count++;
                        return null;
                    }
                }
                public int Replaced(string text)
                {
                    try { return int.Parse(text); }
                    catch (Exception ex) { throw Errors.Create("Not a number: " + text); }
                }
            }
            """;
        Assert.Equal(["SG3001@9:15", "SG3001@19:15"], RuleHarness.Ids("SG3001", source));
    }
}

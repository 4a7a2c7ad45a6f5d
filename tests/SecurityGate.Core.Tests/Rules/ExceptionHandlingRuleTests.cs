using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

public sealed class ExceptionHandlingRuleTests
{
    [Fact]
    public void Empty_catch_blocks_are_reported_whatever_they_catch()
    {
        const string source = """
            using System;
            using System.IO;
            class Store
            {
                void Save()
                {
                    try { Write(); }
                    catch (IOException) { }
                    try { Write(); }
                    catch
                    {
                        // best effort
                    }
                    try { Write(); }
                    catch (Exception ex) when (ex is TimeoutException) { }
                    try { Write(); }
                    catch (OperationCanceledException) { /* shutting down */ }
                }
                void Write() { }
            }
            """;
        Assert.Equal(["SG3002@8:15", "SG3002@10:9", "SG3002@15:15", "SG3002@17:15"], RuleHarness.Ids("SG3", source));
        var commented = RuleHarness.Analyze(source).Where(f => f.Rule.Id == "SG3002" && f.Message.Contains("comment", StringComparison.Ordinal));
        Assert.Equal([10, 17], commented.Select(f => f.Location.StartLine));
    }

    [Fact]
    public void Catch_blocks_with_statements_are_not_empty()
    {
        const string source = """
            using System;
            using System.IO;
            class Store
            {
                void Save()
                {
                    try { Write(); }
                    catch (IOException ex) { Console.WriteLine(ex); }
                    try { Write(); }
                    catch (Exception ex) when (ex is TimeoutException) { Console.WriteLine(ex); }
                    try { Write(); }
                    catch (OperationCanceledException) { return; }
                }
                void Write() { }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG3", source));
    }

    [Fact]
    public void Generic_exception_types_thrown_are_reported_at_the_creation()
    {
        const string source = """
            using System;
            using Boom = System.ApplicationException;
            class Orders
            {
                void Place(string? id)
                {
                    if (id is null) throw new Exception("missing id");
                    if (id.Length == 0) throw new Boom();
                    var value = id ?? throw new SystemException("unreachable");
                    try { Ship(id); }
                    catch (InvalidOperationException ex) { throw new Exception("ship failed", ex); }
                }
                string Name => throw new System.Exception("no name");
                void Ship(string id) { }
            }
            """;
        Assert.Equal(["SG3003@7:31", "SG3003@8:35", "SG3003@9:33", "SG3003@11:54", "SG3003@13:26"], RuleHarness.Ids("SG3", source));
    }

    [Fact]
    public void A_generic_exception_thrown_under_a_global_alias_from_another_file_is_reported()
    {
        const string usings = """
            global using Failure = System.SystemException;
            """;
        const string source = """
            class Orders
            {
                void Place(string id)
                {
                    if (id.Length == 0) throw new Failure();
                    if (id.Length > 9) throw new System.ArgumentException("too long", nameof(id));
                }
            }
            """;
        Assert.Equal(["SG3003@5:35"], RuleHarness.Ids("SG3", usings, source));
    }

    [Fact]
    public void Specific_exception_types_and_a_user_type_named_Exception_stay_silent()
    {
        const string source = """
            namespace Shop
            {
                public class Exception : System.Exception
                {
                    public Exception(string message) { }
                }
                class Orders
                {
                    void Place(string? id)
                    {
                        if (id is null) throw new System.ArgumentNullException(nameof(id));
                        if (id.Length == 0) throw new Exception("empty id");
                        var value = id ?? throw new System.InvalidOperationException("unreachable");
                        try { Ship(id); }
                        catch (System.InvalidOperationException ex) { throw new System.IO.IOException("ship failed", ex); }
                    }
                    void Ship(string id) { }
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG3", source));
    }

    [Fact]
    public void Catches_of_programming_errors_are_reported()
    {
        const string source = """
            using System;
            class Report
            {
                int Total(int[] values, object boxed)
                {
                    try { return values[3] / values[0]; }
                    catch (IndexOutOfRangeException) { return -1; }
                    catch (DivideByZeroException ex) { Console.WriteLine(ex); return 0; }
                }
                string Describe(object boxed)
                {
                    try { return ((string)boxed).Trim(); }
                    catch (NullReferenceException) { return "none"; }
                    catch (System.InvalidCastException e) { return e.Message; }
                }
            }
            """;
        Assert.Equal(["SG3004@7:15", "SG3004@8:15", "SG3004@13:15", "SG3004@14:15"], RuleHarness.Ids("SG3", source));
    }

    [Fact]
    public void Programming_errors_filtered_rethrown_or_wrapped_and_api_errors_stay_silent()
    {
        const string source = """
            using System;
            class Report
            {
                int Total(int[] values)
                {
                    try { return values[3] / values[0]; }
                    catch (IndexOutOfRangeException ex) when (Log(ex)) { return -1; }
                    catch (DivideByZeroException) { Console.WriteLine("empty"); throw; }
                    catch (InvalidCastException ex) { throw new InvalidOperationException("bad data", ex); }
                }
                string Pick(string text, int index)
                {
                    try { return text.Substring(index); }
                    catch (ArgumentOutOfRangeException ex) { Console.WriteLine(ex); return string.Empty; }
                }
                static bool Log(Exception ex) { Console.WriteLine(ex); return false; }
            }
            namespace Legacy
            {
                public class NullReferenceException : System.Exception { }
                class Lookup
                {
                    string Find() { try { return Load(); } catch (NullReferenceException) { return "none"; } }
                    string Load() => "x";
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG3", source));
    }

    [Fact]
    public void Empty_catch_of_a_programming_error_is_reported_once_as_an_empty_catch()
    {
        const string source = """
            using System;
            class Report
            {
                void Print(string? text)
                {
                    try { Console.WriteLine(text!.Trim()); }
                    catch (NullReferenceException) { }
                }
            }
            """;
        Assert.Equal(["SG3002@7:15"], RuleHarness.Ids("SG3", source));
    }

    [Fact]
    public void Catch_that_answers_true_from_a_check_is_reported()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Threading.Tasks;
            class Gate
            {
                bool ValidateToken(string token)
                {
                    try
                    {
                        Parse(token);
                    }
                    catch (FormatException ex)
                    {
                        Console.WriteLine(ex);
                    }
                    return true;
                }
                bool TryAuthenticate(string user)
                {
                    try { return Lookup(user); }
                    catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); return true; }
                }
                async Task<bool> IsAuthorizedAsync(string path)
                {
                    using (var reader = new StringReader(path))
                    {
                        try { await Task.Yield(); reader.ReadLine(); }
                        catch (IOException ex) { Console.WriteLine(ex); }
                    }
                    Console.WriteLine("checked");
                    return true;
                }
                bool CanAccess(string user)
                {
                    try { return Lookup(user); }
                    catch (UnauthorizedAccessException) { }
                    return true;
                }
                void Parse(string token) { }
                bool Lookup(string user) => false;
            }
            """;
        Assert.Equal(["SG3005@12:15", "SG3005@21:15", "SG3005@28:19", "SG3002@36:15", "SG3005@36:15"], RuleHarness.Ids("SG3", source));
        var finding = Assert.Single(RuleHarness.Analyze(source), f => f.Rule.Id == "SG3005" && f.Location.StartLine == 12);
        Assert.Contains("(line 16)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catch_that_answers_false_rethrows_or_means_true_stays_silent()
    {
        const string source = """
            using System;
            using System.IO;
            class Gate
            {
                bool ValidateToken(string token)
                {
                    try
                    {
                        Parse(token);
                    }
                    catch (FormatException ex)
                    {
                        Console.WriteLine(ex);
                        return false;
                    }
                    return true;
                }
                bool TryAuthenticate(string user)
                {
                    try { return Lookup(user); }
                    catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); throw; }
                }
                bool CheckAccess(string user)
                {
                    var allowed = true;
                    try { allowed = Lookup(user); }
                    catch (UnauthorizedAccessException ex) { Console.WriteLine(ex); allowed = false; }
                    return allowed;
                }
                bool IsLocked(string path)
                {
                    try { File.OpenRead(path).Dispose(); return false; }
                    catch (IOException ex) { Console.WriteLine(ex); return true; }
                }
                void Parse(string token) { }
                bool Lookup(string user) => false;
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG3", source));
    }
}

using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

/// <summary>
/// The syntax checks that spare a call its binding must not lose a sink written under another name: an alias declared
/// in another file, a <c>using static</c>, an instance method of <c>FileInfo</c>; and a same-named method elsewhere stays silent.
/// </summary>
public sealed partial class InputValidationRuleTests
{
    [Fact]
    public void Path_sinks_written_through_an_alias_in_another_file_using_static_or_an_instance_method_are_reported()
    {
        const string usings = """
            global using Disk = System.IO.File;
            global using Output = System.IO.StreamWriter;
            """;
        const string source = """
            using System;
            using System.IO;
            using static System.IO.Directory;
            class Program
            {
                static void Main()
                {
                    var name = Console.ReadLine()!;
                    var text = Disk.ReadAllText(name);
                    CreateDirectory(name);
                    new FileInfo("/srv/template.txt").CopyTo(name);
                    using var output = new Output(name);
                }
            }
            """;
        Assert.Equal(["SG1002@9:37", "SG1002@10:25", "SG1002@11:50", "SG1002@12:39"], RuleHarness.Ids("SG1002", usings, source));
    }

    [Fact]
    public void A_project_method_named_like_a_file_sink_stays_silent()
    {
        const string source = """
            using System;
            sealed class Store
            {
                public Store(string path) { }
                public void Delete(string path) { }
                public static void Copy(string from, string to) { }
            }
            class Program
            {
                static void Main()
                {
                    var name = Console.ReadLine()!;
                    new Store(name).Delete(name);
                    Store.Copy(name, name);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1002", source));
    }

    [Fact]
    public void Sql_commands_and_adapters_created_under_aliases_are_reported_and_constant_text_stays_silent()
    {
        const string usings = """
            global using Query = System.Data.SqlClient.SqlCommand;
            global using Fill = System.Data.SqlClient.SqlDataAdapter;
            """;
        const string source = """
            using System;
            class Program
            {
                static void Main()
                {
                    var name = Console.ReadLine();
                    var command = new Query("SELECT * FROM Users WHERE Name = '" + name + "'");
                    var adapter = new Fill("SELECT * FROM T WHERE Y = " + name, "Server=.");
                    var fixedCommand = new Query("SELECT * FROM Users WHERE Name = @name");
                }
            }
            """;
        Assert.Equal(["SG1001@7:33", "SG1001@8:32"], RuleHarness.Ids("SG1001", usings, source));
    }

    [Fact]
    public void A_const_field_of_the_type_is_constant_sql_text_and_a_name_that_hides_it_or_means_something_else_is_traced()
    {
        const string source = """
            using System;
            using System.Data.SqlClient;
            public class Repository
            {
                private const string Columns = "Id, Name";
                private static readonly string Filter = Console.ReadLine()!;
                private static string Sort => Console.ReadLine()!;
                public void Run(SqlCommand command)
                {
                    command.CommandText = "SELECT " + Columns + " FROM Orders";
                    command.CommandText = "SELECT * FROM Orders WHERE " + Filter;
                    command.CommandText = "SELECT * FROM Orders ORDER BY " + Sort;
                }
                public void Hidden(SqlCommand command, string Columns)
                {
                    command.CommandText = "SELECT " + Columns + " FROM Orders";
                }
                public void Local(SqlCommand command)
                {
                    var Columns = Console.ReadLine();
                    command.CommandText = "SELECT " + Columns + " FROM Orders";
                }
                sealed class Nested
                {
                    private static string Columns => Console.ReadLine()!;
                    public void Run(SqlCommand command) => command.CommandText = "SELECT " + Columns + " FROM Orders";
                }
            }
            """;
        Assert.Equal(["SG1001@11:31", "SG1001@12:31", "SG1001@16:31", "SG1001@21:31", "SG1001@26:70"], RuleHarness.Ids("SG1001", source));
    }

    [Fact]
    public void A_regex_created_under_an_alias_from_input_is_reported_and_a_constant_one_stays_silent()
    {
        const string usings = """
            global using Pattern = System.Text.RegularExpressions.Regex;
            """;
        const string source = """
            using System;
            class Program
            {
                static void Main()
                {
                    var filter = Console.ReadLine()!;
                    var fromInput = new Pattern(filter, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
                    var fixedOne = new Pattern("^[a-z]+$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
                }
            }
            """;
        Assert.Equal(["SG1005@7:37"], RuleHarness.Ids("SG1005", usings, source));
    }

    [Fact]
    public void A_query_method_named_like_Dapper_without_Dapper_stays_silent()
    {
        const string source = """
            using System;
            sealed class Reports
            {
                public int Query(string sql) => sql.Length;
                public int ExecuteScalar(string sql) => sql.Length;
            }
            class Program
            {
                static void Main()
                {
                    var sql = Console.ReadLine()!;
                    var reports = new Reports();
                    reports.Query(sql);
                    reports.ExecuteScalar("SELECT " + sql);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1001", source));
    }

    [Fact]
    public void Target_typed_path_sinks_are_reported_whether_their_type_is_written_beside_them_behind_an_alias_or_nowhere()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Threading.Tasks;
            using Stream2 = System.IO.FileStream;
            class Program
            {
                static readonly string Name = Console.ReadLine()!;
                static FileStream field = new(Name, FileMode.Open);
                static FileStream Returned() => new(Name, FileMode.Open);
                static Stream2 Aliased() { return new(Name, FileMode.Open); }
                static async Task<FileStream> Later() { await Task.Yield(); return new(Name, FileMode.Open); }
                static Func<FileStream> Lambda() => () => new(Name, FileMode.Open);
                static void Main() => Use(new(Name));
                static void Use(StreamReader reader) { }
            }
            """;
        Assert.Equal(
            ["SG1002@8:35", "SG1002@9:41", "SG1002@10:43", "SG1002@11:76", "SG1002@12:51", "SG1002@13:35"],
            RuleHarness.Ids("SG1002", source));
    }

    [Fact]
    public void Target_typed_creations_of_other_types_written_beside_them_stay_silent()
    {
        const string source = """
            using System;
            sealed record Reply(int Status, string Body);
            class Program
            {
                static readonly string Name = Console.ReadLine()!;
                static Reply field = new(200, Name);
                static Reply Returned() => new(404, Name);
                static Reply Told() { return new(500, Name); }
                static void Main() { Reply local = new(201, Name); }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1002", source));
    }
}

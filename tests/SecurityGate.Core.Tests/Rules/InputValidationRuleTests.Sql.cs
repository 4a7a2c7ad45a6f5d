using SecurityGate.Core.Tests.Infrastructure;
using SecurityGate.Core.Tests.Infrastructure.Stubs;

namespace SecurityGate.Core.Tests.Rules;

public sealed partial class InputValidationRuleTests
{
    [Fact]
    public void Sql_text_built_from_console_is_reported_at_command_text_and_constructor()
    {
        const string source = """
            using System;
            using System.Data.SqlClient;
            class Program
            {
                static void Main()
                {
                    var name = Console.ReadLine();
                    using var connection = new SqlConnection("Server=.;Integrated Security=true");
                    var command = new SqlCommand("SELECT * FROM Users WHERE Name = '" + name + "'", connection);
                    command.CommandText = $"DELETE FROM Users WHERE Name = '{name}'";
                    var other = new SqlCommand { CommandText = "SELECT 1 FROM T WHERE X = " + name };
                    var adapter = new SqlDataAdapter("SELECT * FROM T WHERE Y = " + name, connection);
                }
            }
            """;
        Assert.Equal(["SG1001@9:38", "SG1001@10:31", "SG1001@11:52", "SG1001@12:42"], RuleHarness.Ids("SG1001", source));
    }

    [Fact]
    public void Constant_and_parameterised_sql_stays_silent()
    {
        const string source = """
            using System;
            using System.Data.SqlClient;
            class Program
            {
                const string Table = "Users";
                static void Main()
                {
                    var name = Console.ReadLine();
                    using var connection = new SqlConnection("Server=.;Integrated Security=true");
                    var command = new SqlCommand("SELECT * FROM " + Table + " WHERE Name = @name", connection);
                    command.Parameters.AddWithValue("@name", name!);
                    command.CommandText = "SELECT * FROM " + "Users" + " WHERE Id = @id";
                    var other = new SqlCommand { CommandText = "SELECT 1" };
                    var adapter = new SqlDataAdapter("SELECT * FROM T", connection);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1001", source));
    }

    [Fact]
    public void Dapper_sql_from_main_args_through_another_file_is_reported()
    {
        const string repository = """
            using System.Data;
            using Dapper;
            sealed class Repository
            {
                private readonly IDbConnection _connection;
                public Repository(IDbConnection connection) => _connection = connection;
                public int Delete(string filter) => _connection.Execute("DELETE FROM Orders WHERE " + filter);
                public string? Find(string id) => _connection.QueryFirstOrDefault<string>(sql: "SELECT Name FROM Orders WHERE Id = " + id, param: null);
            }
            """;
        const string program = """
            using System.Data.SqlClient;
            static class Program
            {
                static void Main(string[] args)
                {
                    var repository = new Repository(new SqlConnection());
                    repository.Delete(args[0]);
                    repository.Find(args[1]);
                }
            }
            """;
        Assert.Equal(["SG1001@7:61", "SG1001@8:84"], RuleHarness.Ids("SG1001", repository, program));
    }

    [Fact]
    public void Dapper_with_constant_sql_and_parameters_stays_silent()
    {
        const string repository = """
            using System.Data;
            using Dapper;
            sealed class Repository
            {
                private readonly IDbConnection _connection;
                public Repository(IDbConnection connection) => _connection = connection;
                public int Delete(string filter) => _connection.Execute("DELETE FROM Orders WHERE " + filter);
                public string? Find(string id) => _connection.QueryFirstOrDefault<string>("SELECT Name FROM Orders WHERE Id = @id", new { id });
            }
            """;
        const string program = """
            using System.Data.SqlClient;
            static class Program
            {
                static void Main(string[] args)
                {
                    var repository = new Repository(new SqlConnection());
                    repository.Delete("Shipped = 1");
                    repository.Find(args[1]);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1001", repository, program));
    }

    [Fact]
    public void Ef_core_raw_sql_from_a_controller_parameter_is_reported()
    {
        const string source = """
            using System.Linq;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.EntityFrameworkCore;
            public sealed class User { public string Name { get; set; } = ""; }
            public sealed class ShopContext : DbContext { public DbSet<User> Users => Set<User>(); }
            [ApiController]
            public sealed class UsersController : ControllerBase
            {
                private readonly ShopContext _db = new();
                public IActionResult Search(string name)
                {
                    var users = _db.Users.FromSqlRaw("SELECT * FROM Users WHERE Name = '" + name + "'").ToList();
                    _db.Database.ExecuteSqlRaw($"UPDATE Users SET Seen = 1 WHERE Name = '{name}'");
                    return Ok(users);
                }
            }
            """;
        Assert.Equal(["SG1001@12:42", "SG1001@13:36"], RuleHarness.Ids("SG1001", source));
    }

    [Fact]
    public void Ef_core_interpolated_and_constant_sql_stays_silent()
    {
        const string source = """
            using System.Linq;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.EntityFrameworkCore;
            public sealed class User { public string Name { get; set; } = ""; }
            public sealed class ShopContext : DbContext { public DbSet<User> Users => Set<User>(); }
            [ApiController]
            public sealed class UsersController : ControllerBase
            {
                private readonly ShopContext _db = new();
                public IActionResult Search(string name)
                {
                    var users = _db.Users.FromSql($"SELECT * FROM Users WHERE Name = {name}").ToList();
                    var more = _db.Users.FromSqlInterpolated($"SELECT * FROM Users WHERE Name = {name}").ToList();
                    _db.Database.ExecuteSqlRaw("UPDATE Users SET Seen = 1 WHERE Name = {0}", name);
                    return Ok(users.Concat(more));
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1001", source));
    }

    [Fact]
    public void Dapper_command_definition_and_ef_raw_queries_from_environment_are_reported()
    {
        const string source = """
            using System;
            using System.Data;
            using System.Linq;
            using Dapper;
            using Microsoft.EntityFrameworkCore;
            static class Reports
            {
                public static void Run(IDbConnection connection, DbContext db)
                {
                    var where = Environment.GetEnvironmentVariable("REPORT_FILTER");
                    connection.QueryAsync<string>(new CommandDefinition("SELECT Name FROM T WHERE " + where));
                    var names = db.Database.SqlQueryRaw<string>("SELECT Name FROM T WHERE " + where).ToList();
                    db.Database.ExecuteSqlRawAsync(sql: "DELETE FROM T WHERE " + where);
                }
            }
            """;
        Assert.Equal(["SG1001@11:61", "SG1001@12:53", "SG1001@13:45"], RuleHarness.Ids("SG1001", source));
    }

    [Fact]
    public void Dapper_command_definition_and_ef_raw_queries_with_constant_sql_stay_silent()
    {
        const string source = """
            using System;
            using System.Data;
            using System.Linq;
            using Dapper;
            using Microsoft.EntityFrameworkCore;
            static class Reports
            {
                public static void Run(IDbConnection connection, DbContext db)
                {
                    var where = Environment.GetEnvironmentVariable("REPORT_FILTER")!;
                    connection.QueryAsync<string>(new CommandDefinition("SELECT Name FROM T WHERE Kind = @where", new { where }));
                    var names = db.Database.SqlQueryRaw<string>("SELECT Name FROM T WHERE Kind = {0}", where).ToList();
                    db.Database.ExecuteSqlRawAsync(sql: "DELETE FROM T WHERE Kind = {0}", parameters: where);
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1001", source));
    }

    [Fact]
    public void Sql_message_names_the_sink_the_source_and_the_fix()
    {
        const string source = """
            using System;
            using System.Data.SqlClient;
            class Program
            {
                static void Main()
                {
                    var name = Console.ReadLine();
                    var command = new SqlCommand("SELECT * FROM Users WHERE Name = '" + name + "'");
                }
            }
            """;
        var finding = Assert.Single(RuleHarness.Analyze(source), f => f.Rule.Id == "SG1001");
        Assert.Equal(
            "SQL text '\"SELECT * FROM Users WHERE Name = '\" + name + \"'\"' for new SqlCommand is external data from Console.ReadLine() at File0.cs:7; use constant SQL with parameters (@p and Parameters.Add)",
            finding.Message);
    }

    [Fact]
    public void Sql_appended_to_command_text_is_reported_on_the_right_side()
    {
        const string source = """
            using System;
            using System.Data.SqlClient;
            class Program
            {
                static void Main()
                {
                    var names = Console.ReadLine()!.Split('-');
                    using var command = new SqlCommand();
                    for (var i = 0; i < names.Length; i++)
                    {
                        command.CommandText += "UPDATE Users SET Seen = 1 WHERE Name = '" + names[i] + "';";
                    }
                    var other = new SqlCommand();
                    other.CommandText ??= "SELECT * FROM T WHERE X = " + names[0];
                }
            }
            """;
        Assert.Equal(["SG1001@11:36", "SG1001@14:31"], RuleHarness.Ids("SG1001", source));
    }

    [Fact]
    public void Constant_sql_appended_to_command_text_stays_silent()
    {
        const string source = """
            using System;
            using System.Data.SqlClient;
            class Program
            {
                static void Main()
                {
                    var names = Console.ReadLine()!.Split('-');
                    using var command = new SqlCommand();
                    for (var i = 0; i < names.Length; i++)
                    {
                        command.CommandText += "UPDATE Users SET Seen = 1 WHERE Name = @name" + i + ";";
                        command.Parameters.AddWithValue("@name" + i, names[i]);
                    }
                    var other = new SqlCommand();
                    other.CommandText ??= "SELECT * FROM T WHERE X = @x";
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1001", source));
    }

    [Fact]
    public void Command_text_read_back_from_a_package_command_holds_what_was_assigned()
    {
        const string source = """
            using System;
            using System.Data.SqlClient;
            public class Reports
            {
                public object ByName(SqlConnection connection)
                {
                    var name = Console.ReadLine();
                    using (var command = new SqlCommand("SELECT * FROM Users WHERE Name = '" + name + "'", connection))
                    {
                        command.CommandText = command.CommandText + " ORDER BY Name";
                        return command.ExecuteScalar()!;
                    }
                }
            }
            """;
        Assert.Equal(["SG1001@8:45", "SG1001@10:35"], RuleHarness.IdsWithStubsAsPackage("SG1001", [DataAccessStubs.Source], source));
    }

    [Fact]
    public void Constant_command_text_read_back_from_a_package_command_stays_silent_whatever_connection_it_was_given()
    {
        const string source = """
            using System.Data.SqlClient;
            public class Reports
            {
                public object Names(SqlConnection connection)
                {
                    using (var command = new SqlCommand("SELECT Name FROM Users", connection))
                    {
                        command.CommandText = command.CommandText + " ORDER BY Name";
                        return command.ExecuteScalar()!;
                    }
                }
            }
            """;
        Assert.Empty(RuleHarness.IdsWithStubsAsPackage("SG1001", [DataAccessStubs.Source], source));
    }
}

using System.Globalization;
using System.Text;

namespace SecurityGate.Benchmark;

/// <summary>What the generator wrote.</summary>
internal sealed record GeneratedProject(string Directory, string ProjectFile, int Lines, int Files, int Entities, IReadOnlyList<string> PlantedFindings);

/// <summary>
/// Writes a synthetic but realistic C# project of about N lines: modules (namespaces) of entities, each with a DTO,
/// a repository over System.Data.Common, a service behind an interface that calls a service of another entity
/// (usually in another file and module), and a controller-like class whose public methods take the request data.
/// Logging goes through Console and Trace, processes are started with constants through a shared helper, and
/// exception handling varies. A few genuine defects are planted, chosen deterministically from the seed.
/// </summary>
internal sealed class ProjectGenerator
{
    private static readonly string[] Modules =
        ["Sales", "Billing", "Inventory", "Shipping", "Accounts", "Reporting", "Catalog", "Support", "Payroll", "Identity", "Audit", "Pricing"];

    private static readonly string[] Nouns =
    [
        "Customer", "Order", "Invoice", "Product", "Shipment", "Account", "Payment", "Supplier", "Warehouse", "Ticket",
        "Employee", "Contract", "Discount", "Voucher", "Carrier", "Region", "Budget", "Ledger", "Refund", "Quote",
        "Subscription", "Device", "Campaign", "Lead", "Vendor", "Asset", "Claim", "Policy", "Receipt", "Transfer",
        "Schedule", "Route", "Batch", "Package", "Review", "Coupon", "Branch", "Department", "Project", "Timesheet",
    ];

    private static readonly (string Type, string Name)[] OptionalProperties =
    [
        ("string", "Code"), ("string", "Description"), ("int", "Quantity"), ("decimal", "Price"), ("bool", "IsActive"),
        ("DateTime", "UpdatedUtc"), ("string", "Email"), ("string", "Region"), ("int", "Priority"), ("decimal", "Discount"),
        ("string", "Reference"), ("bool", "IsArchived"), ("string", "Notes"), ("int", "Version"), ("string", "Currency"),
    ];

    private readonly Random _random;
    private readonly List<string> _planted = [];
    private int _lines;
    private int _files;
    private string _directory = string.Empty;

    public ProjectGenerator(int seed) => _random = new Random(seed);

    /// <summary>Generates about <paramref name="targetLines"/> lines into <paramref name="directory"/> (emptied first).</summary>
    public GeneratedProject Generate(string directory, int targetLines, string packageVersion, string packageFeed)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        _directory = directory;
        WriteProjectFiles(directory, packageVersion, packageFeed);
        WriteInfrastructure();

        var entities = new List<(string Module, string Entity)>();
        var index = 0;
        while (_lines < targetLines)
        {
            // Three entities per module in turn; names are unique across the project (a suffix after each round of nouns).
            var module = Modules[(index / 3) % Modules.Length];
            var noun = Nouns[index % Nouns.Length];
            var round = index / Nouns.Length;
            var entity = round == 0 ? noun : noun + round.ToString(CultureInfo.InvariantCulture);
            // The dependency is an entity generated a few steps earlier: usually another module, always another file.
            (string Module, string Entity)? dependency = entities.Count == 0 ? null : entities[Math.Max(0, entities.Count - 1 - _random.Next(Math.Min(entities.Count, 7)))];
            WriteEntity(module, entity, dependency, index);
            entities.Add((module, entity));
            index++;
        }

        WriteProgram(entities);
        return new GeneratedProject(directory, Path.Combine(directory, "Bench.App.csproj"), _lines, _files, entities.Count, _planted);
    }

    private void WriteProjectFiles(string directory, string packageVersion, string packageFeed)
    {
        File.WriteAllText(Path.Combine(directory, "Bench.App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>Contoso</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SecurityGate.Build" Version="{packageVersion}" PrivateAssets="all" />
              </ItemGroup>
            </Project>

            """);
        // Stand-alone like a user's repository: nothing inherited from folders above.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n</Project>\n");
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="securitygate-local" value="{packageFeed}" />
              </packageSources>
            </configuration>

            """);
        // Every rule runs, but findings only warn: the gated build must go through the same targets as the plain one.
        File.WriteAllText(Path.Combine(directory, "securitygate.json"), """
            {
              "categories": {
                "input-validation": { "severity": "warning" },
                "sensitive-logging": { "severity": "warning" },
                "exception-handling": { "severity": "warning" },
                "command-execution": { "severity": "warning" },
                "hardcoded-config": { "severity": "warning" }
              }
            }

            """);
    }

    private void WriteSource(string relativePath, string text)
    {
        var path = Path.Combine(_directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        text = text.ReplaceLineEndings("\n");
        File.WriteAllText(path, text);
        _lines += text.Count(c => c == '\n');
        _files++;
    }

    private bool Chance(int oneIn) => _random.Next(oneIn) == 0;

    private void Plant(string file, string what) => _planted.Add($"{file}: {what}");

    private void WriteInfrastructure()
    {
        WriteSource("Infrastructure/AppLog.cs", """
            using System.Diagnostics;
            using System.Globalization;

            namespace Contoso.Infrastructure;

            /// <summary>Application log: Trace for operators, the console for interactive runs.</summary>
            public static class AppLog
            {
                private static readonly object Gate = new();

                public static bool Verbose { get; set; }

                public static void Info(string message) => Write("INFO", message);

                public static void Warn(string message) => Write("WARN", message);

                public static void Error(string message) => Write("ERROR", message);

                public static void Debug(string message)
                {
                    if (Verbose)
                    {
                        Write("DEBUG", message);
                    }
                }

                private static void Write(string level, string message)
                {
                    var line = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture) + " " + level + " " + message;
                    lock (Gate)
                    {
                        Trace.WriteLine(line);
                        Console.WriteLine(line);
                    }
                }
            }

            """);
        WriteSource("Infrastructure/Database.cs", """
            using System.Data;
            using System.Data.Common;

            namespace Contoso.Infrastructure;

            /// <summary>Opens connections through an ADO.NET provider chosen at start-up.</summary>
            public sealed class Database
            {
                private readonly DbProviderFactory _factory;
                private readonly string _connectionString;

                public Database(DbProviderFactory factory, string connectionString)
                {
                    _factory = factory;
                    _connectionString = connectionString;
                }

                public static Database FromEnvironment(DbProviderFactory factory)
                {
                    var connectionString = Environment.GetEnvironmentVariable("CONTOSO_DB") ?? "Data Source=contoso.db";
                    return new Database(factory, connectionString);
                }

                public DbConnection Open()
                {
                    var connection = _factory.CreateConnection() ?? throw new InvalidOperationException("The provider cannot create connections");
                    connection.ConnectionString = _connectionString;
                    connection.Open();
                    return connection;
                }

                public static void AddParameter(DbCommand command, string name, object? value)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = value ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                }

                public static string ReadString(DbDataReader reader, int ordinal) =>
                    reader.IsDBNull(ordinal) ? string.Empty : reader.GetString(ordinal);
            }

            """);
        WriteSource("Infrastructure/RepositoryException.cs", """
            namespace Contoso.Infrastructure;

            /// <summary>A data access failure, with the provider's exception inside.</summary>
            public sealed class RepositoryException : Exception
            {
                public RepositoryException(string message, Exception inner)
                    : base(message, inner)
                {
                }
            }

            """);
        WriteSource("Infrastructure/ApiResult.cs", """
            namespace Contoso.Infrastructure;

            /// <summary>What a controller answers.</summary>
            public sealed record ApiResult(int Status, string Body)
            {
                public static ApiResult Ok(string body) => new(200, body);

                public static ApiResult Created(int id) => new(201, "created " + id);

                public static ApiResult BadRequest(string reason) => new(400, reason);

                public static ApiResult NotFound(string reason) => new(404, reason);

                public static ApiResult Failure(string reason) => new(500, reason);

                public bool IsSuccess => Status is >= 200 and < 300;
            }

            """);
        WriteSource("Infrastructure/ToolRunner.cs", """
            using System.Diagnostics;
            using System.Text;

            namespace Contoso.Infrastructure;

            /// <summary>Runs external tools without a shell, with the arguments passed one by one.</summary>
            public sealed class ToolRunner
            {
                private readonly TimeSpan _timeout;

                public ToolRunner(TimeSpan timeout) => _timeout = timeout;

                public int Run(string program, params string[] arguments)
                {
                    var startInfo = new ProcessStartInfo(program)
                    {
                        UseShellExecute = false,
                        RedirectStandardOutput = true,
                        RedirectStandardError = true,
                    };
                    foreach (var argument in arguments)
                    {
                        startInfo.ArgumentList.Add(argument);
                    }

                    using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start " + program);
                    var output = new StringBuilder();
                    process.OutputDataReceived += (_, e) => output.AppendLine(e.Data);
                    process.BeginOutputReadLine();
                    if (!process.WaitForExit((int)_timeout.TotalMilliseconds))
                    {
                        process.Kill(entireProcessTree: true);
                        throw new TimeoutException(program + " did not finish within " + _timeout);
                    }

                    AppLog.Debug(program + " wrote " + output.Length + " characters");
                    return process.ExitCode;
                }
            }

            """);
    }

    private void WriteEntity(string module, string entity, (string Module, string Entity)? dependency, int index)
    {
        var count = 3 + _random.Next(9);
        var properties = OptionalProperties.OrderBy(_ => _random.Next()).Take(count).ToArray();
        var all = new List<(string Type, string Name)> { ("int", "Id"), ("string", "Name"), ("decimal", "Amount"), ("DateTime", "CreatedUtc") };
        all.AddRange(properties);
        WriteDto(module, entity, all);
        WriteRepository(module, entity, all);
        WriteService(module, entity, dependency, index);
        WriteController(module, entity);
    }

    private void WriteDto(string module, string entity, List<(string Type, string Name)> properties)
    {
        var b = new StringBuilder();
        b.Append($$"""
            using System.Globalization;
            using System.Text;

            namespace Contoso.{{module}}.Models;

            /// <summary>A {{entity}} as the API and the database see it.</summary>
            public sealed class {{entity}}Dto
            {

            """);
        foreach (var (type, name) in properties)
        {
            var initializer = type == "string" ? " = string.Empty;" : string.Empty;
            b.Append($"    public {type} {name} {{ get; set; }}{initializer}\n\n");
        }

        b.Append($$"""
                public string ToDisplayString()
                {
                    var builder = new StringBuilder();
                    builder.Append("{{entity}} #").Append(Id.ToString(CultureInfo.InvariantCulture));

            """);
        foreach (var (type, name) in properties.Skip(1))
        {
            var value = type switch
            {
                "string" => name,
                "bool" => $"({name} ? \"yes\" : \"no\")",
                "DateTime" => $"{name}.ToString(\"yyyy-MM-dd\", CultureInfo.InvariantCulture)",
                _ => $"{name}.ToString(CultureInfo.InvariantCulture)",
            };
            b.Append($"        builder.Append(\", {name}=\").Append({value});\n");
        }

        b.Append("""
                    return builder.ToString();
                }

                public IReadOnlyList<string> Validate()
                {
                    var errors = new List<string>();
                    if (string.IsNullOrWhiteSpace(Name))
                    {
                        errors.Add("Name is required");
                    }

                    if (Amount < 0)
                    {
                        errors.Add("Amount must not be negative");
                    }

            """);
        foreach (var (type, name) in properties.Skip(4))
        {
            if (type == "int" || type == "decimal")
            {
                b.Append($"        if ({name} < 0)\n        {{\n            errors.Add(\"{name} must not be negative\");\n        }}\n\n");
            }
            else if (type == "string" && name is "Email")
            {
                b.Append("        if (Email.Length > 0 && !Email.Contains('@', StringComparison.Ordinal))\n        {\n            errors.Add(\"Email is not an address\");\n        }\n\n");
            }
        }

        b.Append("        return errors;\n    }\n}\n");
        WriteSource($"{module}/Models/{entity}Dto.cs", b.ToString());
    }

    private void WriteRepository(string module, string entity, List<(string Type, string Name)> properties)
    {
        var columns = string.Join(", ", properties.Select(p => p.Name));
        var assignments = string.Join(", ", properties.Skip(1).Select(p => p.Name + " = @" + p.Name));
        var values = string.Join(", ", properties.Skip(1).Select(p => "@" + p.Name));
        var inserts = string.Join(", ", properties.Skip(1).Select(p => p.Name));
        var table = entity + "s";
        var b = new StringBuilder();
        b.Append($$"""
            using System.Data;
            using System.Data.Common;
            using Contoso.Infrastructure;
            using Contoso.{{module}}.Models;

            namespace Contoso.{{module}}.Data;

            /// <summary>Reads and writes {{entity}} rows with parameterised commands.</summary>
            public sealed class {{entity}}Repository
            {
                private const string SelectColumns = "{{columns}}";
                private readonly Database _database;

                public {{entity}}Repository(Database database)
                {
                    _database = database;
                }

                public {{entity}}Dto? Find(int id)
                {
                    using var connection = _database.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "SELECT " + SelectColumns + " FROM {{table}} WHERE Id = @id";
                    Database.AddParameter(command, "@id", id);
                    using var reader = command.ExecuteReader(CommandBehavior.SingleRow);
                    return reader.Read() ? Map(reader) : null;
                }

                public IReadOnlyList<{{entity}}Dto> ListByName(string name, int limit)
                {
                    var items = new List<{{entity}}Dto>();
                    using var connection = _database.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "SELECT " + SelectColumns + " FROM {{table}} WHERE Name LIKE @name ORDER BY Name";
                    Database.AddParameter(command, "@name", "%" + name + "%");
                    using var reader = command.ExecuteReader();
                    while (reader.Read() && items.Count < limit)
                    {
                        items.Add(Map(reader));
                    }

                    return items;
                }

                public int Save({{entity}}Dto item)
                {
                    try
                    {
                        using var connection = _database.Open();
                        using var transaction = connection.BeginTransaction();
                        using var command = connection.CreateCommand();
                        command.Transaction = transaction;
                        command.CommandText = item.Id == 0
                            ? "INSERT INTO {{table}} ({{inserts}}) VALUES ({{values}})"
                            : "UPDATE {{table}} SET {{assignments}} WHERE Id = @Id";
                        Database.AddParameter(command, "@Id", item.Id);

            """);
        foreach (var (_, name) in properties.Skip(1))
        {
            b.Append($"            Database.AddParameter(command, \"@{name}\", item.{name});\n");
        }

        b.Append($$"""
                        var affected = command.ExecuteNonQuery();
                        transaction.Commit();
                        return affected;
                    }
                    catch (DbException ex) when (ex.IsTransient)
                    {
                        AppLog.Warn("Saving {{entity}} " + item.Id + " hit a transient error; the caller retries");
                        throw;
                    }
                    catch (DbException ex)
                    {
                        AppLog.Error("Saving {{entity}} " + item.Id + " failed: " + ex.Message);
                        throw new RepositoryException("Could not save {{entity}} " + item.Id, ex);
                    }
                }

                public int Delete(int id)
                {
                    using var connection = _database.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "DELETE FROM {{table}} WHERE Id = @id";
                    Database.AddParameter(command, "@id", id);
                    return command.ExecuteNonQuery();
                }

                public long Count()
                {
                    using var connection = _database.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "SELECT COUNT(*) FROM {{table}}";
                    return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                }

            """);
        if (Chance(25))
        {
            Plant($"{module}/Data/{entity}Repository.cs", "SQL text concatenated from a search term (SG1001)");
            b.Append($$"""

                    public IReadOnlyList<{{entity}}Dto> Search(string term)
                    {
                        var items = new List<{{entity}}Dto>();
                        using var connection = _database.Open();
                        using var command = connection.CreateCommand();
                        command.CommandText = "SELECT " + SelectColumns + " FROM {{table}} WHERE Name LIKE '%" + term + "%'";
                        using var reader = command.ExecuteReader();
                        while (reader.Read())
                        {
                            items.Add(Map(reader));
                        }

                        return items;
                    }

                """);
        }

        b.Append($$"""

                private static {{entity}}Dto Map(DbDataReader reader) => new()
                {

            """);
        for (var i = 0; i < properties.Count; i++)
        {
            var (type, name) = properties[i];
            var read = type switch
            {
                "string" => $"Database.ReadString(reader, {i})",
                "int" => $"reader.GetInt32({i})",
                "decimal" => $"reader.GetDecimal({i})",
                "bool" => $"reader.GetBoolean({i})",
                _ => $"reader.GetDateTime({i})",
            };
            b.Append($"        {name} = {read},\n");
        }

        b.Append("    };\n}\n");
        WriteSource($"{module}/Data/{entity}Repository.cs", b.ToString());
    }

    private void WriteService(string module, string entity, (string Module, string Entity)? dependency, int index)
    {
        var file = $"{module}/Services/{entity}Service.cs";
        var lower = char.ToLowerInvariant(entity[0]) + entity[1..];
        var b = new StringBuilder();
        var usings = dependency is { } d && d.Module != module ? $"using Contoso.{d.Module}.Services;\n" : string.Empty;
        b.Append($$"""
            using System.Diagnostics;
            using System.Globalization;
            using System.Text;
            using Contoso.Infrastructure;
            using Contoso.{{module}}.Data;
            using Contoso.{{module}}.Models;
            {{usings}}
            namespace Contoso.{{module}}.Services;

            /// <summary>Business operations on {{entity}} records.</summary>
            public interface I{{entity}}Service
            {
                {{entity}}Dto Get{{entity}}(int id);

                int Create{{entity}}(string name, decimal amount);

                string Describe{{entity}}(int id);

                string Export{{entity}}s(string nameFilter);

                int Archive{{entity}}s();
            }

            /// <summary>The default <see cref="I{{entity}}Service"/>.</summary>
            public sealed class {{entity}}Service : I{{entity}}Service
            {
                private const int ExportLimit = 500;
                private readonly {{entity}}Repository _repository;
                private readonly ToolRunner _tools;

            """);
        if (dependency is { } dep)
        {
            b.Append($"    private readonly I{dep.Entity}Service _{char.ToLowerInvariant(dep.Entity[0]) + dep.Entity[1..]}Service;\n");
        }

        var depField = dependency is { } dd ? "_" + char.ToLowerInvariant(dd.Entity[0]) + dd.Entity[1..] + "Service" : null;
        b.Append($$"""

                public {{entity}}Service({{entity}}Repository repository, ToolRunner tools{{(dependency is { } p ? $", I{p.Entity}Service {depField![1..]}" : string.Empty)}})
                {
                    _repository = repository;
                    _tools = tools;

            """);
        if (depField != null)
        {
            b.Append($"        {depField} = {depField[1..]};\n");
        }

        b.Append($$"""
                }

                public {{entity}}Dto Get{{entity}}(int id)
                {
                    if (id <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(id), id, "Id must be positive");
                    }

                    var item = _repository.Find(id) ?? throw new KeyNotFoundException("{{entity}} " + id + " was not found");
                    AppLog.Debug("Loaded " + item.ToDisplayString());
                    return item;
                }

                public int Create{{entity}}(string name, decimal amount)
                {
                    var item = new {{entity}}Dto { Name = name.Trim(), Amount = amount, CreatedUtc = DateTime.UtcNow };
                    var errors = item.Validate();
                    if (errors.Count > 0)
                    {
                        throw new ArgumentException(string.Join("; ", errors), nameof(name));
                    }

            """);
        b.Append('\n');
        if (dependency is { } de)
        {
            b.Append($"        var related = {depField}.Describe{de.Entity}(1);\n");
            b.Append($"        AppLog.Info($\"Creating {entity} {{item.Name}} next to {{related}}\");\n");
        }
        else
        {
            b.Append($"        AppLog.Info($\"Creating {entity} {{item.Name}}\");\n");
        }

        b.Append($$"""
                    return _repository.Save(item);
                }

                public string Describe{{entity}}(int id)
                {
                    try
                    {
                        return Get{{entity}}(id).ToDisplayString();
                    }
                    catch (KeyNotFoundException)
                    {
                        return "{{entity}} " + id.ToString(CultureInfo.InvariantCulture) + " (missing)";
                    }
                }

                public string Export{{entity}}s(string nameFilter)
                {
                    var builder = new StringBuilder();
                    builder.AppendLine("Id,Name,Amount");
                    foreach (var item in _repository.ListByName(nameFilter, ExportLimit))
                    {
                        builder.Append(item.Id.ToString(CultureInfo.InvariantCulture)).Append(',');
                        builder.Append(item.Name.Replace(",", " ", StringComparison.Ordinal)).Append(',');
                        builder.AppendLine(item.Amount.ToString("F2", CultureInfo.InvariantCulture));
                    }

                    AppLog.Info("Exported {{entity}} records matching " + nameFilter.Length + " characters");
                    return builder.ToString();
                }

                public int Archive{{entity}}s()
                {
                    var exitCode = _tools.Run("tar", "-czf", "/var/backups/{{lower}}s.tgz", "/var/lib/contoso/{{lower}}s");
                    if (exitCode != 0)
                    {
                        AppLog.Warn("Archiving {{entity}} data exited with " + exitCode.ToString(CultureInfo.InvariantCulture));
                    }

                    return exitCode;
                }

                public decimal Total{{entity}}Amount(IEnumerable<int> ids)
                {
                    decimal total = 0;
                    foreach (var id in ids)
                    {
                        try
                        {
                            total += Get{{entity}}(id).Amount;
                        }
                        catch (KeyNotFoundException ex)
                        {
                            AppLog.Warn("Skipping {{entity}} " + id + ": " + ex.Message);
                        }
                    }

                    return total;
                }

            """);

        // Variety: extra operations, each with its own shape.
        if (Chance(3))
        {
            b.Append($$"""

                    public string Checksum{{entity}}Export(string nameFilter)
                    {
                        var bytes = Encoding.UTF8.GetBytes(Export{{entity}}s(nameFilter));
                        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes));
                    }

                """);
        }

        if (Chance(4))
        {
            b.Append($$"""

                    public string CurrentRevision()
                    {
                        using var git = Process.Start(new ProcessStartInfo("git", "rev-parse HEAD") { RedirectStandardOutput = true, UseShellExecute = false });
                        if (git is null)
                        {
                            return "unknown";
                        }

                        var revision = git.StandardOutput.ReadToEnd().Trim();
                        git.WaitForExit();
                        return revision;
                    }

                """);
        }

        if (Chance(3))
        {
            b.Append($$"""

                    public int Import{{entity}}s(string path)
                    {
                        var imported = 0;
                        try
                        {
                            foreach (var line in File.ReadLines(path))
                            {
                                var parts = line.Split(',');
                                if (parts.Length < 2 || !decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
                                {
                                    continue;
                                }

                                Create{{entity}}(parts[0], amount);
                                imported++;
                            }
                        }
                        catch (IOException ex)
                        {
                            AppLog.Error("Import of {{entity}} records stopped after " + imported + " rows: " + ex.Message);
                            throw;
                        }
                        finally
                        {
                            AppLog.Info("Imported " + imported + " {{entity}} records");
                        }

                        return imported;
                    }

                """);
        }

        // Planted defects, a few per project, chosen by the seed.
        if (Chance(30))
        {
            Plant(file, "process started with arguments from data (SG4001)");
            b.Append($$"""

                    public void Open{{entity}}Document(string documentName)
                    {
                        Process.Start("xdg-open", "/srv/documents/" + documentName);
                    }

                """);
        }

        if (Chance(60))
        {
            Plant(file, "shell command line built from data (SG4003)");
            b.Append($$"""

                    public void Compress{{entity}}(string folder)
                    {
                        Process.Start("/bin/sh", "-c \"tar -czf out.tgz " + folder + "\"");
                    }

                """);
        }

        if (Chance(20))
        {
            Plant(file, "empty catch (SG3002)");
            b.Append($$"""

                    public void Purge{{entity}}(int id)
                    {
                        try
                        {
                            _repository.Delete(id);
                        }
                        catch (RepositoryException)
                        {
                        }
                    }

                """);
        }

        if (Chance(20))
        {
            Plant(file, "catch of Exception that carries on (SG3001/SG3005)");
            b.Append($$"""

                    public long Safe{{entity}}Count()
                    {
                        try
                        {
                            return _repository.Count();
                        }
                        catch (Exception ex)
                        {
                            AppLog.Error(ex.Message);
                            return 0;
                        }
                    }

                """);
        }

        if (Chance(25))
        {
            Plant(file, "generic exception thrown (SG3003)");
            b.Append($$"""

                    public void Ensure{{entity}}Exists(int id)
                    {
                        if (_repository.Find(id) is null)
                        {
                            throw new Exception("{{entity}} " + id + " is missing");
                        }
                    }

                """);
        }

        if (Chance(40))
        {
            Plant(file, "catch of NullReferenceException (SG3004)");
            b.Append($$"""

                    public string {{entity}}Label(int id)
                    {
                        try
                        {
                            return _repository.Find(id)!.Name;
                        }
                        catch (NullReferenceException)
                        {
                            return "?";
                        }
                    }

                """);
        }

        _ = index;
        b.Append("}\n");
        WriteSource(file, b.ToString());
    }

    private void WriteController(string module, string entity)
    {
        WriteSource($"{module}/Api/{entity}Controller.cs", $$"""
            using Contoso.Infrastructure;
            using Contoso.{{module}}.Services;

            namespace Contoso.{{module}}.Api;

            /// <summary>HTTP-style endpoints for {{entity}} records; the host binds request data to the parameters.</summary>
            public sealed class {{entity}}Controller
            {
                private readonly I{{entity}}Service _service;

                public {{entity}}Controller(I{{entity}}Service service)
                {
                    _service = service;
                }

                public ApiResult Get(int id)
                {
                    try
                    {
                        return ApiResult.Ok(_service.Get{{entity}}(id).ToDisplayString());
                    }
                    catch (KeyNotFoundException ex)
                    {
                        return ApiResult.NotFound(ex.Message);
                    }
                    catch (ArgumentOutOfRangeException ex)
                    {
                        return ApiResult.BadRequest(ex.Message);
                    }
                }

                public ApiResult Create(string name, decimal amount)
                {
                    try
                    {
                        return ApiResult.Created(_service.Create{{entity}}(name, amount));
                    }
                    catch (ArgumentException ex)
                    {
                        return ApiResult.BadRequest(ex.Message);
                    }
                    catch (RepositoryException ex)
                    {
                        AppLog.Error("Create {{entity}} failed: " + ex.InnerException?.GetType().Name);
                        return ApiResult.Failure("The {{entity}} could not be stored");
                    }
                }

                public ApiResult Export(string filter)
                {
                    if (filter.Length > 100)
                    {
                        return ApiResult.BadRequest("The filter is too long");
                    }

                    return ApiResult.Ok(_service.Export{{entity}}s(filter));
                }

                public ApiResult Archive()
                {
                    var exitCode = _service.Archive{{entity}}s();
                    return exitCode == 0 ? ApiResult.Ok("archived") : ApiResult.Failure("archiving failed");
                }
            }

            """);
    }

    private void WriteProgram(List<(string Module, string Entity)> entities)
    {
        var (module, entity) = entities[0];
        WriteSource("Program.cs", $$"""
            using System.Data.Common;
            using Contoso.Infrastructure;
            using Contoso.{{module}}.Api;
            using Contoso.{{module}}.Data;
            using Contoso.{{module}}.Services;

            namespace Contoso;

            /// <summary>Start-up: picks the provider, wires one controller and serves a request from the command line.</summary>
            public static class Program
            {
                public static int Main(string[] args)
                {
                    if (args.Length < 2)
                    {
                        Console.Error.WriteLine("usage: contoso <provider> <id>");
                        return 2;
                    }

                    DbProviderFactory factory;
                    try
                    {
                        factory = DbProviderFactories.GetFactory(args[0]);
                    }
                    catch (ArgumentException ex)
                    {
                        Console.Error.WriteLine("Unknown provider: " + ex.Message);
                        return 2;
                    }

                    var database = Database.FromEnvironment(factory);
                    var tools = new ToolRunner(TimeSpan.FromMinutes(2));
                    var controller = new {{entity}}Controller(new {{entity}}Service(new {{entity}}Repository(database), tools));
                    var result = int.TryParse(args[1], out var id) ? controller.Get(id) : ApiResult.BadRequest("id must be a number");
                    Console.WriteLine(result.Status + " " + result.Body);
                    return result.IsSuccess ? 0 : 1;
                }
            }

            """);
    }
}

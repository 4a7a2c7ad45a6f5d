// expect: none
// Configuration and constants in SQL text and paths: below the input-validation default minimum origin (external).
using System.Data.Common;
using System.IO;
using Microsoft.Extensions.Configuration;

public sealed class Good
{
    private readonly IConfiguration _configuration;

    public Good(IConfiguration configuration) => _configuration = configuration;

    public void GoodConfiguration()
    {
        var table = _configuration["Reports:Table"];
        var command = DbProviderFactories.GetFactory("Microsoft.Data.Sqlite").CreateCommand()!;
        command.CommandText = "SELECT COUNT(*) FROM " + table;
        command.ExecuteScalar();
        var content = File.ReadAllText(Path.Combine(_configuration["Reports:Folder"] ?? "/srv", "summary.txt"));
    }
}

using System.Data.Common;
using System.Net;
using System.Security.Cryptography;

namespace VulnerableApp;

public sealed class ReportStore
{
    private static readonly byte[] Key = [0x10, 0x22, 0x3a, 0x41, 0x55, 0x6b, 0x70, 0x8e, 0x91, 0xa4, 0xb3, 0xc8, 0xd2, 0xe7, 0xf1, 0x0c];
    private const string ConnectionString = "Server=db;Database=reports;User Id=app;Password=S3cr3t!Pa55;";
    private readonly NetworkCredential _credential = new("reporter", "Winter2026!");

    public string Load(string reportName)
    {
        // Path traversal: "../../etc/passwd" reads any file.
        var path = Path.Combine("/var/reports", reportName);
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception)
        {
            return string.Empty;
        }
    }

    public void Query(DbConnection connection, string customer)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM Orders WHERE Customer = '" + customer + "'";
        command.ExecuteNonQuery();
    }

    public byte[] Encrypt(byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = Key;
        using var encryptor = aes.CreateEncryptor();
        return encryptor.TransformFinalBlock(data, 0, data.Length);
    }

    public void Connect(string password)
    {
        Console.WriteLine($"Connecting with {ConnectionString} as {_credential.UserName} using password {password}");
        if (password.Length == 0)
        {
            throw new Exception("empty password");
        }
    }
}

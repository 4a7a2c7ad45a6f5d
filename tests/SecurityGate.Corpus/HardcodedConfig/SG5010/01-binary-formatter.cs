// expect: SG5010
// CWE-502 via SG5010; shape: binary-formatter. A message is read back with BinaryFormatter.
// Bad() carries the flaw; Good* twins use System.Text.Json with a fixed type and must stay silent.
#pragma warning disable SYSLIB0011
using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using System.Text.Json;

public sealed class Message
{
    public string Text { get; set; } = string.Empty;
}

public sealed class Case
{
    public object Bad(Stream stream) => new BinaryFormatter().Deserialize(stream);

    public Message? Good(Stream stream) => JsonSerializer.Deserialize<Message>(stream);
}

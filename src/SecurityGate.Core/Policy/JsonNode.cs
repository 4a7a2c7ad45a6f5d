using System.Text;
using System.Text.Json;

namespace SecurityGate.Core.Policy;

/// <summary>
/// A JSON value with the line and column it starts at. <see cref="JsonDocument"/> keeps no positions,
/// and every policy error must name its line, so the policy is read into this small tree instead.
/// </summary>
internal sealed class JsonNode
{
    private JsonNode(JsonValueKind kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
    }

    public JsonValueKind Kind { get; }

    public int Line { get; }

    public int Column { get; }

    public string? String { get; private init; }

    public string RawNumber { get; private init; } = string.Empty;

    public List<(string Name, int Line, int Column, JsonNode Value)> Properties { get; } = [];

    public List<JsonNode> Items { get; } = [];

    /// <summary>A short description of the value for error messages.</summary>
    public string Describe() => Kind switch
    {
        JsonValueKind.String => $"\"{String}\"",
        JsonValueKind.Number => RawNumber,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        _ => "an array",
    };

    /// <summary>Parses UTF-8 JSON that may contain comments and trailing commas.</summary>
    /// <exception cref="PolicyFormatException">The text is not valid JSON; carries the line and column.</exception>
    public static JsonNode Parse(byte[] utf8)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
        try
        {
            if (!reader.Read())
            {
                throw new PolicyFormatException("the file is empty", 1, 1);
            }

            var root = ReadValue(ref reader, utf8, lineStarts);
            if (reader.Read())
            {
                var (line, column) = Position(reader.TokenStartIndex, utf8, lineStarts);
                throw new PolicyFormatException("unexpected content after the top-level value", line, column);
            }

            return root;
        }
        catch (JsonException e)
        {
            throw new PolicyFormatException(CleanMessage(e.Message), (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
        }
    }

    private static string CleanMessage(string message)
    {
        // System.Text.Json appends its own "LineNumber: x | BytePositionInLine: y." which we report as the position instead.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader, byte[] utf8, List<int> lineStarts)
    {
        var (line, column) = Position(reader.TokenStartIndex, utf8, lineStarts);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonNode(JsonValueKind.Object, line, column);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (nameLine, nameColumn) = Position(reader.TokenStartIndex, utf8, lineStarts);
                    var name = reader.GetString()!;
                    reader.Read();
                    obj.Properties.Add((name, nameLine, nameColumn, ReadValue(ref reader, utf8, lineStarts)));
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonNode(JsonValueKind.Array, line, column);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, utf8, lineStarts));
                }

                return array;
            case JsonTokenType.String:
                return new JsonNode(JsonValueKind.String, line, column) { String = reader.GetString() };
            case JsonTokenType.Number:
                return new JsonNode(JsonValueKind.Number, line, column) { RawNumber = Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new JsonNode(JsonValueKind.True, line, column);
            case JsonTokenType.False:
                return new JsonNode(JsonValueKind.False, line, column);
            default:
                return new JsonNode(JsonValueKind.Null, line, column);
        }
    }

    private static (int Line, int Column) Position(long offset, byte[] utf8, List<int> lineStarts)
    {
        var index = lineStarts.BinarySearch((int)offset);
        var lineIndex = index >= 0 ? index : ~index - 1;
        var start = lineStarts[lineIndex];
        var column = Encoding.UTF8.GetCharCount(utf8, start, (int)offset - start) + 1;
        return (lineIndex + 1, column);
    }
}

/// <summary>The policy file is not valid JSON.</summary>
internal sealed class PolicyFormatException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}

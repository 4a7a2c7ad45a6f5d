using System.Text.Json;
using System.Text.Json.Serialization;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Gate;

/// <summary>What the gate logs for one project, in order, and whether the build fails.</summary>
/// <param name="Messages">Configuration errors, findings and the summary, in the order they are logged.</param>
/// <param name="Failed">Whether any message is an error.</param>
public sealed record GateResult(IReadOnlyList<GateMessage> Messages, bool Failed)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The findings that were analysed, for SARIF and baselines; not part of the replay file.</summary>
    [JsonIgnore]
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Writes the result so a later no-op build can replay it.</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, JsonOptions));
    }

    /// <summary>Reads a result written by <see cref="Save"/>; null when the file is missing or unreadable.</summary>
    public static GateResult? Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<GateResult>(File.ReadAllText(path), JsonOptions);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }
}

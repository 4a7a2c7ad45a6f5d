using SecurityGate.Core.Gate;
using SecurityGate.Core.Model;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Policy;

/// <summary>Reads one of the gate's JSON files (the policy, the baseline) into a tree that keeps lines and columns.</summary>
internal static class JsonFile
{
    /// <summary>
    /// The file's JSON, or null after adding SG0005 (it cannot be read) or SG0004 (it is not JSON, at the line and
    /// column where it stops being JSON) to <paramref name="errors"/>.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file is, for messages: "policy file", "baseline file".</param>
    /// <param name="errors">Where problems go.</param>
    /// <param name="whenUnreadable">A sentence appended to the message when the file cannot be read.</param>
    public static JsonNode? Read(string path, string what, List<GateMessage> errors, string? whenUnreadable = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(GateMessage.ConfigurationError(RuleCatalogue.UnreadableFileId, SourceSpan.FileOnly(path), whenUnreadable is null ? $"The {what} cannot be read: {e.Message}" : $"The {what} cannot be read: {e.Message.TrimEnd('.')}. {whenUnreadable}"));
            return null;
        }

        try
        {
            return JsonNode.Parse(bytes);
        }
        catch (PolicyFormatException e)
        {
            errors.Add(GateMessage.ConfigurationError(RuleCatalogue.MalformedPolicyId, new SourceSpan(path, e.Line, e.Column, e.Line, e.Column), $"The {what} is not valid JSON: {e.Message}"));
            return null;
        }
    }
}

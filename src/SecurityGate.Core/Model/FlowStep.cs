namespace SecurityGate.Core.Model;

/// <summary>One hop of the path that carried a value from its source to a sink.</summary>
/// <param name="Description">What happened at this hop, for example <c>Console.ReadLine()</c> or <c>via Archiver.Archive(name)</c>.</param>
/// <param name="Location">Where it happened.</param>
public sealed record FlowStep(string Description, SourceSpan Location);

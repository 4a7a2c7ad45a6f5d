using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Rules.InputValidation;

/// <summary>
/// SG1002: a file-system path that is not constant reaches <c>File</c>, <c>Directory</c>, <c>FileInfo</c>,
/// <c>DirectoryInfo</c>, <c>FileStream</c>, <c>StreamReader</c> or <c>StreamWriter</c>, a zip archive's extraction or
/// creation (<c>ZipFile</c>, <c>ExtractToFile</c>, <c>ExtractToDirectory</c>), or a file an ASP.NET Core response sends
/// from disk (<c>PhysicalFile</c>, <c>PhysicalFileResult</c>, <c>Results.File</c>). Only path parameters count, never the
/// contents written. <c>Path.GetFileName</c> strips directories, so its result is not external.
/// </summary>
public sealed class PathTraversalRule : SecurityRule
{
    private const string Fix = "reduce it to a name with Path.GetFileName or check the full path stays under a fixed base directory";

    private static readonly HashSet<string> StaticTypes = new(StringComparer.Ordinal) { "System.IO.File", "System.IO.Directory" };

    private static readonly HashSet<string> InstanceTypes = new(StringComparer.Ordinal) { "System.IO.FileInfo", "System.IO.DirectoryInfo" };

    // Other methods that open, write or send the file a path names, by type. An archive entry's name is data from the
    // archive (see KnownApis), so extracting to a path built from it is the "zip slip" this finds.
    private static readonly Dictionary<string, string[]> OtherSinks = new(StringComparer.Ordinal)
    {
        ["System.IO.Compression.ZipFile"] = ["ExtractToDirectory", "Open", "OpenRead", "CreateFromDirectory"],
        ["System.IO.Compression.ZipFileExtensions"] = ["ExtractToFile", "ExtractToDirectory", "CreateEntryFromFile"],
        ["Microsoft.AspNetCore.Mvc.ControllerBase"] = ["PhysicalFile"],
        ["Microsoft.AspNetCore.Http.Results"] = ["File"],
        ["Microsoft.AspNetCore.Http.TypedResults"] = ["PhysicalFile"],
    };

    // Called on an archive or entry, or on the controller itself without a receiver.
    private static readonly HashSet<string> OtherSinkNamesWithoutTypeName = new(StringComparer.Ordinal) { "ExtractToFile", "ExtractToDirectory", "CreateEntryFromFile", "PhysicalFile" };

    private static readonly HashSet<string> OtherSinkReceivers = new(StringComparer.Ordinal) { "ZipFile", "Results", "TypedResults" };

    private static readonly HashSet<string> CreatedTypes = new(StringComparer.Ordinal)
    {
        "System.IO.FileStream", "System.IO.StreamReader", "System.IO.StreamWriter", "System.IO.FileInfo", "System.IO.DirectoryInfo",
        "Microsoft.AspNetCore.Mvc.PhysicalFileResult",
    };

    private static readonly HashSet<string> CreatedTypeNames = new(StringComparer.Ordinal) { "FileStream", "StreamReader", "StreamWriter", "FileInfo", "DirectoryInfo", "PhysicalFileResult" };

    // The names System.IO gives its path parameters; contents, encodings and patterns have other names.
    private static readonly HashSet<string> PathParameters = new(StringComparer.Ordinal)
    {
        "path", "path1", "path2", "path3", "fileName", "sourceFileName", "destFileName", "destinationFileName",
        "destinationBackupFileName", "sourceDirName", "destDirName", "linkPath", "pathToTarget",
        "sourceArchiveFileName", "destinationDirectoryName", "archiveFileName", "sourceDirectoryName", "destinationArchiveFileName", "physicalPath",
    };

    // Every method name of the sink types, so the prefilter also sees calls written through 'using static System.IO.File'.
    private static readonly HashSet<string> SinkMethodNames = new(
        new[] { typeof(File), typeof(Directory), typeof(FileInfo), typeof(DirectoryInfo) }
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly).Select(m => m.Name))
            .Concat(OtherSinks.Values.SelectMany(names => names)),
        StringComparer.Ordinal);

    // The instance methods of FileInfo and DirectoryInfo that take a path (CopyTo, MoveTo, Replace, …); any other name
    // is a sink only as a static method of File or Directory, called on that type's name.
    private static readonly HashSet<string> InstanceSinkNames = new(
        new[] { typeof(FileInfo), typeof(DirectoryInfo) }
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(string) && PathParameters.Contains(p.Name!)))
            .Select(m => m.Name),
        StringComparer.Ordinal);

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.PathTraversal;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } =
        [SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation => SyntaxNames.CalledName(invocation) is { } name && SinkMethodNames.Contains(name) && invocation.ArgumentList.Arguments.Count > 0,
        ObjectCreationExpressionSyntax creation => SyntaxNames.CreatedTypeName(creation) is { } type && CreatedTypeNames.Contains(type),
        ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.ArgumentList.Arguments.Count > 0
            && (SyntaxNames.TargetTypeName(implicitCreation) is not { } target || CreatedTypeNames.Contains(target)),
        _ => false,
    };

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if ((node is InvocationExpressionSyntax invocation && !MayCallSink(invocation, context))
            || SinkArguments.AllArgumentsConstant(node, context) || SinkArguments.Method(node, context.Model) is not { } method)
        {
            return;
        }

        var typeName = KnownApis.FullName(method.ContainingType);
        var isSink = node is InvocationExpressionSyntax
            ? StaticTypes.Contains(typeName) || (InstanceTypes.Contains(typeName) && !method.IsStatic)
                || (OtherSinks.TryGetValue(KnownApis.FullName((method.ReducedFrom ?? method).ContainingType), out var names) && names.Contains(method.Name))
            : CreatedTypes.Contains(typeName);
        if (!isSink)
        {
            return;
        }

        var target = node is InvocationExpressionSyntax ? $"{method.ContainingType.Name}.{method.Name}" : $"new {method.ContainingType.Name}";
        foreach (var (parameter, value) in SinkArguments.Of(node, context.Model))
        {
            if (SinkArguments.IsString(parameter) && PathParameters.Contains(parameter.Name))
            {
                SinkArguments.ReportIfData(context, Descriptor, value, SinkConcern.Path, "Path", target, Fix);
            }
        }
    }

    // Without binding: a static sink is called on the name File or Directory (or an alias of it), or with no receiver
    // at all under a 'using static'; a call on anything else reaches a sink only through an instance method.
    private static bool MayCallSink(InvocationExpressionSyntax invocation, RuleContext context)
    {
        if (SyntaxNames.CalledName(invocation) is { } name && (InstanceSinkNames.Contains(name) || OtherSinkNamesWithoutTypeName.Contains(name)))
        {
            return true;
        }

        return invocation.Expression switch
        {
            MemberAccessExpressionSyntax { Expression: var receiver } => SyntaxNames.RightmostName(receiver) is { } type
                && (type is "File" or "Directory" || OtherSinkReceivers.Contains(type) || context.IsAliasName(type)),
            SimpleNameSyntax => context.HasUsingStatic,
            _ => false,
        };
    }
}

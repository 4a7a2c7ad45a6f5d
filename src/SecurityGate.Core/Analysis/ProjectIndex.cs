using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecurityGate.Core.Analysis;

/// <summary>
/// Name-keyed indexes over every tree of the project, built from syntax alone on first use.
/// Data-flow questions ("who assigns this field?", "who calls this method?") start here,
/// then bind only the few nodes that share the name.
/// </summary>
internal sealed class ProjectIndex
{
    // Both maps come from one walk over every tree: data flow asks for both, and each walk touches every node.
    private readonly object _buildLock = new();
    private volatile Maps? _byName;
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly ConcurrentDictionary<string, bool> _types = new(StringComparer.Ordinal);

    public ProjectIndex(Compilation compilation)
    {
        Compilation = compilation;
    }

    public Compilation Compilation { get; }

    /// <summary>Whether any tree declares a <c>file</c> type, which only its own file sees.</summary>
    public bool HasFileLocalTypes => Built().HasFileLocalTypes;

    /// <summary>
    /// Whether a using directive anywhere in the project (global ones included) declares an alias called
    /// <paramref name="name"/>: only then can a simple name stand for a type of another name.
    /// </summary>
    public bool IsAliasName(string name) => Built().Aliases.Contains(name);

    /// <summary>Whether any using directive in the project (global ones included) is a <c>using static</c>.</summary>
    public bool HasUsingStatic => Built().HasUsingStatic;

    /// <summary>
    /// Answers about a single name bound at a type's body, shared by types under the same namespaces and usings that
    /// declare, inherit and contain nothing of that name (see <c>RuleContext.AtTypeLevel</c>).
    /// </summary>
    public ConcurrentDictionary<(string Scope, string Key), Lazy<object?>> TypeLevelAnswers { get; } = new();

    /// <summary>Whether the compilation (sources or references, however many) has a type of this metadata name; asked once per name.</summary>
    public bool HasType(string metadataName) => _types.GetOrAdd(metadataName, name => !Compilation.GetTypesByMetadataName(name).IsEmpty);

    /// <summary>One semantic model per tree, shared so binding work is cached across rules.</summary>
    public SemanticModel Model(SyntaxTree tree) => _models.GetOrAdd(tree, t => Compilation.GetSemanticModel(t));

    /// <summary>
    /// Nodes that may write a member named <paramref name="name"/>: assignments whose target ends in the name,
    /// element assignments on it, and calls on it that add content (<c>Add</c>, <c>Append</c>, …).
    /// </summary>
    public IReadOnlyList<SyntaxNode> WritesTo(string name) =>
        Built().Writes.TryGetValue(name, out var list) ? list : [];

    /// <summary>Invocations and object creations whose called name is <paramref name="name"/>.</summary>
    public IReadOnlyList<SyntaxNode> CallsNamed(string name) =>
        Built().Calls.TryGetValue(name, out var list) ? list : [];

    /// <summary>
    /// The nodes of <paramref name="tree"/> whose kind the last <see cref="Prepare"/> call was asked to collect, in
    /// the order a walk of the tree meets them; null when that tree was not collected.
    /// </summary>
    public IReadOnlyList<SyntaxNode>? CollectedNodes(SyntaxTree tree) =>
        _byName?.Collected.TryGetValue(tree, out var nodes) == true ? nodes : null;

    /// <summary>
    /// Builds the maps now, walking the trees in parallel. Built on first use instead, the walk runs on one thread
    /// while every other worker waits for it; either way each list holds its nodes in tree order, then node order.
    /// The same walk collects, for each of <paramref name="collectFrom"/>, its nodes of <paramref name="collectKinds"/>
    /// (<see cref="CollectedNodes"/>): the rules then visit those instead of walking every tree a second time.
    /// </summary>
    public void Prepare(ParallelOptions options, IReadOnlySet<SyntaxKind>? collectKinds = null, IReadOnlySet<SyntaxTree>? collectFrom = null)
    {
        if (_byName != null)
        {
            return;
        }

        lock (_buildLock)
        {
            if (_byName != null)
            {
                return;
            }

            // One contiguous run of trees per worker, merged in order: each list keeps tree order, and there are only
            // as many partial maps as workers.
            var trees = Compilation.SyntaxTrees.ToArray();
            var chunks = Math.Max(1, Math.Min(options.MaxDegreeOfParallelism, trees.Length));
            var partial = new Maps[chunks];
            Parallel.For(0, chunks, options, c =>
            {
                var maps = new Maps(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), []);
                for (var i = trees.Length * c / chunks; i < trees.Length * (c + 1) / chunks; i++)
                {
                    List<SyntaxNode>? collected = null;
                    if (collectKinds != null && collectFrom?.Contains(trees[i]) == true)
                    {
                        collected = [];
                        maps.Collected[trees[i]] = collected;
                    }

                    Walk(trees[i], maps, collectKinds, collected);
                }

                partial[c] = maps;
            });
            var merged = partial[0];
            for (var c = 1; c < chunks; c++)
            {
                Merge(merged.Writes, partial[c].Writes);
                Merge(merged.Calls, partial[c].Calls);
                merged.Aliases.UnionWith(partial[c].Aliases);
                merged.HasFileLocalTypes |= partial[c].HasFileLocalTypes;
                merged.HasUsingStatic |= partial[c].HasUsingStatic;
                foreach (var (tree, nodes) in partial[c].Collected)
                {
                    merged.Collected[tree] = nodes;
                }
            }

            _byName = merged;
        }
    }

    // Without a Prepare call (data flow asked directly, as in tests) the same walk runs on this thread.
    private Maps Built()
    {
        if (_byName is null)
        {
            Prepare(new ParallelOptions { MaxDegreeOfParallelism = 1 });
        }

        return _byName!;
    }

    private static void Walk(SyntaxTree tree, Maps maps, IReadOnlySet<SyntaxKind>? collectKinds, List<SyntaxNode>? collected)
    {
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (collected != null && collectKinds!.Contains(node.Kind()))
            {
                collected.Add(node);
            }

            AddWrite(maps.Writes, node);
            AddCall(maps.Calls, node);
            if (node is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax && ((MemberDeclarationSyntax)node).Modifiers.Any(SyntaxKind.FileKeyword))
            {
                maps.HasFileLocalTypes = true;
            }
            else if (node is UsingDirectiveSyntax directive)
            {
                if (directive.Alias is { Name.Identifier.ValueText: var alias })
                {
                    maps.Aliases.Add(alias);
                }

                maps.HasUsingStatic |= directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword);
            }
        }
    }

    private static void Merge(Dictionary<string, List<SyntaxNode>> into, Dictionary<string, List<SyntaxNode>> from)
    {
        foreach (var (name, nodes) in from)
        {
            if (into.TryGetValue(name, out var list))
            {
                list.AddRange(nodes);
            }
            else
            {
                into[name] = nodes;
            }
        }
    }

    private sealed record Maps(Dictionary<string, List<SyntaxNode>> Writes, Dictionary<string, List<SyntaxNode>> Calls, HashSet<string> Aliases, Dictionary<SyntaxTree, List<SyntaxNode>> Collected)
    {
        public bool HasFileLocalTypes { get; set; }

        public bool HasUsingStatic { get; set; }
    }

    private static void AddWrite(Dictionary<string, List<SyntaxNode>> map, SyntaxNode node)
    {
        switch (node)
        {
            case AssignmentExpressionSyntax assignment:
                var target = assignment.Left is ElementAccessExpressionSyntax element ? element.Expression : assignment.Left;
                Add(map, SyntaxNames.RightmostName(target), assignment);
                break;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation
                when KnownApis.IsContentWrite(access.Name.Identifier.ValueText):
                Add(map, SyntaxNames.RightmostName(ContentWriteRoot(access.Expression)), invocation);
                break;
            case ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword or (int)SyntaxKind.RefKeyword } argument:
                Add(map, SyntaxNames.RightmostName(argument.Expression), argument);
                break;
            case ArgumentSyntax argument when argument.Parent?.Parent is ObjectCreationExpressionSyntax creation
                && SyntaxNames.CreatedTypeName(creation) is { } created && created.EndsWith("Writer", StringComparison.Ordinal):
                // new StreamWriter(stream): what is written to the writer ends up in the stream.
                Add(map, SyntaxNames.RightmostName(argument.Expression), argument);
                break;
            case ArgumentSyntax argument when argument.Parent?.Parent is InvocationExpressionSyntax call
                && SyntaxNames.CalledName(call) is { } called && (KnownApis.IsBufferFill(called) || KnownApis.IsStreamWrite(called)):
                Add(map, SyntaxNames.RightmostName(argument.Expression), argument);
                break;
        }
    }

    /// <summary>The object a chain of content writes starts from: <c>sb</c> for <c>sb.Append(a).Append(b)</c>.</summary>
    public static ExpressionSyntax ContentWriteRoot(ExpressionSyntax receiver)
    {
        while (receiver is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax inner } && KnownApis.IsContentWrite(inner.Name.Identifier.ValueText))
        {
            receiver = inner.Expression;
        }

        return receiver;
    }

    private static void AddCall(Dictionary<string, List<SyntaxNode>> map, SyntaxNode node)
    {
        switch (node)
        {
            case InvocationExpressionSyntax invocation:
                Add(map, SyntaxNames.CalledName(invocation), invocation);
                break;
            case BaseObjectCreationExpressionSyntax creation:
                Add(map, SyntaxNames.CreatedTypeName(creation) ?? ".ctor", creation);
                break;
            case ConstructorInitializerSyntax initializer:
                Add(map, ".ctor", initializer);
                break;
        }
    }

    private static void Add(Dictionary<string, List<SyntaxNode>> map, string? name, SyntaxNode node)
    {
        if (name is null)
        {
            return;
        }

        if (!map.TryGetValue(name, out var list))
        {
            list = [];
            map[name] = list;
        }

        list.Add(node);
    }
}

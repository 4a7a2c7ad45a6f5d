using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

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
    private volatile Usings? _usings;
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly ConcurrentDictionary<string, bool> _types = new(StringComparer.Ordinal);
    private readonly SyntaxTree[] _trees;
    private readonly Dictionary<SyntaxTree, int> _treeNumbers;
    private readonly bool _walkTreesInPlace;

    // Per tree, the names declared inside members with where their identifiers are, in position order (see DeclaresInside).
    private DeclaredName[][]? _declared;

    // Per tree, the attributes that may be suppressions (see InSourceSuppressions), so reading them walks no tree again.
    private NodeRef[][]? _suppressionAttributes;

    // What the walk keeps of each syntax kind (see IndexedAs), one table per index, filled as the kinds are met.
    private readonly byte[] _indexedKinds = new byte[ushort.MaxValue + 1];

    /// <summary>Creates the index; nothing is walked until it is first asked.</summary>
    /// <param name="compilation">The project's compilation.</param>
    /// <param name="walkTreesInPlace">
    /// Whether to walk the compilation's own trees: right for the compiler's trees, many of whose nodes its binding
    /// already made. Otherwise the walk goes over a copy of each tree (see <see cref="Detached"/>).
    /// </param>
    public ProjectIndex(Compilation compilation, bool walkTreesInPlace = false)
    {
        Compilation = compilation;
        _walkTreesInPlace = walkTreesInPlace;
        _trees = compilation.SyntaxTrees.ToArray();
        _treeNumbers = new Dictionary<SyntaxTree, int>(_trees.Length);
        for (var i = 0; i < _trees.Length; i++)
        {
            _treeNumbers[_trees[i]] = i;
        }
    }

    public Compilation Compilation { get; }

    /// <summary>Whether any tree declares a <c>file</c> type, which only its own file sees.</summary>
    public bool HasFileLocalTypes => Built().HasFileLocalTypes;

    /// <summary>Whether any tree declares a type (class, struct, interface, enum, record or delegate) of this simple name.</summary>
    public bool DeclaresTypeNamed(string name) => Built().TypeNames.Contains(name);

    /// <summary>
    /// Whether a using directive anywhere in the project (global ones included) declares an alias called
    /// <paramref name="name"/>: only then can a simple name stand for a type of another name.
    /// </summary>
    public bool IsAliasName(string name) => UsingsOfProject().Aliases.Contains(name);

    /// <summary>Whether any using directive in the project (global ones included) is a <c>using static</c>.</summary>
    public bool HasUsingStatic => UsingsOfProject().HasUsingStatic;

    /// <summary>
    /// Answers about a single name bound at a type's body, shared by types under the same namespaces and usings that
    /// declare, inherit and contain nothing of that name (see <c>RuleContext.AtTypeLevel</c>).
    /// </summary>
    public ConcurrentDictionary<(string Scope, string Key), Lazy<object?>> TypeLevelAnswers { get; } = new();

    /// <summary>Whether the compilation (sources or references, however many) has a type of this metadata name; asked once per name.</summary>
    public bool HasType(string metadataName) => _types.GetOrAdd(metadataName, name => !Compilation.GetTypesByMetadataName(name).IsEmpty);

    /// <summary>One semantic model per tree, shared so binding work is cached across rules.</summary>
    /// <remarks>
    /// No rule reads nullable flow state. The gate's own trees turn the nullable walker off in their parse options; a
    /// compilation the compiler made (the analysis hosted in the compiler) has the project's trees, so the model turns
    /// it off. With it, the first binding in a method walks the whole method.
    /// </remarks>
#pragma warning disable RSEXPERIMENTAL001 // SemanticModelOptions: the option the IDE uses for the same reason.
    public SemanticModel Model(SyntaxTree tree) => _models.GetOrAdd(tree, t => Compilation.GetSemanticModel(t, SemanticModelOptions.DisableNullableAnalysis));
#pragma warning restore RSEXPERIMENTAL001

    /// <summary>Lets go of the tree's semantic model; a later <see cref="Model"/> call makes a new one.</summary>
    public void ReleaseModel(SyntaxTree tree) => _models.TryRemove(tree, out _);

    /// <summary>
    /// Nodes that may write a member named <paramref name="name"/>: assignments whose target ends in the name (or that
    /// deconstruct into it), element assignments on it, <c>++</c> and <c>--</c> on it, and calls on it that add content
    /// (<c>Add</c>, <c>Append</c>, …).
    /// </summary>
    public IEnumerable<SyntaxNode> WritesTo(string name) =>
        Built().Writes.TryGetValue(name, out var list) ? Resolve(list) : [];

    /// <summary>
    /// The nodes of <see cref="WritesTo(string)"/> in <paramref name="tree"/> whose span <paramref name="where"/>
    /// accepts; the others are left where they are instead of being found only to be skipped (locals share common names).
    /// </summary>
    public IEnumerable<SyntaxNode> WritesTo(string name, SyntaxTree tree, Func<TextSpan, bool> where) =>
        Built().Writes.TryGetValue(name, out var list) && _treeNumbers.TryGetValue(tree, out var number)
            ? Resolve(list.Where(r => r.Tree == number && where(r.Span)))
            : [];

    /// <summary>Invocations and object creations whose called name is <paramref name="name"/>.</summary>
    public IEnumerable<SyntaxNode> CallsNamed(string name) =>
        Built().Calls.TryGetValue(name, out var list) ? Resolve(list) : [];

    /// <summary>
    /// Whether something inside <paramref name="member"/> declares <paramref name="name"/> (a parameter, local, pattern,
    /// foreach, catch or range variable, local function or type parameter; see <see cref="TypeScope.DeclaredNames"/>).
    /// Answered from the index's walk, so the member's own nodes are neither walked nor created again.
    /// </summary>
    public bool DeclaresInside(SyntaxNode member, string name)
    {
        _ = Built();
        if (_declared is not { } declared || !_treeNumbers.TryGetValue(member.SyntaxTree, out var number))
        {
            return TypeScope.DeclaredNames(member).Contains(name);
        }

        var names = declared[number];
        var span = member.Span;
        int low = 0, high = names.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (names[middle].Position < span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < names.Length && names[i].Position < span.End; i++)
        {
            if (string.Equals(names[i].Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The attributes of <paramref name="tree"/> that may be suppressions (see <see cref="InSourceSuppressions"/>), in
    /// the order of the tree; found by the index's walk when the tree is one of the compilation's.
    /// </summary>
    public IEnumerable<AttributeSyntax> SuppressionAttributes(SyntaxTree tree)
    {
        _ = Built();
        return _suppressionAttributes is { } attributes && _treeNumbers.TryGetValue(tree, out var number)
            ? Resolve(attributes[number]).Cast<AttributeSyntax>()
            : tree.GetRoot().DescendantNodes().OfType<AttributeSyntax>().Where(InSourceSuppressions.MayBeSuppression);
    }

    /// <summary>
    /// The nodes of <paramref name="tree"/> that <see cref="Prepare"/> was asked to collect, in the order a walk of the
    /// tree meets them, handed over once: the index lets go of them, so what the rules are done with can be collected.
    /// Null when that tree was not collected (or was already taken).
    /// </summary>
    public IEnumerable<SyntaxNode>? TakeCollectedNodes(SyntaxTree tree) =>
        _byName?.Collected.TryRemove(tree, out var nodes) == true ? Resolve(nodes) : null;

    /// <summary>
    /// Builds the maps now, walking the trees in parallel. Built on first use instead, the walk runs on one thread
    /// while every other worker waits for it; either way each list holds its nodes in tree order, then node order.
    /// The same walk collects, for each of <paramref name="collectFrom"/>, its nodes that <paramref name="collect"/>
    /// accepts (<see cref="TakeCollectedNodes"/>): the rules then visit those instead of walking every tree a second
    /// time. The predicate may ask <see cref="IsAliasName"/> and <see cref="HasUsingStatic"/>, which a cheaper walk
    /// over the using directives answers first. Unless the trees are walked in place, it sees the nodes of a copy of each
    /// tree (same file, kinds, spans and parents, see <see cref="Detached"/>); what it accepts is handed out as the
    /// compilation's own nodes.
    /// </summary>
    public void Prepare(ParallelOptions options, Func<SyntaxNode, bool>? collect = null, IReadOnlySet<SyntaxTree>? collectFrom = null)
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
            var trees = _trees;
            _ = UsingsOfProject();
            var chunks = Math.Max(1, Math.Min(options.MaxDegreeOfParallelism, trees.Length));
            var partial = new Maps[chunks];
            var declared = new DeclaredName[trees.Length][];
            var attributes = new NodeRef[trees.Length][];
            Parallel.For(0, chunks, options, c =>
            {
                // Reused from tree to tree: lists grown afresh for each tree were a good part of the walk's allocations.
                var collected = new List<NodeRef>(256);
                var declaredNames = new List<DeclaredName>(256);
                var suppressionAttributes = new List<NodeRef>();
                var maps = new Maps(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), []);
                for (var i = trees.Length * c / chunks; i < trees.Length * (c + 1) / chunks; i++)
                {
                    // A chunk is many trees: a walk ahead of the analysis must stop soon after the compiler ends.
                    options.CancellationToken.ThrowIfCancellationRequested();
                    var collecting = collect != null && collectFrom?.Contains(trees[i]) == true;
                    declared[i] = Walk(_walkTreesInPlace ? trees[i].GetRoot() : Detached(trees[i]), i, maps, collecting ? collect : null, collected, declaredNames, suppressionAttributes, _indexedKinds);
                    attributes[i] = suppressionAttributes.Count == 0 ? [] : suppressionAttributes.ToArray();
                    if (collecting)
                    {
                        maps.Collected[trees[i]] = collected.ToArray();
                    }
                }

                partial[c] = maps;
            });
            var merged = partial[0];
            for (var c = 1; c < chunks; c++)
            {
                Merge(merged.Writes, partial[c].Writes);
                Merge(merged.Calls, partial[c].Calls);
                merged.TypeNames.UnionWith(partial[c].TypeNames);
                merged.HasFileLocalTypes |= partial[c].HasFileLocalTypes;
                foreach (var (tree, nodes) in partial[c].Collected)
                {
                    merged.Collected[tree] = nodes;
                }
            }

            _declared = declared;
            _suppressionAttributes = attributes;
            _byName = merged;
        }
    }

    // The nodes, found in order; each search starts from the one found before when it can.
    private IEnumerable<SyntaxNode> Resolve(IEnumerable<NodeRef> refs)
    {
        SyntaxNode? near = null;
        foreach (var r in refs)
        {
            near = r.Resolve(_trees, near);
            yield return near;
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

    private static DeclaredName[] Walk(SyntaxNode root, int number, Maps maps, Func<SyntaxNode, bool>? collect, List<NodeRef> collected, List<DeclaredName> declared, List<NodeRef> suppressionAttributes, byte[] indexedKinds)
    {
        collected.Clear();
        declared.Clear();
        suppressionAttributes.Clear();
        // The maps keep where each node is, not the node: a red node keeps its parent, and through it every node the
        // walk created around it, alive; held for the whole analysis, that was most of the gate's memory.
        new IndexWalker(number, maps, collect, collected, declared, suppressionAttributes, indexedKinds).VisitChildrenOf(root);

        // A walk meets a declaration before the ones nested in it, whose names come later in the text; sorted all the same,
        // since the lookup relies on the order.
        var names = declared.ToArray();
        Array.Sort(names, static (a, b) => a.Position.CompareTo(b.Position));
        return names;
    }

    /// <summary>
    /// Visits every node below a root in the order of <see cref="SyntaxNode.DescendantNodes(Func{SyntaxNode, bool}?, bool)"/>.
    /// A syntax walker reaches each child through its typed field, where that enumerator finds each child by its slot
    /// and position: over the benchmark's 200k-line project, 113–166 ms against 283–591 ms for one pass.
    /// </summary>
    private sealed class IndexWalker(int number, Maps maps, Func<SyntaxNode, bool>? collect, List<NodeRef> collected, List<DeclaredName> declared, List<NodeRef> suppressionAttributes, byte[] indexedKinds)
        : CSharpSyntaxWalker(SyntaxWalkerDepth.Node)
    {
        // Deeper than this (a long chain of + or of calls), the rest of the subtree is enumerated without recursion, so
        // no source can exhaust a worker's stack.
        private const int MaxRecursionDepth = 256;
        private int _depth;

        public void VisitChildrenOf(SyntaxNode root)
        {
            _depth = 0;
            base.DefaultVisit(root);
        }

        public override void Visit(SyntaxNode? node)
        {
            if (node is null)
            {
                return;
            }

            if (_depth >= MaxRecursionDepth)
            {
                foreach (var descendant in node.DescendantNodesAndSelf())
                {
                    Index(descendant);
                }

                return;
            }

            _depth++;
            base.Visit(node);
            _depth--;
        }

        public override void DefaultVisit(SyntaxNode node)
        {
            Index(node);
            base.DefaultVisit(node);
        }

        private void Index(SyntaxNode node)
        {
            if (collect != null && collect(node) && NodeRef.CanRefer(node))
            {
                collected.Add(new NodeRef(number, node));
            }

            var indexed = IndexedAs(node, indexedKinds);
            if ((indexed & IsAttribute) != 0 && InSourceSuppressions.MayBeSuppression((AttributeSyntax)node))
            {
                suppressionAttributes.Add(new NodeRef(number, node));
            }
            if ((indexed & DeclaresName) != 0 && TypeScope.DeclaredIdentifier(node) is { ValueText: { Length: > 0 } declaredName } identifier)
            {
                declared.Add(new DeclaredName(identifier.SpanStart, declaredName));
            }

            if ((indexed & InNameMaps) == 0)
            {
                return;
            }

            AddWrite(maps.Writes, number, node);
            AddCall(maps.Calls, number, node);
            switch (node)
            {
                case BaseTypeDeclarationSyntax type:
                    maps.TypeNames.Add(type.Identifier.ValueText);
                    maps.HasFileLocalTypes |= type.Modifiers.Any(SyntaxKind.FileKeyword);
                    break;
                case DelegateDeclarationSyntax type:
                    maps.TypeNames.Add(type.Identifier.ValueText);
                    maps.HasFileLocalTypes |= type.Modifiers.Any(SyntaxKind.FileKeyword);
                    break;
            }
        }
    }

    // What the walk keeps of a node, per syntax kind (0 while the kind has not been seen): a kind always has the same node
    // class, so one set of type tests per kind replaces those of every node (most nodes are names and literals).
    private const byte KindSeen = 1;
    private const byte InNameMaps = 2;
    private const byte DeclaresName = 4;
    private const byte IsAttribute = 8;
    private static byte IndexedAs(SyntaxNode node, byte[] indexedKinds)
    {
        var known = Volatile.Read(ref indexedKinds[(ushort)node.RawKind]);
        if (known == 0)
        {
            known = KindSeen;
            if (node is AssignmentExpressionSyntax or InvocationExpressionSyntax or ArgumentSyntax or BaseObjectCreationExpressionSyntax
                or ConstructorInitializerSyntax or BaseTypeDeclarationSyntax or DelegateDeclarationSyntax || IsIncrementOrDecrement(node))
            {
                known |= InNameMaps;
            }

            if (TypeScope.DeclaredIdentifier(node) is not null)
            {
                known |= DeclaresName;
            }

            if (node is AttributeSyntax)
            {
                known |= IsAttribute;
            }

            Volatile.Write(ref indexedKinds[(ushort)node.RawKind], known);
        }

        return known;
    }

    // A second root over the same green tree: positions and kinds are those of the compilation's tree, but the red nodes
    // the walk creates hang off this root, which nothing keeps, instead of staying cached in the compilation's tree for
    // the whole analysis. They die young (cheap to collect), and the rules later create red nodes only where they look.
    // The compiler's trees are walked in place: its binding already made many of their nodes, so the walk makes fewer
    // (108 against 131 MB allocated per analysis at 200k lines), and Roslyn holds some of a tree's nodes by weak
    // reference, so many of those it makes can go again.
    private static SyntaxNode Detached(SyntaxTree tree) =>
        CSharpSyntaxTree.Create((CSharpSyntaxNode)tree.GetRoot(), (CSharpParseOptions)tree.Options, tree.FilePath).GetRoot();

    // Using directives stand only at the top of a file or of a namespace, so finding them walks no type or member.
    private Usings UsingsOfProject()
    {
        if (_usings is { } known)
        {
            return known;
        }

        var usings = new Usings(new HashSet<string>(StringComparer.Ordinal));
        foreach (var tree in _trees)
        {
            var root = (CompilationUnitSyntax)tree.GetRoot();
            AddUsings(usings, root.Usings, root.Members);
        }

        _usings = usings;
        return usings;
    }

    private static void AddUsings(Usings usings, SyntaxList<UsingDirectiveSyntax> directives, SyntaxList<MemberDeclarationSyntax> members)
    {
        foreach (var directive in directives)
        {
            if (directive.Alias is { Name.Identifier.ValueText: var alias })
            {
                usings.Aliases.Add(alias);
            }

            usings.HasUsingStatic |= directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword);
        }

        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                AddUsings(usings, ns.Usings, ns.Members);
            }
        }
    }

    private static void Merge(Dictionary<string, NodeRefList> into, Dictionary<string, NodeRefList> from)
    {
        foreach (var (name, nodes) in from)
        {
            if (into.TryGetValue(name, out var list))
            {
                list.Append(nodes);
            }
            else
            {
                into[name] = nodes;
            }
        }
    }

    private sealed record Maps(Dictionary<string, NodeRefList> Writes, Dictionary<string, NodeRefList> Calls, HashSet<string> TypeNames, ConcurrentDictionary<SyntaxTree, NodeRef[]> Collected)
    {
        public bool HasFileLocalTypes { get; set; }
    }

    private sealed record Usings(HashSet<string> Aliases)
    {
        public bool HasUsingStatic { get; set; }
    }

    private static void AddWrite(Dictionary<string, NodeRefList> map, int tree, SyntaxNode node)
    {
        switch (node)
        {
            case AssignmentExpressionSyntax { Left: TupleExpressionSyntax tuple } deconstruction:
                foreach (var variable in DeconstructionTargets(tuple))
                {
                    Add(map, SyntaxNames.RightmostName(variable), tree, deconstruction);
                }

                break;
            case AssignmentExpressionSyntax assignment:
                var target = assignment.Left is ElementAccessExpressionSyntax element ? element.Expression : assignment.Left;
                Add(map, SyntaxNames.RightmostName(target), tree, assignment);
                break;
            case PrefixUnaryExpressionSyntax prefix when IsIncrementOrDecrement(prefix):
                Add(map, SyntaxNames.RightmostName(prefix.Operand), tree, prefix);
                break;
            case PostfixUnaryExpressionSyntax postfix when IsIncrementOrDecrement(postfix):
                Add(map, SyntaxNames.RightmostName(postfix.Operand), tree, postfix);
                break;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation
                when KnownApis.IsContentWrite(access.Name.Identifier.ValueText):
                Add(map, SyntaxNames.RightmostName(ContentWriteRoot(access.Expression)), tree, invocation);
                break;
            case ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword or (int)SyntaxKind.RefKeyword } argument:
                Add(map, SyntaxNames.RightmostName(argument.Expression), tree, argument);
                break;
            case ArgumentSyntax argument when argument.Parent?.Parent is ObjectCreationExpressionSyntax creation
                && SyntaxNames.CreatedTypeName(creation) is { } created && created.EndsWith("Writer", StringComparison.Ordinal):
                // new StreamWriter(stream): what is written to the writer ends up in the stream.
                Add(map, SyntaxNames.RightmostName(argument.Expression), tree, argument);
                break;
            case ArgumentSyntax argument when argument.Parent?.Parent is InvocationExpressionSyntax call
                && SyntaxNames.CalledName(call) is { } called && (KnownApis.IsBufferFill(called) || KnownApis.IsStreamWrite(called)):
                Add(map, SyntaxNames.RightmostName(argument.Expression), tree, argument);
                break;
        }
    }

    private static bool IsIncrementOrDecrement(SyntaxNode node) =>
        node.IsKind(SyntaxKind.PreIncrementExpression) || node.IsKind(SyntaxKind.PreDecrementExpression)
        || node.IsKind(SyntaxKind.PostIncrementExpression) || node.IsKind(SyntaxKind.PostDecrementExpression);

    /// <summary>
    /// The existing variables a deconstruction assigns, nested tuples flattened: <c>a</c> and <c>this.b</c> for
    /// <c>(a, (this.b, _)) = t</c>. A declaration inside it (<c>var x</c>) declares a new local instead.
    /// </summary>
    public static IEnumerable<ExpressionSyntax> DeconstructionTargets(TupleExpressionSyntax tuple)
    {
        foreach (var argument in tuple.Arguments)
        {
            switch (argument.Expression)
            {
                case TupleExpressionSyntax nested:
                    foreach (var variable in DeconstructionTargets(nested))
                    {
                        yield return variable;
                    }

                    break;
                case DeclarationExpressionSyntax:
                    break;
                case IdentifierNameSyntax { Identifier.ValueText: "_" }:
                    break;
                default:
                    yield return argument.Expression;
                    break;
            }
        }
    }

    /// <summary>
    /// The value a deconstruction stores into one of its targets: the matching element when the right side is a tuple
    /// written out with the same shape, otherwise the whole right side (a call or a tuple variable).
    /// </summary>
    public static ExpressionSyntax DeconstructedValue(AssignmentExpressionSyntax deconstruction, ExpressionSyntax target)
    {
        var path = new Stack<int>();
        for (SyntaxNode node = target; node.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax tuple } argument; node = tuple)
        {
            path.Push(tuple.Arguments.IndexOf(argument));
            if (tuple == deconstruction.Left)
            {
                break;
            }
        }

        var value = deconstruction.Right;
        while (path.Count > 0 && value is TupleExpressionSyntax written && path.Peek() < written.Arguments.Count)
        {
            value = written.Arguments[path.Pop()].Expression;
        }

        return value;
    }

    /// <summary>
    /// The variables a write node stores into: an assignment's target (each variable of a deconstruction), the operand
    /// of <c>++</c> and <c>--</c>, an argument a call fills in.
    /// </summary>
    public static IEnumerable<ExpressionSyntax> WriteTargets(SyntaxNode write) => write switch
    {
        AssignmentExpressionSyntax { Left: TupleExpressionSyntax tuple } => DeconstructionTargets(tuple),
        AssignmentExpressionSyntax assignment => [assignment.Left],
        PrefixUnaryExpressionSyntax prefix => [prefix.Operand],
        PostfixUnaryExpressionSyntax postfix => [postfix.Operand],
        ArgumentSyntax argument => [argument.Expression],
        _ => [],
    };

    /// <summary>The object a chain of content writes starts from: <c>sb</c> for <c>sb.Append(a).Append(b)</c>.</summary>
    public static ExpressionSyntax ContentWriteRoot(ExpressionSyntax receiver)
    {
        while (receiver is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax inner } && KnownApis.IsContentWrite(inner.Name.Identifier.ValueText))
        {
            receiver = inner.Expression;
        }

        return receiver;
    }

    private static void AddCall(Dictionary<string, NodeRefList> map, int tree, SyntaxNode node)
    {
        switch (node)
        {
            case InvocationExpressionSyntax invocation:
                Add(map, SyntaxNames.CalledName(invocation), tree, invocation);
                break;
            case BaseObjectCreationExpressionSyntax creation:
                Add(map, SyntaxNames.CreatedTypeName(creation) ?? ".ctor", tree, creation);
                break;
            case ConstructorInitializerSyntax initializer:
                Add(map, ".ctor", tree, initializer);
                break;
        }
    }

    private static void Add(Dictionary<string, NodeRefList> map, string? name, int tree, SyntaxNode node)
    {
        if (name is null || !NodeRef.CanRefer(node))
        {
            return;
        }

        if (!map.TryGetValue(name, out var list))
        {
            list = new NodeRefList();
            map[name] = list;
        }

        list.Add(new NodeRef(tree, node));
    }
}

/// <summary>A name declared inside a member, at the position of its identifier.</summary>
internal readonly record struct DeclaredName(int Position, string Name);

/// <summary>
/// An append-only list of node references, in the order they were added, kept in segments that are never copied:
/// the index's lists for common names (<c>ToString</c>, <c>Add</c>) grow to thousands of entries, and a list that
/// doubles its array copies each entry again and again, and beyond 85 KB allocates on the large object heap.
/// </summary>
internal sealed class NodeRefList : IEnumerable<NodeRef>
{
    // 4,096 references of 16 bytes stay under the large object heap's threshold.
    private const int MaxSegment = 4096;
    private readonly List<ArraySegment<NodeRef>> _full = [];
    private NodeRef[] _current = new NodeRef[4];
    private int _count;

    public void Add(NodeRef reference)
    {
        if (_count == _current.Length)
        {
            _full.Add(new ArraySegment<NodeRef>(_current));
            _current = new NodeRef[Math.Min(_current.Length * 2, MaxSegment)];
            _count = 0;
        }

        _current[_count++] = reference;
    }

    /// <summary>
    /// Adds the references of <paramref name="other"/> after these, taking its segments over without copying them:
    /// <paramref name="other"/> is used up and must not be added to afterwards.
    /// </summary>
    public void Append(NodeRefList other)
    {
        if (_count > 0)
        {
            _full.Add(new ArraySegment<NodeRef>(_current, 0, _count));
        }

        _full.AddRange(other._full);
        _current = other._current;
        _count = other._count;
    }

    public IEnumerator<NodeRef> GetEnumerator()
    {
        foreach (var segment in _full)
        {
            foreach (var reference in segment)
            {
                yield return reference;
            }
        }

        for (var i = 0; i < _count; i++)
        {
            yield return _current[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// Where a node is: its tree's number in the compilation, its span and its kind. Enough to find it again without keeping
/// its red node (and with it every node the walk created around it) alive for the whole analysis, in 16 bytes.
/// </summary>
internal readonly record struct NodeRef(int Tree, int Start, int Length, ushort Kind)
{
    public NodeRef(int tree, SyntaxNode node)
        : this(tree, node.Span.Start, node.Span.Length, (ushort)node.RawKind)
    {
    }

    /// <summary>The node's span (without trivia).</summary>
    public TextSpan Span => new(Start, Length);

    /// <summary>Whether a node can be kept as a reference: a node of missing tokens only has no place of its own.</summary>
    public static bool CanRefer(SyntaxNode node) => !node.Span.IsEmpty;

    /// <summary>
    /// The node, found again in <paramref name="trees"/>: the innermost node with this span, or the ancestor of that
    /// span that has the kind (an argument and its expression share a span). Starts from <paramref name="near"/> when
    /// the node lies under it, which makes a run of references in tree order cost a short walk each.
    /// </summary>
    public SyntaxNode Resolve(SyntaxTree[] trees, SyntaxNode? near = null)
    {
        var tree = trees[Tree];
        var span = Span;
        var from = near != null && near.SyntaxTree == tree ? near : tree.GetRoot();
        while (from.Parent != null && !from.FullSpan.Contains(span))
        {
            from = from.Parent;
        }

        for (var node = from.FindNode(span, getInnermostNodeForTie: true); node != null && node.Span == span; node = node.Parent)
        {
            if (node.RawKind == Kind)
            {
                return node;
            }
        }

        // Not expected for a node the walk met (the tree cannot change), but a slow exact search beats losing it.
        var kind = Kind;
        return tree.GetRoot().DescendantNodes(span).First(n => n.Span == span && n.RawKind == kind);
    }
}

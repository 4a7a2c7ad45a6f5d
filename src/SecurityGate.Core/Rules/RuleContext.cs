using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules;

/// <summary>What a rule sees while it inspects one candidate node: the semantic model, data flow and a place to report.</summary>
public sealed class RuleContext
{
    private readonly ProjectIndex _index;
    private readonly Reachability _reachability;
    private readonly ConstantEvaluator _constants;
    private readonly Action<Finding> _report;
    private readonly IReadOnlySet<SyntaxTree> _analysed;

    // One context serves one tree on one thread, so a plain dictionary is enough.
    private readonly Dictionary<(SyntaxNode Node, string Key), object?> _memo = [];

    // Read the first time a rule reports in the tree: most files have no finding.
    private InSourceSuppressions? _suppressions;

    internal RuleContext(ProjectIndex index, Reachability reachability, ConstantEvaluator constants, OriginAnalyzer origins, SemanticModel model, Action<Finding> report, IReadOnlySet<SyntaxTree> analysed)
    {
        _analysed = analysed;
        _index = index;
        _reachability = reachability;
        _constants = constants;
        Origins = origins;
        Model = model;
        _report = report;
    }

    /// <summary>The semantic model of the tree the node is in.</summary>
    public SemanticModel Model { get; }

    /// <summary>The compilation over the project's sources and references.</summary>
    public Compilation Compilation => _index.Compilation;

    /// <summary>Backward data flow: where a value comes from.</summary>
    public OriginAnalyzer Origins { get; }

    /// <summary>The semantic model for another tree of the project.</summary>
    public SemanticModel ModelFor(SyntaxTree tree) => _index.Model(tree);

    /// <summary>The fixed value of an expression (constants, never-reassigned fields, constant-returning methods), or null.</summary>
    public object? ConstantValue(ExpressionSyntax expression) => _constants.Evaluate(expression);

    /// <summary>
    /// The result of <paramref name="compute"/> for <paramref name="node"/>, computed once per tree and
    /// <paramref name="key"/>: several rules that inspect the same node (the sensitive-logging rules on one call) share
    /// the binding and classification work.
    /// </summary>
    internal T Memo<T>(SyntaxNode node, string key, Func<T> compute)
    {
        if (_memo.TryGetValue((node, key), out var cached))
        {
            return (T)cached!;
        }

        var value = compute();
        _memo[(node, key)] = value;
        return value;
    }

    /// <summary>
    /// The result of <paramref name="bind"/> at the position in the body of the type around <paramref name="node"/>
    /// where the text binds as at the node (see <see cref="TypeScope"/>), computed once per type and <paramref name="key"/>
    /// (the purpose and the text, so different questions about the same text do not share an answer).
    /// <paramref name="simpleName"/> is the leftmost identifier of an expression, which nothing in the member may
    /// declare; null for a type name. False when there is no such position: the caller binds at the node.
    /// <paramref name="sharedName"/>, when the text bound is that one identifier and nothing else (no member access,
    /// whose accessibility depends on the type it is written in), lets types that share namespaces and usings and have
    /// nothing of that name of their own share the answer.
    /// </summary>
    internal bool AtTypeLevel<T>(SyntaxNode node, string key, string? simpleName, Func<int, T> bind, out T result, string? sharedName = null)
    {
        var type = simpleName is null
            ? TypeScope.TypeFor(node)
            : TypeForSimpleName(node, simpleName);
        if (type is null)
        {
            result = default!;
            return false;
        }

        result = Memo(type, key, () =>
        {
            // The same single name in another type under the same namespaces and usings binds to the same symbol when
            // neither type has anything of that name in scope of its own: share the answer across the project.
            if (sharedName is null || _index.HasFileLocalTypes || !IsTransparent(type, sharedName))
            {
                return bind(TypeScope.Position(type));
            }

            var shared = _index.TypeLevelAnswers.GetOrAdd((Memo(type, nameof(TypeScope.ImportScope), () => TypeScope.ImportScope(type)), key), _ => new Lazy<object?>(() => bind(TypeScope.Position(type))));
            return (T)shared.Value!;
        });
        return true;
    }

    /// <summary>
    /// Whether the simple name <paramref name="name"/> at <paramref name="node"/> stands for a field, property or event
    /// declared in the type around it, told from syntax (see <see cref="TypeScope.DeclaresValueMember"/>), once per
    /// type and name. False when that cannot be told without binding.
    /// </summary>
    internal bool IsValueMemberOfEnclosingType(SyntaxNode node, string name) =>
        TypeForSimpleName(node, name) is { } type
        && Memo(type, "value member " + name, () => TypeScope.DeclaresValueMember(type, name, _index.IsAliasName));

    /// <summary>
    /// Whether the simple name <paramref name="name"/> at <paramref name="node"/> is a <c>const</c> field declared in the
    /// type around it, told from syntax (see <see cref="TypeScope.IsConstField"/>), once per type and name; null when
    /// that cannot be told without binding.
    /// </summary>
    internal bool? IsConstFieldOfEnclosingType(SyntaxNode node, string name) =>
        TypeForSimpleName(node, name) is { } type
            ? Memo(type, "const member " + name, () => TypeScope.IsConstField(type, name))
            : null;

    // The index's walk recorded the names declared inside members, so no member is walked again to ask.
    private TypeDeclarationSyntax? TypeForSimpleName(SyntaxNode node, string name) =>
        TypeScope.TypeForSimpleName(node, name, _index.DeclaresInside);

    // Nothing named `name` among the type's and its containing types' type parameters and members (inherited ones and
    // interfaces' included): a lookup of the name there goes on to the namespaces and usings around the type.
    private bool IsTransparent(TypeDeclarationSyntax declaration, string name)
    {
        if (Memo(declaration, "declared type", () => Model.GetDeclaredSymbol(declaration)) is not INamedTypeSymbol declared)
        {
            return false;
        }

        for (var type = declared; type != null; type = type.ContainingType)
        {
            if (type.TypeParameters.Any(p => p.Name == name) || type.AllInterfaces.Any(i => Declares(i, name)))
            {
                return false;
            }

            for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (Declares(current, name))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Asked by name, a source type builds every member symbol it has; its declarations already list the names. A record's
    // compiler-made members (positional properties among them) are not in that list, so a record is asked for the members.
    private static bool Declares(INamedTypeSymbol type, string name) =>
        type.IsRecord
            ? !type.GetMembers(name).IsEmpty
            : type.MemberNames.Contains(name) || !type.GetTypeMembers(name).IsEmpty;

    /// <summary>Whether some using directive of the project declares an alias of this name.</summary>
    public bool IsAliasName(string name) => _index.IsAliasName(name);

    /// <summary>Whether the project's sources declare a type of this simple name (nested types included).</summary>
    public bool DeclaresTypeNamed(string name) => _index.DeclaresTypeNamed(name);

    /// <summary>Whether the project or its references declare a type of this metadata name (answered once per run).</summary>
    public bool HasType(string metadataName) => _index.HasType(metadataName);

    /// <summary>Whether some using directive of the project is a <c>using static</c>, which lets a call omit its type.</summary>
    public bool HasUsingStatic => _index.HasUsingStatic;

    /// <summary>
    /// Whether the rules inspect <paramref name="tree"/>: excluded and generated files are visible to data flow but get
    /// no findings, also none that a rule finds from another file.
    /// </summary>
    public bool IsAnalysed(SyntaxTree tree) => _analysed.Contains(tree);

    /// <summary>
    /// The nodes anywhere in the project that may write a member or variable of this name (assignments and
    /// deconstructions into it, <c>++</c>/<c>--</c>, <c>out</c>/<c>ref</c> arguments, calls that add to it), found by name.
    /// </summary>
    public IEnumerable<SyntaxNode> WritesTo(string name) => _index.WritesTo(name);

    /// <summary>Whether a node can run, given conditions that are fixed when the program is written.</summary>
    public bool IsReachable(SyntaxNode node) => _reachability.IsReachable(node);

    /// <summary>Reports a finding at <paramref name="at"/>; a finding on a dead path is dropped.</summary>
    /// <param name="rule">The rule's descriptor.</param>
    /// <param name="at">The node to underline.</param>
    /// <param name="message">What reaches what, from where, and the fix in one clause.</param>
    /// <param name="origin">Where the data came from.</param>
    /// <param name="path">The hops from source to sink, source first.</param>
    public void Report(RuleDescriptor rule, SyntaxNode at, string message, Origin origin, ImmutableArray<FlowStep> path = default)
    {
        if (!_reachability.IsReachable(at))
        {
            return;
        }

        var location = OriginAnalyzer.SpanOf(at.GetLocation());
        var suppressions = at.SyntaxTree == Model.SyntaxTree
            ? _suppressions ??= InSourceSuppressions.Of(Model.SyntaxTree, Model, _index.SuppressionAttributes(Model.SyntaxTree))
            : InSourceSuppressions.Of(at.SyntaxTree, _index.Model(at.SyntaxTree), _index.SuppressionAttributes(at.SyntaxTree));
        _report(new Finding(rule, location, message, origin, path.IsDefault ? [] : path, FindingFingerprint.Compute(rule, at))
        {
            Suppression = suppressions.For(rule.Id, at.SpanStart) ?? AssemblySuppressions.Of(_index.Compilation).For(at.SyntaxTree, rule.Id, at.SpanStart),
        });
    }

    /// <summary>Reports a data-flow finding with the trace's origin and path.</summary>
    public void Report(RuleDescriptor rule, SyntaxNode at, string message, OriginTrace trace) =>
        Report(rule, at, message, trace.Origin, trace.Path);
}

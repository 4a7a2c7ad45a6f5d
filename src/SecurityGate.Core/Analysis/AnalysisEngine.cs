using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Model;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Analysis;

/// <summary>
/// Runs rules over a compilation: one syntax walk per tree (the one that builds the project index) collects the
/// candidates (nodes of a kind a rule asked for that pass its syntax filter, and objects created under a using alias,
/// whose type no name check can know), which are then dispatched to those rules; rules bind only those candidates.
/// Findings come back sorted by file, position and rule.
/// </summary>
public sealed class AnalysisEngine
{
    private readonly ImmutableArray<SecurityRule> _rules;
    // Indexed by raw kind: asked for every node of every tree, so an array read instead of a dictionary lookup.
    private readonly SecurityRule[]?[] _rulesByKind;

    /// <summary>Creates an engine for the given rules.</summary>
    public AnalysisEngine(IEnumerable<SecurityRule> rules)
    {
        _rules = rules.ToImmutableArray();
        _rulesByKind = new SecurityRule[]?[_rules.SelectMany(r => r.NodeKinds).Select(k => (int)k).DefaultIfEmpty(0).Max() + 1];
        foreach (var group in _rules.SelectMany(r => r.NodeKinds.Select(k => (Kind: k, Rule: r))).GroupBy(p => p.Kind))
        {
            _rulesByKind[(int)group.Key] = group.Select(p => p.Rule).ToArray();
        }
    }

    /// <summary>
    /// Whether the trees' own nodes are walked (the compiler's trees, many of whose nodes exist once it has bound the
    /// methods), rather than a copy of each that lets the walk's nodes go as soon as it is done (trees the gate parsed).
    /// </summary>
    public bool WalkTreesInPlace { get; init; }

    /// <summary>Analyses the given trees of <paramref name="compilation"/> (all trees when null).</summary>
    /// <param name="compilation">The project's compilation; every tree in it is visible to data flow.</param>
    /// <param name="treesToAnalyze">The trees whose nodes are inspected; excluded and generated files stay out.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    public ImmutableArray<Finding> Analyze(Compilation compilation, IEnumerable<SyntaxTree>? treesToAnalyze = null, CancellationToken cancellationToken = default) =>
        Analyze(compilation, treesToAnalyze, onFailure: null, cancellationToken);

    /// <summary>
    /// Analyses the trees; a rule that throws on a node is reported to <paramref name="onFailure"/> and the analysis
    /// goes on with the other rules and nodes, so one defect in a rule costs one error, not the whole result.
    /// With no handler the exception propagates.
    /// </summary>
    /// <param name="compilation">The project's compilation; every tree in it is visible to data flow.</param>
    /// <param name="treesToAnalyze">The trees whose nodes are inspected; excluded and generated files stay out.</param>
    /// <param name="onFailure">Receives each rule failure; called from several threads.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    public ImmutableArray<Finding> Analyze(Compilation compilation, IEnumerable<SyntaxTree>? treesToAnalyze, Action<RuleFailure>? onFailure, CancellationToken cancellationToken = default)
    {
        var index = new ProjectIndex(compilation, WalkTreesInPlace);
        var constants = new ConstantEvaluator(index);
        var reachability = new Reachability(constants);
        var origins = new OriginAnalyzer(index, reachability);
        var findings = new ConcurrentBag<Finding>();
        var trees = (treesToAnalyze ?? compilation.SyntaxTrees).ToArray();
        var analysed = trees.ToHashSet();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Math.Min(Environment.ProcessorCount, 4)), CancellationToken = cancellationToken };

        // Data flow asks the index on the first candidate it traces; built then, one worker would walk every tree
        // while the others wait for it. The same walk collects the candidates (nodes of a kind a rule asks for that
        // pass its syntax filter), so no tree is walked twice and only candidates are kept until their rules ran.
        if (trees.Length > 0)
        {
            index.Prepare(options, node => IsCandidateForAny(node, index), analysed);
        }

        Parallel.ForEach(
            trees,
            options,
            tree =>
            {
                var context = new RuleContext(index, reachability, constants, origins, index.Model(tree), findings.Add, analysed);
                foreach (var node in (IEnumerable<SyntaxNode>?)index.TakeCollectedNodes(tree) ?? tree.GetRoot(cancellationToken).DescendantNodes())
                {
                    if (RulesFor(node) is not { } rules)
                    {
                        continue;
                    }

                    var aliasedCreation = IsAliasedCreation(node, index);
                    foreach (var rule in rules)
                    {
                        try
                        {
                            if (aliasedCreation || rule.IsCandidate(node))
                            {
                                rule.Analyze(node, context);
                            }
                        }
                        catch (Exception e) when (onFailure != null && e is not OperationCanceledException)
                        {
                            onFailure(new RuleFailure(rule.Descriptor, OriginAnalyzer.SpanOf(node.GetLocation()), e));
                        }
                    }
                }

                // Its rules are done: what binding cached for this tree (bound bodies, operations) goes, unless data flow
                // from another tree asks for it again. Held to the end, the models of every tree were about a third of
                // what the rule walk added to the heap.
                index.ReleaseModel(tree);
            });

        return Order(findings);
    }

    private SecurityRule[]? RulesFor(SyntaxNode node) => (uint)node.RawKind < (uint)_rulesByKind.Length ? _rulesByKind[node.RawKind] : null;

    // A type created under a using alias has a name no prefilter knows: only binding tells what it creates, so every rule
    // that inspects creations gets it. The same for a target-typed new() whose written target type is an alias.
    private static bool IsAliasedCreation(SyntaxNode node, ProjectIndex index) => node switch
    {
        ObjectCreationExpressionSyntax creation => SyntaxNames.CreatedTypeName(creation) is { } created && index.IsAliasName(created),
        ImplicitObjectCreationExpressionSyntax creation => SyntaxNames.TargetTypeName(creation) is { } target && index.IsAliasName(target),
        _ => false,
    };

    private bool IsCandidateForAny(SyntaxNode node, ProjectIndex index)
    {
        if (RulesFor(node) is not { } rules)
        {
            return false;
        }

        if (IsAliasedCreation(node, index))
        {
            return true;
        }

        foreach (var rule in rules)
        {
            try
            {
                if (rule.IsCandidate(node))
                {
                    return true;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Kept: the rule walk asks again and reports the failure where the node is.
                return true;
            }
        }

        return false;
    }

    /// <summary>A rule that threw while inspecting a node.</summary>
    /// <param name="Rule">The rule.</param>
    /// <param name="Location">The node it was inspecting.</param>
    /// <param name="Exception">What it threw.</param>
    public sealed record RuleFailure(RuleDescriptor Rule, SourceSpan Location, Exception Exception);

    /// <summary>The deterministic order: file, line, column, rule, message.</summary>
    public static ImmutableArray<Finding> Order(IEnumerable<Finding> findings) => findings
        .OrderBy(f => f.Location.FilePath, StringComparer.Ordinal)
        .ThenBy(f => f.Location.StartLine)
        .ThenBy(f => f.Location.StartColumn)
        .ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
        .ThenBy(f => f.Message, StringComparer.Ordinal)
        .Distinct()
        .ToImmutableArray();
}

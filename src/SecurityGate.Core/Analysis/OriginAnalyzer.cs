using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Analysis;

/// <summary>
/// Demand-driven, backward data flow: from an expression at a sink, walks to every value that can reach it
/// through locals, parameters and call sites, returns, fields, properties, collections and string building,
/// and reports the least trusted origin with the path that carried it. Dead branches do not contribute.
/// </summary>
public sealed class OriginAnalyzer
{
    private const int MaxDepth = 48;
    private readonly ProjectIndex _index;
    private readonly Reachability _reachability;
    private readonly ConcurrentDictionary<(SyntaxNode, SinkConcern), OriginTrace> _cache = new();
    private readonly ConcurrentDictionary<IMethodSymbol, CallSites> _callSites = new(SymbolEqualityComparer.Default);
    private readonly Guards _guards;

    [ThreadStatic]
    private static int t_guardNesting;

    internal OriginAnalyzer(ProjectIndex index, Reachability reachability)
    {
        _index = index;
        _reachability = reachability;
        _guards = new Guards(index, GuardOperandOrigin);
    }

    /// <summary>The origin of an allow-list a guard checks against; nested guard questions stop early to bound the work.</summary>
    private Origin GuardOperandOrigin(ExpressionSyntax expression)
    {
        if (t_guardNesting > 1)
        {
            return Origin.Unknown;
        }

        t_guardNesting++;
        try
        {
            return Trace(expression).Origin;
        }
        finally
        {
            t_guardNesting--;
        }
    }

    /// <summary>The origin of the value of <paramref name="expression"/>, lowered by every known sanitiser.</summary>
    public OriginTrace Trace(ExpressionSyntax expression) => Trace(expression, SinkConcern.Generic);

    /// <summary>
    /// The origin of the value of <paramref name="expression"/> as used by a sink of <paramref name="concern"/>: only
    /// sanitisers and guards that neutralise data for that use lower it (an HTML encoder does not make SQL safe).
    /// </summary>
    public OriginTrace Trace(ExpressionSyntax expression, SinkConcern concern) => Trace(expression, null, new Walk(concern));

    private OriginTrace Trace(ExpressionSyntax expression, CallContext? context, Walk walk)
    {
        if (walk.Depth > MaxDepth)
        {
            return new OriginTrace(Origin.Unknown, []);
        }

        if (context is null && _cache.TryGetValue((expression, walk.Concern), out var cached))
        {
            return cached;
        }

        walk.Depth++;
        var result = CapByType(expression, TraceCore(expression, context, walk));
        walk.Depth--;
        if (context is null && !walk.HitCycle)
        {
            _cache.TryAdd((expression, walk.Concern), result);
        }

        return result;
    }

    private OriginTrace TraceCore(ExpressionSyntax expression, CallContext? context, Walk walk)
    {
        // Literals are constant by their shape; asking the model would bind the statement around them.
        if (expression is LiteralExpressionSyntax or DefaultExpressionSyntax or TypeOfExpressionSyntax or SizeOfExpressionSyntax)
        {
            return OriginTrace.Constant;
        }

        var model = _index.Model(expression.SyntaxTree);
        if (model.GetConstantValue(expression).HasValue)
        {
            return OriginTrace.Constant;
        }

        switch (expression)
        {
            case ParenthesizedExpressionSyntax p:
                return Trace(p.Expression, context, walk);
            case CastExpressionSyntax c:
                return Trace(c.Expression, context, walk);
            case AwaitExpressionSyntax a:
                return Trace(a.Expression, context, walk);
            case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } bang:
                return Trace(bang.Operand, context, walk);
            case CheckedExpressionSyntax ch:
                return Trace(ch.Expression, context, walk);
            case RefExpressionSyntax r:
                return Trace(r.Expression, context, walk);
            case InterpolatedStringExpressionSyntax interpolated:
                return MaxOf(interpolated.Contents.OfType<InterpolationSyntax>().Select(i => i.Expression), context, walk);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AsExpression } asExpression:
                return Trace(asExpression.Left, context, walk);
            case BinaryExpressionSyntax binary:
                return OriginTrace.Max(Trace(binary.Left, context, walk), Trace(binary.Right, context, walk));
            case ConditionalExpressionSyntax conditional:
                return MaxOf(new[] { conditional.WhenTrue, conditional.WhenFalse }.Where(_reachability.IsReachable), context, walk);
            case SwitchExpressionSyntax switchExpression:
                return MaxOf(switchExpression.Arms.Select(a => a.Expression), context, walk);
            case AssignmentExpressionSyntax assignment:
                return Trace(assignment.Right, context, walk);
            case ArrayCreationExpressionSyntax { Initializer: { } arrayInit }:
                return MaxOf(arrayInit.Expressions, context, walk);
            case ImplicitArrayCreationExpressionSyntax implicitArray:
                return MaxOf(implicitArray.Initializer.Expressions, context, walk);
            case InitializerExpressionSyntax initializer:
                return MaxOf(initializer.Expressions, context, walk);
            case CollectionExpressionSyntax collection:
                return MaxOf(collection.Elements.Select(ElementExpression).OfType<ExpressionSyntax>(), context, walk);
            case ArrayCreationExpressionSyntax or StackAllocArrayCreationExpressionSyntax:
                return OriginTrace.Constant;
            case BaseObjectCreationExpressionSyntax creation:
                return TraceCreation(creation, context, walk);
            case InvocationExpressionSyntax invocation:
                return TraceInvocation(invocation, context, walk);
            case ConditionalAccessExpressionSyntax conditionalAccess:
                // x?.M() is M applied to x: the receiver reaches the result through the bound call, so a sanitising M lowers it.
                return Trace(conditionalAccess.WhenNotNull, context, walk);
            case MemberBindingExpressionSyntax or ElementBindingExpressionSyntax:
                return TraceSymbolReference(expression, context, walk);
            case ElementAccessExpressionSyntax element:
                return TraceElementAccess(element, context, walk);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax or GenericNameSyntax:
                return TraceSymbolReference(expression, context, walk);
            case ThisExpressionSyntax or BaseExpressionSyntax or LambdaExpressionSyntax or AnonymousMethodExpressionSyntax:
                return OriginTrace.Internal;
            case IsPatternExpressionSyntax or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax:
                return OriginTrace.Internal;
            case QueryExpressionSyntax query:
                return Trace(query.FromClause.Expression, context, walk);
            case DeclarationExpressionSyntax or ThrowExpressionSyntax:
                return OriginTrace.Constant;
            case AnonymousObjectCreationExpressionSyntax anonymous:
                return MaxOf(anonymous.Initializers.Select(i => i.Expression), context, walk);
            case TupleExpressionSyntax tuple:
                return MaxOf(tuple.Arguments.Select(a => a.Expression), context, walk);
            case WithExpressionSyntax with:
                return OriginTrace.Max(Trace(with.Expression, context, walk), Trace(with.Initializer, context, walk));
            default:
                return new OriginTrace(Origin.Unknown, []);
        }
    }

    private static ExpressionSyntax? ElementExpression(CollectionElementSyntax element) => element switch
    {
        ExpressionElementSyntax e => e.Expression,
        SpreadElementSyntax s => s.Expression,
        _ => null,
    };

    private OriginTrace MaxOf(IEnumerable<ExpressionSyntax> expressions, CallContext? context, Walk walk)
    {
        var result = OriginTrace.Constant;
        foreach (var expression in expressions)
        {
            result = OriginTrace.Max(result, Trace(expression, context, walk));
            if (result.Origin >= Origin.External)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>Values of types that cannot carry text (numbers, booleans, enums, GUIDs, dates) are at most internal.</summary>
    private OriginTrace CapByType(ExpressionSyntax expression, OriginTrace trace)
    {
        if (trace.Origin <= Origin.Internal)
        {
            return trace;
        }

        var type = _index.Model(expression.SyntaxTree).GetTypeInfo(expression).Type;
        if (type is null)
        {
            return trace;
        }

        if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && type is INamedTypeSymbol { TypeArguments: [var inner] })
        {
            type = inner;
        }

        var textless = type.TypeKind == TypeKind.Enum || type.SpecialType is SpecialType.System_Boolean or SpecialType.System_Byte
            or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32
            or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Single
            or SpecialType.System_Double or SpecialType.System_Decimal or SpecialType.System_DateTime
            || KnownApis.FullName(type) is "System.Guid" or "System.DateTimeOffset" or "System.TimeSpan";
        return textless ? trace.AtMost(Origin.Internal) : trace;
    }

    private OriginTrace TraceSymbolReference(ExpressionSyntax expression, CallContext? context, Walk walk)
    {
        var model = _index.Model(expression.SyntaxTree);
        var symbol = model.GetSymbolInfo(expression).Symbol;
        switch (symbol)
        {
            case ILocalSymbol local:
                return Guarded(TraceLocal(local, expression, context, walk), expression, local, walk.Concern);
            case IParameterSymbol parameter:
                return Guarded(TraceParameter(parameter, expression, context, walk), expression, parameter, walk.Concern);
            case IFieldSymbol { IsConst: true }:
                return OriginTrace.Constant;
            case IFieldSymbol or IPropertySymbol or IEventSymbol:
                return TraceMember(symbol, expression, context, walk);
            case null:
                return new OriginTrace(Origin.Unknown, []);
            default:
                return OriginTrace.Internal;
        }
    }

    /// <summary>A use of a variable that a dominating check validated carries at most what the check allows.</summary>
    private OriginTrace Guarded(OriginTrace trace, ExpressionSyntax use, ISymbol variable, SinkConcern concern)
    {
        if (trace.Origin == Origin.Constant || _guards.CeilingAt(use, variable, concern) is not { } ceiling || ceiling >= trace.Origin)
        {
            return trace;
        }

        return ceiling == Origin.Constant ? OriginTrace.Constant : trace.AtMost(ceiling);
    }

    private OriginTrace TraceMember(ISymbol member, ExpressionSyntax reference, CallContext? context, Walk walk)
    {
        if (KnownApis.IsExternalSource(member))
        {
            return Source(member, reference);
        }

        if (KnownApis.IsConfiguration(member))
        {
            return new OriginTrace(Origin.Configuration, [Step(member.ContainingType.Name + "." + member.Name, reference)]);
        }

        var receiver = Receiver(reference);
        if (member.DeclaringSyntaxReferences.IsEmpty)
        {
            // A library member: its value derives from the object it is read from. Clocks and counters change by
            // themselves. Library static read-only fields (string.Empty, IntPtr.Zero) and the shared instances a type
            // exposes of itself (Encoding.UTF8, StringComparer.Ordinal, CultureInfo.InvariantCulture) are fixed values.
            if (KnownApis.IsNondeterministic(member) || KnownApis.IsProgramMetadata(member))
            {
                return OriginTrace.Internal;
            }

            if (member is IPropertySymbol { Name: "Message" } && KnownApis.IsOrDerivesFrom(member.ContainingType, "System.Exception")
                && receiver is IdentifierNameSyntax && _index.Model(receiver.SyntaxTree).GetSymbolInfo(receiver).Symbol is ILocalSymbol caughtVariable
                && caughtVariable.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is CatchDeclarationSyntax caught
                && ParseFailureInput(caught, context, walk) is { } quoted)
            {
                return quoted;
            }

            if (member is IFieldSymbol { IsStatic: true, IsReadOnly: true } || IsSharedInstance(member))
            {
                return OriginTrace.Constant;
            }

            if (receiver is null || member.IsStatic)
            {
                return OriginTrace.Internal;
            }

            return ReadBackFromLocal(member, receiver, context, walk) ?? Trace(receiver, context, walk);
        }

        OriginTrace result;
        if (member is IPropertySymbol property && !IsAutoProperty(property))
        {
            result = TraceReturns(property.GetMethod, property.GetMethod?.DeclaringSyntaxReferences ?? [], null, context, walk, reference);
        }
        else
        {
            if (!member.IsStatic && receiver != null
                && (HeldByObjectInLocal(member, receiver, context, walk) ?? (context is null ? HeldByObjectInParameter(member, receiver, context, walk) : null)) is { } held)
            {
                return held;
            }

            result = TraceStoredValue(member, walk);
            result = result.Origin == Origin.Constant ? result : result.Then(Step($"via {member.ContainingType.Name}.{member.Name}", reference));
        }

        return member.IsStatic || receiver is null ? result : WithLibraryFilledValue(result, member, receiver, reference, context, walk);
    }

    /// <summary>
    /// A settable property of a library object read back from a local that only ever holds objects the member creates
    /// (<c>cmd.CommandText = cmd.CommandText + " ORDER BY name"</c>): it holds what the member assigns to it and what the
    /// creations pass of the property's type, not whatever else built the object (the connection a command was given).
    /// Null when that does not apply, or when the local is handed elsewhere, where something the walk does not see may set it.
    /// </summary>
    private OriginTrace? ReadBackFromLocal(ISymbol member, ExpressionSyntax receiver, CallContext? context, Walk walk)
    {
        if (member is not IPropertySymbol { SetMethod: not null, IsIndexer: false } property || LocalObjects(receiver) is not { } found)
        {
            return null;
        }

        var (local, declarator, scope, creations) = found;
        var model = _index.Model(declarator.SyntaxTree);
        if (EscapesScope(local, scope, model))
        {
            return null;
        }

        if (!walk.EnterAt(property, declarator.SpanStart))
        {
            return OriginTrace.Constant;
        }

        var passed = creations.SelectMany(c => c.ArgumentList?.Arguments.Select(a => a.Expression) ?? [])
            .Where(a => SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(a).ConvertedType, property.Type));
        var result = OriginTrace.Max(MaxOf(passed, context, walk), StoredOnObjectsOf(property, local, scope, creations, model, context, walk));
        walk.LeaveAt(property, declarator.SpanStart);
        return result;
    }

    /// <summary>
    /// The local <paramref name="receiver"/> names, when it is initialised and only ever assigned in its member with
    /// objects created there: the local, its declaration, the member and the creations. Null otherwise.
    /// </summary>
    private (ILocalSymbol Local, VariableDeclaratorSyntax Declarator, SyntaxNode Scope, List<BaseObjectCreationExpressionSyntax> Creations)? LocalObjects(ExpressionSyntax receiver)
    {
        if (_index.Model(receiver.SyntaxTree).GetSymbolInfo(receiver).Symbol is not ILocalSymbol local
            || local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } init } declarator
            || SyntaxNames.EnclosingMember(declarator) is not { } scope)
        {
            return null;
        }

        var model = _index.Model(declarator.SyntaxTree);
        var creations = new List<BaseObjectCreationExpressionSyntax>();
        foreach (var value in _index.WritesTo(local.Name, scope.SyntaxTree, scope.Span.Contains).OfType<AssignmentExpressionSyntax>()
            .SelectMany(write => ValuesAssignedTo(write, local, model)).Prepend(init))
        {
            if (value is not BaseObjectCreationExpressionSyntax creation)
            {
                return null;
            }

            creations.Add(creation);
        }

        return (local, declarator, scope, creations);
    }

    /// <summary>
    /// A field or auto-property of a project object read from a local that only ever holds objects its member creates
    /// (<c>var options = new Options { Path = "/srv/reports" }; File.Open(options.Path)</c>): it holds the member's
    /// declared initialiser and what the member stores into it on that local, not what the project stores into it on
    /// other objects of the type. Null (every value stored anywhere, as before) when a constructor of the type sets the
    /// member, the type is a record or has a primary constructor, or the local is used other than by reading and writing
    /// its fields and auto-properties: a method called on it or a call it is passed to may set the member unseen.
    /// </summary>
    private OriginTrace? HeldByObjectInLocal(ISymbol member, ExpressionSyntax receiver, CallContext? context, Walk walk)
    {
        if (!IsPlainMember(member) || LocalObjects(receiver) is not { } found)
        {
            return null;
        }

        var (local, declarator, scope, creations) = found;
        var model = _index.Model(declarator.SyntaxTree);
        if (!HoldsOnlyFreshObjects(member, creations, model) || UsedBeyondItsFields(local, scope, model, passedAt: null))
        {
            return null;
        }

        if (!walk.EnterAt(member, declarator.SpanStart))
        {
            return OriginTrace.Constant;
        }

        var result = StoredOnObjectsOf(member, local, scope, creations, model, context, walk);
        walk.LeaveAt(member, declarator.SpanStart);
        return result;
    }

    /// <summary>
    /// A field or auto-property read from a parameter whose every call site in the project passes a local that only holds
    /// objects the caller creates and only uses to read and write fields and auto-properties, besides this one call
    /// (<c>var box = new Box(); box.Value = "foo"; Sink(box);</c>): what the callers store on those objects, and what the
    /// method itself stores through the parameter. Null (every value stored anywhere) when a site passes anything else,
    /// when nothing in the project calls the method, or when the method uses the parameter beyond its fields.
    /// </summary>
    private OriginTrace? HeldByObjectInParameter(ISymbol member, ExpressionSyntax receiver, CallContext? context, Walk walk)
    {
        if (!IsPlainMember(member)
            || _index.Model(receiver.SyntaxTree).GetSymbolInfo(receiver).Symbol is not IParameterSymbol { RefKind: RefKind.None, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Constructor or MethodKind.LocalFunction } owner } parameter
            || parameter.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not ParameterSyntax declaration
            || SyntaxNames.EnclosingMember(declaration) is not { } body)
        {
            return null;
        }

        var ownModel = _index.Model(declaration.SyntaxTree);
        if (UsedBeyondItsFields(parameter, body, ownModel, passedAt: null))
        {
            return null;
        }

        var callers = new List<(ILocalSymbol Local, SyntaxNode Scope, List<BaseObjectCreationExpressionSyntax> Creations, SemanticModel Model)>();
        foreach (var (site, called) in ResolvedCallSites(owner).Resolved())
        {
            if (!_reachability.IsReachable(site))
            {
                continue;
            }

            // A call through a base or interface method may land here with whatever its other callers pass.
            if (!SymbolEqualityComparer.Default.Equals(called.OriginalDefinition, owner.OriginalDefinition)
                || ArgumentFor(site, called, parameter.Ordinal, parameter.Name) is not IdentifierNameSyntax argument || LocalObjects(argument) is not { } found)
            {
                return null;
            }

            var (local, _, scope, creations) = found;
            var model = _index.Model(scope.SyntaxTree);
            if (!HoldsOnlyFreshObjects(member, creations, model) || UsedBeyondItsFields(local, scope, model, passedAt: argument))
            {
                return null;
            }

            callers.Add((local, scope, creations, model));
        }

        if (callers.Count == 0 || !walk.EnterAt(member, declaration.SpanStart))
        {
            return callers.Count == 0 ? null : OriginTrace.Constant;
        }

        var result = StoredOnObjectsOf(member, parameter, body, [], ownModel, context, walk);
        foreach (var (local, scope, creations, model) in callers)
        {
            result = OriginTrace.Max(result, StoredOnObjectsOf(member, local, scope, creations, model, null, walk));
        }

        walk.LeaveAt(member, declaration.SpanStart);
        return result;
    }

    /// <summary>A field or auto-property of a project class whose constructors do not set it (so what creates the object does not either).</summary>
    private static bool IsPlainMember(ISymbol member) =>
        member is IFieldSymbol or IPropertySymbol { IsIndexer: false }
        && member.ContainingType is { IsRecord: false } owner
        && !owner.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax { ParameterList: not null })
        && !SetInConstructor(member, owner);

    /// <summary>Whether every creation makes a project type that has the member and whose own constructors leave it alone.</summary>
    private static bool HoldsOnlyFreshObjects(ISymbol member, List<BaseObjectCreationExpressionSyntax> creations, SemanticModel model) =>
        creations.All(c => model.GetTypeInfo(c).Type is INamedTypeSymbol created && !created.DeclaringSyntaxReferences.IsEmpty
            && KnownApis.IsOrDerivesFrom(created, KnownApis.FullName(member.ContainingType))
            && (SymbolEqualityComparer.Default.Equals(created, member.ContainingType) || !SetInConstructor(member, created)));

    /// <summary>
    /// What is stored into the member on the objects a variable holds: the member's declared initialiser, the creations'
    /// object initialisers, and the writes through the variable within <paramref name="scope"/>.
    /// </summary>
    private OriginTrace StoredOnObjectsOf(ISymbol member, ISymbol variable, SyntaxNode scope, List<BaseObjectCreationExpressionSyntax> creations, SemanticModel model, CallContext? context, Walk walk)
    {
        var values = member.DeclaringSyntaxReferences.Select(r => DeclaredInitializer(r.GetSyntax())).OfType<ExpressionSyntax>().ToList();

        values.AddRange(creations.SelectMany(c => c.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>() ?? [])
            .Where(a => a.Left is IdentifierNameSyntax name && name.Identifier.ValueText == member.Name).Select(a => a.Right));
        var result = MaxOf(values, context, walk);
        foreach (var write in _index.WritesTo(member.Name, scope.SyntaxTree, scope.Span.Contains))
        {
            if (!_reachability.IsReachable(write))
            {
                continue;
            }

            var stored = write switch
            {
                AssignmentExpressionSyntax { Left: TupleExpressionSyntax tuple } deconstruction => ProjectIndex.DeconstructionTargets(tuple)
                    .Where(t => IsMemberOf(t, member, variable, model)).Select(t => ProjectIndex.DeconstructedValue(deconstruction, t)),
                AssignmentExpressionSyntax assignment when IsMemberOf(assignment.Left is ElementAccessExpressionSyntax element ? element.Expression : assignment.Left, member, variable, model) => [assignment.Right],
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } added when IsMemberOf(ProjectIndex.ContentWriteRoot(access.Expression), member, variable, model)
                    => added.ArgumentList.Arguments.Select(a => a.Expression),
                _ => [],
            };
            foreach (var value in stored)
            {
                result = OriginTrace.Max(result, Trace(value, context, walk).Then(Step($"via {member.ContainingType.Name}.{member.Name}", write)));
            }
        }

        return result;
    }

    /// <summary>The initialiser written in a field's or property's declaration (<c>= value</c>), if any.</summary>
    private static ExpressionSyntax? DeclaredInitializer(SyntaxNode declaration) => declaration switch
    {
        VariableDeclaratorSyntax variable => variable.Initializer?.Value,
        PropertyDeclarationSyntax property => property.Initializer?.Value,
        _ => null,
    };

    private static bool IsMemberOf(ExpressionSyntax target, ISymbol member, ISymbol variable, SemanticModel model) =>
        target is MemberAccessExpressionSyntax access && Refers(model, access.Expression, variable) && Refers(model, access, member);

    /// <summary>Whether a constructor declared in <paramref name="type"/> assigns the member (by its name: a constructor that does is rare enough).</summary>
    private static bool SetInConstructor(ISymbol member, INamedTypeSymbol type) =>
        type.InstanceConstructors.SelectMany(c => c.DeclaringSyntaxReferences).Select(r => r.GetSyntax())
            .Any(ctor => ctor.DescendantNodes().Any(n => n switch
            {
                AssignmentExpressionSyntax assignment => SyntaxNames.RightmostName(assignment.Left is TupleExpressionSyntax ? null : assignment.Left) == member.Name
                    || (assignment.Left is TupleExpressionSyntax tuple && ProjectIndex.DeconstructionTargets(tuple).Any(t => SyntaxNames.RightmostName(t) == member.Name)),
                InvocationExpressionSyntax or ArgumentSyntax { RefKindKeyword.RawKind: not (int)SyntaxKind.None } => SyntaxNames.RightmostName(n switch
                {
                    InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => ProjectIndex.ContentWriteRoot(access.Expression),
                    ArgumentSyntax argument => argument.Expression,
                    _ => null,
                }) == member.Name,
                _ => false,
            }));

    /// <summary>
    /// Whether the variable is used other than by reading and writing fields and auto-properties of the objects it holds (or,
    /// for a local, being assigned; or being passed at <paramref name="passedAt"/>): a method called on it, a call it is
    /// passed to, a return, a capture, an assignment to a parameter may set them, or swap the object, where the walk does not look.
    /// </summary>
    private static bool UsedBeyondItsFields(ISymbol variable, SyntaxNode scope, SemanticModel model, IdentifierNameSyntax? passedAt)
    {
        foreach (var name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText != variable.Name || name == passedAt
                || (variable is ILocalSymbol && name.Parent is AssignmentExpressionSyntax { Left: var left } && left == name)
                || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, variable))
            {
                continue;
            }

            if (name.Parent is not MemberAccessExpressionSyntax { Expression: var target } access || target != name
                || access.Parent is InvocationExpressionSyntax { Expression: var called } && called == access
                || model.GetSymbolInfo(access).Symbol is not (IFieldSymbol or IPropertySymbol { IsIndexer: false })
                || (model.GetSymbolInfo(access).Symbol is IPropertySymbol accessed && !accessed.DeclaringSyntaxReferences.IsEmpty && !IsAutoProperty(accessed))
                || name.Ancestors().TakeWhile(a => a != scope).Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether code the member does not show may set the local's properties: the local is passed to a project method,
    /// returned, stored elsewhere or captured. Handing it to a library call (<c>Process.Start(psi)</c>) is not.
    /// </summary>
    private static bool EscapesScope(ILocalSymbol local, SyntaxNode scope, SemanticModel model)
    {
        foreach (var name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText != local.Name
                || (name.Parent is MemberAccessExpressionSyntax { Expression: var target } && target == name)
                || (name.Parent is AssignmentExpressionSyntax { Left: var left } && left == name)
                || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, local))
            {
                continue;
            }

            if (name.Parent is not ArgumentSyntax { Parent.Parent: var call } || call is not (InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax)
                || model.GetSymbolInfo(call).Symbol is not { DeclaringSyntaxReferences.IsEmpty: true }
                || name.Ancestors().TakeWhile(a => a != scope).Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A member read from an object a library filled in (a deserialiser, a configuration binder, a web framework's
    /// model binding) holds what the library filled it from, which no write in the project shows.
    /// </summary>
    private OriginTrace WithLibraryFilledValue(OriginTrace stored, ISymbol member, ExpressionSyntax receiver, ExpressionSyntax reference, CallContext? context, Walk walk)
    {
        if (stored.Origin >= Origin.External || !LibraryBuiltObjects.IsBuiltByLibrary(receiver, _index))
        {
            return stored;
        }

        // Only what the object itself is known to come from: an object made from nothing (Activator.CreateInstance<T>())
        // has nothing in it that the program did not put there.
        var filled = Trace(receiver, context, walk);
        return filled.Origin is Origin.Configuration or Origin.External && filled.Origin > stored.Origin
            ? filled.Then(Step($"via {member.ContainingType.Name}.{member.Name}", reference))
            : stored;
    }

    /// <summary>A static property or field of a library type that holds an instance of that type (a singleton such as <c>Encoding.UTF8</c>).</summary>
    private static bool IsSharedInstance(ISymbol member)
    {
        var type = member switch
        {
            IPropertySymbol { IsStatic: true, IsIndexer: false } property => property.Type,
            IFieldSymbol { IsStatic: true } field => field.Type,
            _ => null,
        };
        return type is { IsReferenceType: true, SpecialType: not SpecialType.System_String } && InheritsFrom(type, member.ContainingType);
    }

    /// <summary>Every value stored into a field or auto-property anywhere in the project: initialiser, assignments, added contents.</summary>
    private OriginTrace TraceStoredValue(ISymbol member, Walk walk)
    {
        member = member.OriginalDefinition;
        if (!walk.Enter(member))
        {
            return OriginTrace.Constant;
        }

        var result = OriginTrace.Constant;
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax();
            if (DeclaredInitializer(declaration) is { } init)
            {
                result = OriginTrace.Max(result, Trace(init, null, walk));
            }

            // A record's positional property holds what every `new R(…)` in the project passed for its parameter. A record
            // the project never creates is filled by a library (a deserialiser), which WithLibraryFilledValue sees.
            if (declaration is ParameterSyntax positional
                && _index.Model(positional.SyntaxTree).GetDeclaredSymbol(positional) is IParameterSymbol { ContainingSymbol: IMethodSymbol constructor } parameter
                && ResolvedCallSites(constructor).Resolved().Any())
            {
                result = OriginTrace.Max(result, TraceCallSites(parameter, constructor, walk));
            }
        }

        result = OriginTrace.Max(result, TraceWrites(member, scope: null, walk));
        walk.Leave(member);
        return result;
    }

    private static bool IsAutoProperty(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<PropertyDeclarationSyntax>()
            .All(p => p.ExpressionBody is null && p.AccessorList?.Accessors.All(a => a.Body is null && a.ExpressionBody is null) != false);

    private OriginTrace TraceLocal(ILocalSymbol local, ExpressionSyntax reference, CallContext? context, Walk walk)
    {
        if (local.IsConst)
        {
            return OriginTrace.Constant;
        }

        var declaration = local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        var scope = declaration is null ? null : SyntaxNames.EnclosingMember(declaration);
        var killedBefore = LastDominatingWrite(local, reference, scope);
        if (killedBefore is { } kill)
        {
            // An unconditional assignment on every path to this use hides the initialiser and every earlier write.
            if (!walk.EnterAt(local, kill))
            {
                return OriginTrace.Constant;
            }

            var killed = TraceWrites(local, scope, walk, context, kill);
            walk.LeaveAt(local, kill);
            return killed;
        }

        if (!walk.Enter(local))
        {
            return OriginTrace.Constant;
        }

        var result = OriginTrace.Constant;
        switch (declaration)
        {
            case VariableDeclaratorSyntax { Initializer.Value: { } init }:
                result = Trace(init, context, walk);
                break;
            case ForEachStatementSyntax forEach:
                result = Trace(forEach.Expression, context, walk);
                break;
            case SingleVariableDesignationSyntax designation:
                result = TraceDesignation(designation, context, walk);
                break;
            case CatchDeclarationSyntax:
                result = OriginTrace.Internal;
                break;
        }

        result = OriginTrace.Max(result, TraceWrites(local, scope, walk, context));
        walk.Leave(local);
        return result;
    }

    /// <summary>
    /// The message of a caught exception that may be a number parser's <c>FormatException</c> quotes the text the parser
    /// failed on, since .NET 8: it holds the least trusted text the try block parses with <c>int.Parse</c>,
    /// <c>decimal.Parse</c>, <c>Convert.ToInt32</c> and the like, when the catch can catch a <c>FormatException</c>. Only
    /// the message is read so: <c>ex.ToString()</c> quotes it too, but passing the whole exception to a log is the
    /// practice the logging rules recommend, and the gate leaves that to the log's format. Null when there is no such
    /// parse, or on an older runtime.
    /// </summary>
    private OriginTrace? ParseFailureInput(CatchDeclarationSyntax caught, CallContext? context, Walk walk)
    {
        if (caught.Parent is not CatchClauseSyntax { Parent: TryStatementSyntax attempt }
            || !TargetRuntime.Of(_index.Compilation).ParseFailureQuotesInput
            || _index.Compilation.GetTypeByMetadataName("System.FormatException") is not { } formatException)
        {
            return null;
        }

        var model = _index.Model(caught.SyntaxTree);
        if (model.GetTypeInfo(caught.Type).Type is not { } catchType || !KnownApis.IsOrDerivesFrom(formatException, KnownApis.FullName(catchType)))
        {
            return null;
        }

        var parsed = attempt.Block.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .OfType<InvocationExpressionSyntax>()
            .Where(call => SyntaxNames.CalledName(call) is { } name && (name is "Parse" || name.StartsWith("To", StringComparison.Ordinal))
                && call.ArgumentList.Arguments.Count > 0 && model.GetSymbolInfo(call).Symbol is IMethodSymbol method && IsNumberParse(method))
            .Select(call => call.ArgumentList.Arguments[0].Expression)
            .ToList();
        if (parsed.Count == 0)
        {
            return null;
        }

        var trace = MaxOf(parsed, context, walk);
        return trace.Origin >= Origin.External ? trace.Then(Step("via the FormatException's message, which quotes the text it could not parse", caught)) : null;
    }

    /// <summary>A parser of numbers from text: <c>int.Parse(string)</c> and its kin, or <c>Convert.ToInt32(string)</c> and its kin.</summary>
    private static bool IsNumberParse(IMethodSymbol method) =>
        method.Parameters is [{ Type.SpecialType: SpecialType.System_String }, ..]
        && (method is { Name: "Parse", IsStatic: true } && method.ContainingType.SpecialType is SpecialType.System_Byte or SpecialType.System_SByte
                or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
                or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double
                or SpecialType.System_Decimal
            || (KnownApis.FullName(method.ContainingType) == "System.Convert" && method.Name is "ToByte" or "ToSByte" or "ToInt16" or "ToUInt16"
                or "ToInt32" or "ToUInt32" or "ToInt64" or "ToUInt64" or "ToSingle" or "ToDouble" or "ToDecimal"));

    /// <summary>
    /// The start of the latest plain assignment to <paramref name="local"/> that runs on every path to
    /// <paramref name="reference"/>: a statement of an enclosing block that precedes the use.
    /// </summary>
    private int? LastDominatingWrite(ILocalSymbol local, ExpressionSyntax reference, SyntaxNode? scope)
    {
        if (scope is null)
        {
            return null;
        }

        var model = _index.Model(reference.SyntaxTree);
        SyntaxNode child = reference;
        for (var parent = reference.Parent; parent != null && parent != scope; child = parent, parent = parent.Parent)
        {
            if (parent is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
            {
                return null;
            }

            if (parent is not BlockSyntax block || child is not StatementSyntax statement)
            {
                continue;
            }

            var index = block.Statements.IndexOf(statement);
            for (var i = index - 1; i >= 0; i--)
            {
                if (block.Statements[i] is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax target } assignment }
                    && target.Identifier.ValueText == local.Name && Refers(model, target, local) && _reachability.IsReachable(assignment))
                {
                    return assignment.SpanStart;
                }
            }
        }

        return null;
    }

    private OriginTrace TraceDesignation(SingleVariableDesignationSyntax designation, CallContext? context, Walk walk)
    {
        for (SyntaxNode? node = designation.Parent; node != null; node = node.Parent)
        {
            switch (node)
            {
                case ArgumentSyntax argument:
                    return TraceArgumentWrite(argument, context, walk);
                case IsPatternExpressionSyntax isPattern:
                    return Trace(isPattern.Expression, context, walk);
                case SwitchStatementSyntax switchStatement:
                    return Trace(switchStatement.Expression, context, walk);
                case SwitchExpressionSyntax switchExpression:
                    return Trace(switchExpression.GoverningExpression, context, walk);
                case ForEachVariableStatementSyntax forEach:
                    return Trace(forEach.Expression, context, walk);
                case AssignmentExpressionSyntax assignment:
                    return Trace(assignment.Right, context, walk);
                case StatementSyntax:
                    return OriginTrace.Internal;
            }
        }

        return OriginTrace.Internal;
    }

    /// <summary>Writes to a symbol found through the name index, limited to <paramref name="scope"/> for locals.</summary>
    private OriginTrace TraceWrites(ISymbol symbol, SyntaxNode? scope, Walk walk, CallContext? context = null, int notBefore = 0)
    {
        var result = OriginTrace.Constant;
        foreach (var write in scope != null ? _index.WritesTo(symbol.Name, scope.SyntaxTree, scope.Span.Contains) : _index.WritesTo(symbol.Name))
        {
            if (scope != null && write.SpanStart < notBefore)
            {
                continue;
            }

            if (!_reachability.IsReachable(write))
            {
                continue;
            }

            var model = _index.Model(write.SyntaxTree);
            var writeContext = scope != null ? context : null;
            switch (write)
            {
                case AssignmentExpressionSyntax { Left: TupleExpressionSyntax } deconstruction:
                    result = OriginTrace.Max(result, MaxOf(ValuesAssignedTo(deconstruction, symbol, model), writeContext, walk));
                    break;
                case AssignmentExpressionSyntax assignment:
                    var target = assignment.Left is ElementAccessExpressionSyntax element ? element.Expression : assignment.Left;
                    if (Refers(model, target, symbol))
                    {
                        result = OriginTrace.Max(result, Trace(assignment.Right, writeContext, walk));
                    }

                    break;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation:
                    if (Refers(model, ProjectIndex.ContentWriteRoot(access.Expression), symbol))
                    {
                        result = OriginTrace.Max(result, MaxOf(invocation.ArgumentList.Arguments.Select(a => a.Expression), writeContext, walk));
                    }

                    break;
                case ArgumentSyntax argument:
                    if (Refers(model, argument.Expression, symbol))
                    {
                        result = OriginTrace.Max(result, TraceArgumentWrite(argument, writeContext, walk));
                    }

                    break;
            }

            if (result.Origin >= Origin.External)
            {
                break;
            }
        }

        return result;
    }

    private static bool Refers(SemanticModel model, ExpressionSyntax target, ISymbol symbol) =>
        SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(target).Symbol?.OriginalDefinition, symbol.OriginalDefinition);

    /// <summary>
    /// What an assignment stores into <paramref name="symbol"/>: its right side, or for a deconstruction the element
    /// that lands in each of its targets that is the symbol (an element of it, for an array).
    /// </summary>
    private static IEnumerable<ExpressionSyntax> ValuesAssignedTo(AssignmentExpressionSyntax assignment, ISymbol symbol, SemanticModel model)
    {
        if (assignment.Left is not TupleExpressionSyntax tuple)
        {
            return Refers(model, assignment.Left, symbol) ? [assignment.Right] : [];
        }

        return ProjectIndex.DeconstructionTargets(tuple)
            .Where(target => Refers(model, target is ElementAccessExpressionSyntax element ? element.Expression : target, symbol))
            .Select(target => ProjectIndex.DeconstructedValue(assignment, target));
    }

    /// <summary>What a call writes into an <c>out</c>, <c>ref</c> or buffer argument.</summary>
    private OriginTrace TraceArgumentWrite(ArgumentSyntax argument, CallContext? context, Walk walk)
    {
        if (argument.Parent?.Parent is ObjectCreationExpressionSyntax { Parent: EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } } writerCreation
            && IsStreamLike(_index.Model(writerCreation.SyntaxTree).GetTypeInfo(writerCreation).Type)
            && _index.Model(declarator.SyntaxTree).GetDeclaredSymbol(declarator) is ILocalSymbol writer)
        {
            // A writer over the stream: the stream holds what is written through the writer.
            return TraceWrites(writer, SyntaxNames.EnclosingMember(declarator), walk, context);
        }

        if (argument.Parent?.Parent is not InvocationExpressionSyntax invocation)
        {
            return OriginTrace.Internal;
        }

        var model = _index.Model(invocation.SyntaxTree);
        if (model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol method)
        {
            return OriginTrace.Internal;
        }

        var receiver = Receiver(invocation.Expression);
        if (KnownApis.FillsBufferWithRandomness(method))
        {
            return OriginTrace.Internal;
        }

        if (argument.RefKindKeyword.IsKind(SyntaxKind.None) && !KnownApis.IsStreamWrite(method.Name) && ParameterOf(argument, method) is { } parameter && !IsBuffer(parameter.Type))
        {
            // A value passed in (a count, an offset, a string to encode) is read by the call, not written.
            return OriginTrace.Constant;
        }

        if (KnownApis.IsStreamWrite(method.Name))
        {
            // serializer.Serialize(stream, value), source.CopyTo(stream): the stream now holds the other inputs.
            if (!IsStreamLike(model.GetTypeInfo(argument.Expression).Type))
            {
                return OriginTrace.Constant;
            }

            var inputs = invocation.ArgumentList.Arguments.Where(a => a != argument).Select(a => a.Expression).ToList();
            if (receiver != null && method.Name.StartsWith("CopyTo", StringComparison.Ordinal))
            {
                inputs.Add(receiver);
            }

            return MaxOf(inputs, context, walk);
        }

        if (KnownApis.FillsBufferFromOutside(method) || KnownApis.IsExternalSource(method))
        {
            return receiver != null && !method.IsStatic && IsInMemory(receiver, 0) ? Trace(receiver, context, walk) : Source(method, invocation);
        }

        if (KnownApis.IsSanitiser(method, walk.Concern))
        {
            return OriginTrace.Internal;
        }

        // A library call that writes an out argument derives it from its other inputs.
        return method.DeclaringSyntaxReferences.IsEmpty
            ? OriginTrace.Max(OriginTrace.Internal, MaxOf(invocation.ArgumentList.Arguments.Where(a => a != argument).Select(a => a.Expression), context, walk))
            : OriginTrace.Internal;
    }

    private static IParameterSymbol? ParameterOf(ArgumentSyntax argument, IMethodSymbol method)
    {
        if (argument.NameColon is { } name)
        {
            return method.Parameters.FirstOrDefault(p => p.Name == name.Name.Identifier.ValueText);
        }

        if (argument.Parent is not ArgumentListSyntax list)
        {
            return null;
        }

        var index = list.Arguments.IndexOf(argument);
        return index < method.Parameters.Length ? method.Parameters[index] : method.Parameters.LastOrDefault(p => p.IsParams);
    }

    /// <summary>Types a callee can fill in place: arrays, spans, memory and array segments, streams and writers.</summary>
    private static bool IsBuffer(ITypeSymbol type) =>
        type is IArrayTypeSymbol or ITypeParameterSymbol || IsStreamLike(type)
        || KnownApis.FullName(type) is "System.Span`1" or "System.Memory`1" or "System.ArraySegment`1" or "System.Collections.Generic.IList`1"
            or "System.Collections.Generic.ICollection`1" or "System.Text.StringBuilder" or "System.Object";

    private OriginTrace TraceParameter(IParameterSymbol parameter, ExpressionSyntax reference, CallContext? context, Walk walk)
    {
        var owner = parameter.ContainingSymbol as IMethodSymbol;
        if (context != null && owner != null && SymbolEqualityComparer.Default.Equals(context.Method.OriginalDefinition, owner.OriginalDefinition))
        {
            var argument = context.ArgumentFor(parameter);
            var fromCaller = argument is null ? OriginTrace.Constant : Trace(argument, context.Caller, walk);
            return OriginTrace.Max(fromCaller, TraceWrites(parameter, SyntaxNames.EnclosingMember(reference), walk, context));
        }

        if (owner is null)
        {
            return OriginTrace.Internal;
        }

        if (EntryPoints.IsExternalEntryParameter(parameter, owner))
        {
            return new OriginTrace(Origin.External, [Step($"parameter '{parameter.Name}' of {EntryPoints.Describe(owner)}", parameter)]);
        }

        if (!walk.Enter(parameter))
        {
            return OriginTrace.Constant;
        }

        var result = TraceCallSites(parameter, owner, walk);
        result = OriginTrace.Max(result, TraceWrites(parameter, SyntaxNames.EnclosingMember(reference), walk));
        walk.Leave(parameter);
        return result;
    }

    /// <summary>The arguments every call site in the project passes for a parameter; a public method nobody in the project calls takes outside input.</summary>
    private OriginTrace TraceCallSites(IParameterSymbol parameter, IMethodSymbol owner, Walk walk)
    {
        if (owner.MethodKind is MethodKind.AnonymousFunction or MethodKind.LambdaMethod)
        {
            return TraceLambdaParameter(parameter, owner, walk);
        }

        var result = OriginTrace.Constant;
        var sites = 0;
        if (owner is { MethodKind: MethodKind.PropertySet, AssociatedSymbol: IPropertySymbol property })
        {
            // A setter is called by assignments (object initialisers included), not by calls: what they assign is its value.
            (result, sites) = TraceAssignmentsTo(property, walk);
        }

        foreach (var (site, called) in ResolvedCallSites(owner).Resolved())
        {
            if (!SymbolEqualityComparer.Default.Equals(called.OriginalDefinition, owner.OriginalDefinition) && !ReceiverMayBe(site, owner.ContainingType, walk))
            {
                continue;
            }

            sites++;
            if (!_reachability.IsReachable(site))
            {
                continue;
            }

            var argument = ArgumentFor(site, called, parameter.Ordinal, parameter.Name);
            if (argument is null)
            {
                continue;
            }

            var trace = Trace(argument, null, walk);
            var hop = owner.MethodKind == MethodKind.Constructor
                ? $"via new {owner.ContainingType.Name}({parameter.Name})"
                : $"via {owner.ContainingType.Name}.{owner.Name}({parameter.Name})";
            result = OriginTrace.Max(result, trace.Then(Step(hop, site)));
            if (result.Origin >= Origin.External)
            {
                break;
            }
        }

        // An attribute's constructor runs for each place the attribute is applied, and C# allows only constants there.
        if (sites == 0 && owner.MethodKind == MethodKind.Constructor && KnownApis.IsOrDerivesFrom(owner.ContainingType, "System.Attribute"))
        {
            return OriginTrace.Constant;
        }

        if (sites == 0 && owner.DeclaredAccessibility == Accessibility.Public && IsVisibleOutside(owner.ContainingType) && !InjectedServices.IsInjected(parameter))
        {
            return new OriginTrace(Origin.External, [Step($"parameter '{parameter.Name}' of public method {owner.ContainingType.Name}.{owner.Name}", parameter)]);
        }

        return sites == 0 ? OriginTrace.Internal : result;
    }

    /// <summary>
    /// What the reachable call sites in the project pass for <paramref name="parameter"/>, each with the method the site
    /// calls: the call sites data flow follows a parameter through, resolved once for both. A <c>params</c> parameter
    /// gets every trailing argument. A lambda's parameter gets none: its callers are delegate invocations.
    /// </summary>
    /// <param name="parameter">A parameter of a method, local function or constructor of the project.</param>
    /// <param name="worthBinding">
    /// Which candidate call sites (found by name) to bind at all: binding a site binds the code around it, and a helper
    /// called all over a project would otherwise have the whole project bound for a question few sites can answer yes to.
    /// </param>
    public IEnumerable<(ExpressionSyntax Argument, IMethodSymbol Called)> ArgumentsPassedFor(IParameterSymbol parameter, Func<SyntaxNode, bool> worthBinding)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol owner || owner.MethodKind is MethodKind.AnonymousFunction or MethodKind.LambdaMethod)
        {
            yield break;
        }

        var walk = new Walk(SinkConcern.Generic);
        foreach (var (site, called) in ResolvedCallSites(owner).Resolved(worthBinding))
        {
            if ((!SymbolEqualityComparer.Default.Equals(called.OriginalDefinition, owner.OriginalDefinition) && !ReceiverMayBe(site, owner.ContainingType, walk))
                || !_reachability.IsReachable(site)
                || ArgumentFor(site, called, parameter.Ordinal, parameter.Name) is not { } argument)
            {
                continue;
            }

            if (parameter.IsParams && argument.Parent is ArgumentSyntax { NameColon: null, Parent: ArgumentListSyntax list } first)
            {
                foreach (var trailing in list.Arguments.Skip(list.Arguments.IndexOf(first)))
                {
                    yield return (trailing.Expression, called);
                }
            }
            else
            {
                yield return (argument, called);
            }
        }
    }

    /// <summary>The values assigned to a property anywhere in the project, and how many reachable assignments there are.</summary>
    private (OriginTrace Trace, int Assignments) TraceAssignmentsTo(IPropertySymbol property, Walk walk)
    {
        var result = OriginTrace.Constant;
        var assignments = 0;
        foreach (var write in _index.WritesTo(property.Name).OfType<AssignmentExpressionSyntax>())
        {
            if (!_reachability.IsReachable(write))
            {
                continue;
            }

            foreach (var value in ValuesAssignedTo(write, property, _index.Model(write.SyntaxTree)))
            {
                assignments++;
                result = OriginTrace.Max(result, Trace(value, null, walk).Then(Step($"via {property.ContainingType.Name}.{property.Name}", write)));
            }

            if (result.Origin >= Origin.External)
            {
                break;
            }
        }

        return (result, assignments);
    }

    /// <summary>
    /// The call sites a method's parameters are traced through, resolved on demand and kept: which sites resolve to the
    /// method does not depend on the walk, so every trace through one of its parameters shares the binding (a common
    /// name such as <c>Execute</c> or <c>Add</c> has call sites all over a large project). Resolution stays lazy because
    /// most traces stop at the first site that passes outside data.
    /// </summary>
    private CallSites ResolvedCallSites(IMethodSymbol owner) =>
        _callSites.GetOrAdd(owner, o => new CallSites(o, _index));

    /// <summary>The call sites named like a method, each bound at most once to see whether it calls the method.</summary>
    private sealed class CallSites
    {
        private readonly List<IMethodSymbol> _targets;
        private readonly SyntaxNode[] _candidates;
        private readonly IMethodSymbol?[] _called;
        private readonly int[] _state; // 0 unresolved, 1 resolved
        private readonly ProjectIndex _index;

        public CallSites(IMethodSymbol owner, ProjectIndex index)
        {
            _index = index;
            _targets = [owner.OriginalDefinition];
            for (var overridden = owner.OverriddenMethod; overridden != null; overridden = overridden.OverriddenMethod)
            {
                _targets.Add(overridden.OriginalDefinition);
            }

            foreach (var iface in owner.ContainingType.AllInterfaces)
            {
                foreach (var member in iface.GetMembers(owner.Name).OfType<IMethodSymbol>())
                {
                    if (SymbolEqualityComparer.Default.Equals(owner.ContainingType.FindImplementationForInterfaceMember(member), owner))
                    {
                        _targets.Add(member.OriginalDefinition);
                    }
                }
            }

            var name = owner.MethodKind == MethodKind.Constructor ? owner.ContainingType.Name : owner.Name;
            _candidates = [.. index.CallsNamed(name).Concat(owner.MethodKind == MethodKind.Constructor ? index.CallsNamed(".ctor") : [])];
            _called = new IMethodSymbol?[_candidates.Length];
            _state = new int[_candidates.Length];
        }

        /// <summary>
        /// The sites, in index order, that call the method or one it overrides or implements, with the method each calls;
        /// with <paramref name="worthBinding"/>, only among the candidates it accepts, the others left unbound.
        /// </summary>
        public IEnumerable<(SyntaxNode Site, IMethodSymbol Called)> Resolved(Func<SyntaxNode, bool>? worthBinding = null)
        {
            for (var i = 0; i < _candidates.Length; i++)
            {
                if ((worthBinding is null || worthBinding(_candidates[i])) && Called(i) is { } called)
                {
                    yield return (_candidates[i], called);
                }
            }
        }

        private IMethodSymbol? Called(int i)
        {
            if (Volatile.Read(ref _state[i]) == 1)
            {
                return _called[i];
            }

            // Two threads may resolve the same site at once; both get the same answer.
            var site = _candidates[i];
            var called = _index.Model(site.SyntaxTree).GetSymbolInfo(site).Symbol is IMethodSymbol method
                && _targets.Any(t => SymbolEqualityComparer.Default.Equals(t, method.OriginalDefinition))
                ? method
                : null;
            _called[i] = called;
            Volatile.Write(ref _state[i], 1);
            return called;
        }
    }

    private static bool IsVisibleOutside(INamedTypeSymbol type)
    {
        for (var current = type; current != null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private OriginTrace TraceLambdaParameter(IParameterSymbol parameter, IMethodSymbol lambda, Walk walk)
    {
        var syntax = lambda.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        if (syntax?.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax invocation }
            && EntryPoints.IsRouteHandlerRegistration(invocation, _index.Model(invocation.SyntaxTree)))
        {
            // The framework binds a handler's service parameters from its container, the others from the request.
            return InjectedServices.IsInjected(parameter)
                ? OriginTrace.Internal
                : new OriginTrace(Origin.External, [Step($"parameter '{parameter.Name}' of an HTTP route handler", parameter)]);
        }

        // A lambda handed to a collection operator (list.ForEach(x => …), items.Select(x => …)) sees the collection's contents.
        if (syntax?.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } })
        {
            return Trace(access.Expression, null, walk);
        }

        // A lambda stored in a variable receives what the calls through that variable pass.
        var holder = syntax?.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => _index.Model(declarator.SyntaxTree).GetDeclaredSymbol(declarator),
            AssignmentExpressionSyntax assignment => _index.Model(assignment.SyntaxTree).GetSymbolInfo(assignment.Left).Symbol,
            _ => null,
        };
        if (holder is ILocalSymbol or IFieldSymbol or IPropertySymbol)
        {
            var result = OriginTrace.Constant;
            var sites = 0;
            foreach (var site in _index.CallsNamed(holder.Name).Concat(_index.CallsNamed("Invoke")).OfType<InvocationExpressionSyntax>())
            {
                var model = _index.Model(site.SyntaxTree);
                var callee = site.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Invoke" } invoke ? invoke.Expression : site.Expression;
                if (!Refers(model, callee, holder) || !_reachability.IsReachable(site))
                {
                    continue;
                }

                sites++;
                if (parameter.Ordinal < site.ArgumentList.Arguments.Count)
                {
                    result = OriginTrace.Max(result, Trace(site.ArgumentList.Arguments[parameter.Ordinal].Expression, null, walk).Then(Step($"via {holder.Name}({parameter.Name})", site)));
                }
            }

            if (sites > 0)
            {
                return result;
            }
        }

        return OriginTrace.Internal;
    }

    /// <summary>Whether a virtual call's receiver can be an instance of <paramref name="type"/>, judged from where the receiver was created.</summary>
    private bool ReceiverMayBe(SyntaxNode site, INamedTypeSymbol type, Walk walk)
    {
        if (site is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
        {
            return true;
        }

        var model = _index.Model(site.SyntaxTree);
        var receiver = Unwrap(access.Expression);
        if (receiver is BaseObjectCreationExpressionSyntax && model.GetTypeInfo(receiver).Type is { } createdType)
        {
            return InheritsFrom(createdType, type);
        }

        if (model.GetSymbolInfo(receiver).Symbol is ILocalSymbol local && CreatedTypes(local, model) is { } created)
        {
            return created.Any(t => InheritsFrom(t, type));
        }

        // Otherwise the receiver's declared type bounds what it can be: the implementation's type must be related to it.
        return model.GetTypeInfo(receiver).Type is not INamedTypeSymbol { TypeKind: TypeKind.Class } declared
            || InheritsFrom(type, declared) || InheritsFrom(declared, type);
    }

    private List<ITypeSymbol>? CreatedTypes(ILocalSymbol local, SemanticModel model)
    {
        var values = new List<ExpressionSyntax>();
        if (local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } init } declarator)
        {
            values.Add(init);
            var scope = SyntaxNames.EnclosingMember(declarator);
            foreach (var write in (scope != null ? _index.WritesTo(local.Name, scope.SyntaxTree, scope.Span.Contains) : []).OfType<AssignmentExpressionSyntax>())
            {
                values.AddRange(ValuesAssignedTo(write, local, model));
            }
        }

        var types = new List<ITypeSymbol>();
        foreach (var value in values)
        {
            // A literal fixes the type as well as a creation does: 'object count = 3' is never a project class.
            if (value is not (BaseObjectCreationExpressionSyntax or LiteralExpressionSyntax) || model.GetTypeInfo(value).Type is not { } type)
            {
                return null;
            }

            types.Add(type);
        }

        return types.Count == 0 ? null : types;
    }

    private static bool InheritsFrom(ITypeSymbol candidate, INamedTypeSymbol type)
    {
        for (var current = candidate; current != null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, type.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private static ExpressionSyntax? ArgumentFor(SyntaxNode site, IMethodSymbol called, int ordinal, string name)
    {
        var arguments = SyntaxNames.Arguments(site);
        var named = arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == name);
        if (named != null)
        {
            return named.Expression;
        }

        if (called.IsExtensionMethod && called.ReducedFrom != null && site is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax receiver })
        {
            if (ordinal == 0)
            {
                return receiver.Expression;
            }

            ordinal--;
        }

        return ordinal < arguments.Count && arguments[ordinal].NameColon is null ? arguments[ordinal].Expression : null;
    }

    private OriginTrace TraceCreation(BaseObjectCreationExpressionSyntax creation, CallContext? context, Walk walk)
    {
        var result = OriginTrace.Constant;
        var model = _index.Model(creation.SyntaxTree);
        if (model.GetSymbolInfo(creation).Symbol is IMethodSymbol ctor && KnownApis.IsExternalSource(ctor))
        {
            return Source(ctor, creation);
        }

        if (creation.ArgumentList != null)
        {
            result = MaxOf(creation.ArgumentList.Arguments.Select(a => a.Expression), context, walk);
        }

        if (creation.Initializer != null)
        {
            result = OriginTrace.Max(result, MaxOf(creation.Initializer.Expressions, context, walk));
        }

        return result;
    }

    private OriginTrace TraceElementAccess(ElementAccessExpressionSyntax element, CallContext? context, Walk walk)
    {
        var model = _index.Model(element.SyntaxTree);
        if (model.GetSymbolInfo(element).Symbol is IPropertySymbol indexer)
        {
            if (KnownApis.IsExternalSource(indexer))
            {
                return Source(indexer, element);
            }

            if (KnownApis.IsConfiguration(indexer))
            {
                return new OriginTrace(Origin.Configuration, [Step(indexer.ContainingType.Name + "[…]", element)]);
            }
        }

        return Trace(element.Expression, context, walk);
    }

    private OriginTrace TraceInvocation(InvocationExpressionSyntax invocation, CallContext? context, Walk walk)
    {
        var model = _index.Model(invocation.SyntaxTree);
        var symbol = model.GetSymbolInfo(invocation).Symbol as IMethodSymbol;
        var receiver = Receiver(invocation.Expression);
        if (symbol is null)
        {
            return invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" } ? OriginTrace.Constant : new OriginTrace(Origin.Unknown, []);
        }

        if (receiver != null && !symbol.IsStatic && KnownApis.IsStreamRead(symbol) && IsInMemory(receiver, 0))
        {
            // Reading back what the program wrote into memory (a serialisation round trip, a StringReader) yields what was written.
            return Trace(receiver, context, walk);
        }

        if (KnownApis.IsExternalSource(symbol))
        {
            return Source(symbol, invocation);
        }

        if (KnownApis.IsConfiguration(symbol))
        {
            return new OriginTrace(Origin.Configuration, [Step(symbol.ContainingType.Name + "." + symbol.Name + "()", invocation)]);
        }

        if (KnownApis.IsSanitiser(symbol, walk.Concern) || KnownApis.IsNondeterministic(symbol) || KnownApis.IsProgramMetadata(symbol)
            || (walk.Concern == SinkConcern.LogLine && LineBreakRemoval.Removes(invocation, symbol, model))
            || (walk.Concern == SinkConcern.Redirect && LocalUrlBuilders.Builds(invocation, symbol, model)))
        {
            return OriginTrace.Internal;
        }

        var source = symbol.ReducedFrom ?? symbol;
        if (!source.OriginalDefinition.DeclaringSyntaxReferences.IsEmpty || source.IsAbstract || source.IsVirtual || source.ContainingType.TypeKind == TypeKind.Interface)
        {
            var implementations = Implementations(source, invocation, walk);
            if (implementations.Count > 0)
            {
                var result = OriginTrace.Constant;
                foreach (var implementation in implementations)
                {
                    result = OriginTrace.Max(result, TraceReturns(implementation, implementation.DeclaringSyntaxReferences, invocation, context, walk, invocation));
                }

                return result;
            }
        }

        if (source.MethodKind == MethodKind.DelegateInvoke)
        {
            var targets = DelegateTargets(symbol.Name == "Invoke" && receiver != null ? receiver : invocation.Expression, walk);
            if (targets.Count == 0)
            {
                return OriginTrace.Internal;
            }

            var result = OriginTrace.Constant;
            foreach (var target in targets)
            {
                result = OriginTrace.Max(result, TraceReturns(target, target.DeclaringSyntaxReferences, invocation, context, walk, invocation));
            }

            return result;
        }

        // A library call: what it returns derives from its receiver and arguments.
        var inputs = invocation.ArgumentList.Arguments.Where(a => a.RefKindKeyword.IsKind(SyntaxKind.None)).Select(a => a.Expression).ToList();
        if (receiver != null && !symbol.IsStatic)
        {
            inputs.Insert(0, receiver);
        }

        return inputs.Count == 0 ? OriginTrace.Internal : MaxOf(inputs, context, walk);
    }

    private List<IMethodSymbol> Implementations(IMethodSymbol method, InvocationExpressionSyntax site, Walk walk)
    {
        var definition = method.OriginalDefinition;
        var found = new List<IMethodSymbol>();
        if (!definition.DeclaringSyntaxReferences.IsEmpty && !definition.IsAbstract && !definition.IsExtern)
        {
            found.Add(definition);
        }

        if (!(definition.IsVirtual || definition.IsAbstract || definition.IsOverride || definition.ContainingType.TypeKind == TypeKind.Interface))
        {
            return found;
        }

        foreach (var candidate in _index.Compilation.GetSymbolsWithName(definition.Name, SymbolFilter.Member).OfType<IMethodSymbol>())
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, definition) || candidate.IsAbstract)
            {
                continue;
            }

            var overrides = false;
            for (var o = candidate.OverriddenMethod; o != null && !overrides; o = o.OverriddenMethod)
            {
                overrides = SymbolEqualityComparer.Default.Equals(o.OriginalDefinition, definition);
            }

            overrides |= definition.ContainingType.TypeKind == TypeKind.Interface
                && SymbolEqualityComparer.Default.Equals(candidate.ContainingType.FindImplementationForInterfaceMember(definition)?.OriginalDefinition, candidate);
            if (overrides && ReceiverMayBe(site, candidate.ContainingType, walk))
            {
                found.Add(candidate);
            }
        }

        return found;
    }

    /// <summary>The lambdas, anonymous methods and methods a delegate-typed variable can hold, from its initialiser and assignments.</summary>
    private List<IMethodSymbol> DelegateTargets(ExpressionSyntax expression, Walk walk)
    {
        var found = new List<IMethodSymbol>();
        var model = _index.Model(expression.SyntaxTree);
        expression = Unwrap(expression);
        if (expression is AnonymousFunctionExpressionSyntax)
        {
            if (model.GetSymbolInfo(expression).Symbol is IMethodSymbol lambda)
            {
                found.Add(lambda);
            }

            return found;
        }

        var symbol = model.GetSymbolInfo(expression).Symbol;
        switch (symbol)
        {
            case IMethodSymbol method when !method.DeclaringSyntaxReferences.IsEmpty:
                found.Add(method);
                return found;
            case ILocalSymbol or IFieldSymbol or IPropertySymbol:
                if (!walk.Enter(symbol))
                {
                    return found;
                }

                var values = new List<ExpressionSyntax>();
                foreach (var reference in symbol.DeclaringSyntaxReferences)
                {
                    switch (reference.GetSyntax())
                    {
                        case VariableDeclaratorSyntax { Initializer.Value: { } init }:
                            values.Add(init);
                            break;
                        case PropertyDeclarationSyntax { Initializer.Value: { } init }:
                            values.Add(init);
                            break;
                    }
                }

                foreach (var write in _index.WritesTo(symbol.Name).OfType<AssignmentExpressionSyntax>())
                {
                    values.AddRange(ValuesAssignedTo(write, symbol, _index.Model(write.SyntaxTree)));
                }

                foreach (var value in values)
                {
                    if (Unwrap(value) is AnonymousFunctionExpressionSyntax or IdentifierNameSyntax or MemberAccessExpressionSyntax)
                    {
                        found.AddRange(DelegateTargets(value, walk));
                    }
                }

                walk.Leave(symbol);
                return found;
            default:
                return found;
        }
    }

    private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax p:
                    expression = p.Expression;
                    continue;
                case CastExpressionSyntax c:
                    expression = c.Expression;
                    continue;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } bang:
                    expression = bang.Operand;
                    continue;
                case ObjectCreationExpressionSyntax { ArgumentList.Arguments: [var only] } creation when creation.Type is not null && only.Expression is AnonymousFunctionExpressionSyntax or IdentifierNameSyntax:
                    // new Func<string>(Read) wraps a method group or lambda.
                    expression = only.Expression;
                    continue;
                default:
                    return expression;
            }
        }
    }

    private static bool IsStreamLike(ITypeSymbol? type)
    {
        for (var current = type; current != null; current = current.BaseType)
        {
            if (KnownApis.FullName(current) is "System.IO.Stream" or "System.IO.TextWriter" or "System.Xml.XmlWriter")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a stream or reader reads from the program's memory (a MemoryStream, a StringReader, a reader wrapping one).</summary>
    private bool IsInMemory(ExpressionSyntax expression, int depth)
    {
        if (depth > 6)
        {
            return false;
        }

        expression = Unwrap(expression);
        var model = _index.Model(expression.SyntaxTree);
        var type = model.GetTypeInfo(expression).Type;
        if (KnownApis.IsInMemoryType(type))
        {
            return true;
        }

        switch (expression)
        {
            case BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: [var inner, ..] } when KnownApis.IsWrappingReader(type):
                return model.GetTypeInfo(inner.Expression).Type?.SpecialType != SpecialType.System_String && IsInMemory(inner.Expression, depth + 1);
            case InvocationExpressionSyntax { ArgumentList.Arguments: [var inner, ..] } factory
                when model.GetSymbolInfo(factory).Symbol is IMethodSymbol { IsStatic: true, Name: "Create" } && KnownApis.IsWrappingReader(type):
                return model.GetTypeInfo(inner.Expression).Type?.SpecialType != SpecialType.System_String && IsInMemory(inner.Expression, depth + 1);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax when model.GetSymbolInfo(expression).Symbol is ILocalSymbol local:
                return local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } init }
                    && IsInMemory(init, depth + 1);
            default:
                return false;
        }
    }

    private OriginTrace TraceReturns(IMethodSymbol? method, ImmutableArray<SyntaxReference> declarations, InvocationExpressionSyntax? site, CallContext? context, Walk walk, SyntaxNode at)
    {
        if (method is null || walk.CallDepth > 12 || !walk.Enter(method))
        {
            return OriginTrace.Constant;
        }

        walk.CallDepth++;
        var calleeContext = site is null ? context
            : new CallContext(method, site, _index.Model(site.SyntaxTree).GetSymbolInfo(site).Symbol as IMethodSymbol ?? method, context);
        var result = OriginTrace.Constant;
        foreach (var reference in declarations)
        {
            foreach (var returned in ReturnedExpressions(reference.GetSyntax()))
            {
                if (_reachability.IsReachable(returned))
                {
                    result = OriginTrace.Max(result, Trace(returned, calleeContext, walk));
                }
            }
        }

        walk.CallDepth--;
        walk.Leave(method);
        var via = method.MethodKind is MethodKind.LambdaMethod or MethodKind.AnonymousFunction ? "via a lambda"
            : $"via {method.ContainingType.Name}.{(method.AssociatedSymbol ?? method).Name}";
        return result.Then(Step(via, at));
    }

    private static IEnumerable<ExpressionSyntax> ReturnedExpressions(SyntaxNode declaration)
    {
        var arrow = declaration switch
        {
            MethodDeclarationSyntax m => m.ExpressionBody,
            LocalFunctionStatementSyntax l => l.ExpressionBody,
            AccessorDeclarationSyntax a => a.ExpressionBody,
            PropertyDeclarationSyntax p => p.ExpressionBody,
            _ => null,
        };
        if (arrow != null)
        {
            yield return arrow.Expression;
            yield break;
        }

        if (declaration is ArrowExpressionClauseSyntax getterArrow)
        {
            // The getter of an expression-bodied property is declared by its arrow clause.
            yield return getterArrow.Expression;
            yield break;
        }

        if (declaration is AnonymousFunctionExpressionSyntax { ExpressionBody: { } lambdaBody })
        {
            yield return lambdaBody;
            yield break;
        }

        SyntaxNode? body = declaration switch
        {
            MethodDeclarationSyntax m => m.Body,
            LocalFunctionStatementSyntax l => l.Body,
            AnonymousFunctionExpressionSyntax f => f.Block,
            AccessorDeclarationSyntax a => a.Body,
            PropertyDeclarationSyntax p => p.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration)) is { } getter
                ? (SyntaxNode?)getter.Body ?? getter.ExpressionBody?.Expression : null,
            _ => null,
        };
        if (body is ExpressionSyntax expression)
        {
            yield return expression;
            yield break;
        }

        if (body is null)
        {
            yield break;
        }

        foreach (var node in body.DescendantNodes(n => n is not (LambdaExpressionSyntax or LocalFunctionStatementSyntax or AnonymousMethodExpressionSyntax)))
        {
            if (node is ReturnStatementSyntax { Expression: { } value })
            {
                yield return value;
            }
        }
    }

    private static ExpressionSyntax? Receiver(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Expression,
        MemberBindingExpressionSyntax binding => BoundReceiver(binding),
        _ => null,
    };

    /// <summary>The receiver of <c>.M()</c> in <c>x?.M()</c>: the expression of the conditional access it binds to.</summary>
    private static ExpressionSyntax? BoundReceiver(MemberBindingExpressionSyntax binding)
    {
        for (SyntaxNode? node = binding; node != null; node = node.Parent)
        {
            if (node.Parent is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull == node)
            {
                return conditional.Expression;
            }
        }

        return null;
    }

    private OriginTrace Source(ISymbol member, SyntaxNode at)
    {
        var name = member is IPropertySymbol { IsIndexer: true } ? member.ContainingType.Name + "[…]"
            : member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? "new " + member.ContainingType.Name + "(…)"
            : member is IMethodSymbol ? member.ContainingType.Name + "." + member.Name + "()"
            : member.ContainingType.Name + "." + member.Name;
        return new OriginTrace(Origin.External, [Step(name, at)]);
    }

    private static FlowStep Step(string description, SyntaxNode at) => new(description, SpanOf(at.GetLocation()));

    private static FlowStep Step(string description, ISymbol at) =>
        new(description, at.Locations.FirstOrDefault() is { } location ? SpanOf(location) : SourceSpan.FileOnly(string.Empty));

    internal static SourceSpan SpanOf(Location location)
    {
        var span = LineStarts.LineSpan(location);
        return new SourceSpan(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1);
    }

    /// <summary>The call that brought the analysis into a method, so its parameters resolve to that call's arguments.</summary>
    private sealed class CallContext(IMethodSymbol method, InvocationExpressionSyntax site, IMethodSymbol called, CallContext? caller)
    {
        public IMethodSymbol Method { get; } = method;

        public CallContext? Caller { get; } = caller;

        public ExpressionSyntax? ArgumentFor(IParameterSymbol parameter) => OriginAnalyzer.ArgumentFor(site, called, parameter.Ordinal, parameter.Name);
    }

    /// <summary>The state of one backward walk: depth and the symbols on the current path, to cut cycles.</summary>
    private sealed class Walk(SinkConcern concern)
    {
        private readonly HashSet<ISymbol> _active = new(SymbolEqualityComparer.Default);
        private readonly HashSet<(ISymbol, int)> _activeAt = [];

        /// <summary>The use the traced value is headed for: decides which sanitisers and guards count.</summary>
        public SinkConcern Concern { get; } = concern;

        public int Depth { get; set; }

        public int CallDepth { get; set; }

        public bool HitCycle { get; private set; }

        public bool Enter(ISymbol symbol)
        {
            if (_active.Add(symbol))
            {
                return true;
            }

            HitCycle = true;
            return false;
        }

        public void Leave(ISymbol symbol) => _active.Remove(symbol);

        /// <summary>Like <see cref="Enter"/> for the value of a local as seen after the write at <paramref name="position"/>.</summary>
        public bool EnterAt(ISymbol symbol, int position)
        {
            if (_activeAt.Add((symbol, position)))
            {
                return true;
            }

            HitCycle = true;
            return false;
        }

        public void LeaveAt(ISymbol symbol, int position) => _activeAt.Remove((symbol, position));
    }
}

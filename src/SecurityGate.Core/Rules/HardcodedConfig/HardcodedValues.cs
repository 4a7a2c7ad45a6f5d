using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Rules.HardcodedConfig;

/// <summary>What kind of fixed value a leaf is.</summary>
internal enum LeafKind
{
    /// <summary>A constant string (or number) whose text is known.</summary>
    Text,

    /// <summary>An array or collection of constants: <c>new byte[] { 1, 2, 3 }</c>.</summary>
    Array,

    /// <summary>A new array nobody fills: all zeros.</summary>
    ZeroBuffer,

    /// <summary>The data flow says constant, but the value itself is not known here (a parameter every caller passes a constant to).</summary>
    Unknown,
}

/// <summary>One fixed value that reaches a sink, at the expression that writes it.</summary>
/// <param name="At">The literal, array or reference that holds the value.</param>
/// <param name="Text">The text of a string constant, or of a concatenation or interpolation of known texts; or null.</param>
/// <param name="Kind">The kind of value.</param>
internal sealed record HardcodedLeaf(ExpressionSyntax At, string? Text, LeafKind Kind);

/// <summary>What a re-encoding call takes its data from.</summary>
/// <param name="Inputs">The expressions whose data the result re-encodes.</param>
/// <param name="KeepsZeros">Whether a zero-filled input stays zeros (an encoding does; a digest does not).</param>
internal sealed record Recoded(List<ExpressionSyntax> Inputs, bool KeepsZeros);

/// <summary>
/// Decides whether every value that can reach a sink is written into the source: literals, constant arrays,
/// <c>Encoding.*.GetBytes("…")</c>, <c>Convert.FromBase64String("…")</c>, through locals, fields, properties and
/// project methods, and the entries of dictionaries that only hold such values (<c>Users["admin"]</c>,
/// <c>Users.TryGetValue(name, out var stored)</c>); parameters defer to the origin analysis. Arrays filled after creation
/// (<c>RandomNumberGenerator.Fill(key)</c>, <c>stream.Read(buffer)</c>) are not fixed, and library calls other
/// than the encoders are not either: <c>RandomNumberGenerator.GetBytes(32)</c> takes only constants yet returns
/// fresh random bytes, which the origin analysis alone would call constant.
/// </summary>
internal static class HardcodedValues
{
    private const string HashAlgorithm = "System.Security.Cryptography.HashAlgorithm";
    private const string KeyedHashAlgorithm = "System.Security.Cryptography.KeyedHashAlgorithm";
    private const string CryptographicOperations = "System.Security.Cryptography.CryptographicOperations";

    private static readonly HashSet<string> FillingCalls = new(StringComparer.Ordinal)
    {
        "Fill", "GetBytes", "GetNonZeroBytes", "NextBytes", "Read", "ReadAsync", "ReadExactly", "ReadAtLeast", "ReadBlock",
        "Receive", "ReceiveAsync", "Copy", "BlockCopy", "CopyTo", "TryCopyTo", "DeriveKey", "GetBytesFromHex", "TryFromBase64String",
    };

    /// <summary>Every fixed value that reaches <paramref name="expression"/>, or null when some value is not fixed.</summary>
    public static IReadOnlyList<HardcodedLeaf>? Resolve(ExpressionSyntax expression, RuleContext context)
    {
        var leaves = new List<HardcodedLeaf>();
        var ok = Resolve(expression, context, leaves, new HashSet<ISymbol>(SymbolEqualityComparer.Default), 0);
        return ok && leaves.Count > 0 ? leaves : null;
    }

    /// <summary>Whether some leaf is a real value rather than an empty string or a placeholder.</summary>
    public static bool HasRealValue(IReadOnlyList<HardcodedLeaf> leaves) =>
        leaves.Any(l => l.Kind != LeafKind.Text || l.Text is null || !SecretText.IsPlaceholder(l.Text));

    /// <summary>
    /// The values written to a local, field or property (its initialiser and plain assignments), or null when it is also
    /// written another way: out or ref, element writes, a call that fills it, or a dictionary's entries.
    /// </summary>
    public static IReadOnlyList<ExpressionSyntax>? AssignedValues(ISymbol symbol, RuleContext context) =>
        !symbol.DeclaringSyntaxReferences.IsEmpty && StoredValues(symbol, context) is { EntriesReadFrom.Count: 0, AddedEntries.Count: 0 } stores ? stores.Values : null;

    /// <summary>
    /// Whether an expression is <c>null</c> or <c>default</c> (of a reference type, or of a span or memory, which is empty):
    /// a value that holds nothing, so it is no secret, yet comes from no configuration either.
    /// </summary>
    public static bool IsNullOrDefault(ExpressionSyntax expression, SemanticModel model)
    {
        var e = Unwrap(expression);
        var constant = model.GetConstantValue(e);
        return constant.HasValue
            ? constant.Value is null
            : e is DefaultExpressionSyntax or LiteralExpressionSyntax { RawKind: (int)SyntaxKind.DefaultLiteralExpression } && IsDataType(model.GetTypeInfo(e).Type);
    }

    /// <summary>Strips parentheses, casts, <c>!</c> and <c>checked</c>.</summary>
    public static ExpressionSyntax Unwrap(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax p:
                    expression = p.Expression;
                    break;
                case CastExpressionSyntax c:
                    expression = c.Expression;
                    break;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } bang:
                    expression = bang.Operand;
                    break;
                case CheckedExpressionSyntax ch:
                    expression = ch.Expression;
                    break;
                default:
                    return expression;
            }
        }
    }

    private static bool Resolve(ExpressionSyntax expression, RuleContext context, List<HardcodedLeaf> leaves, HashSet<ISymbol> visiting, int depth)
    {
        var mark = leaves.Count;
        if (ResolveWritten(expression, context, leaves, visiting, depth))
        {
            return true;
        }

        leaves.RemoveRange(mark, leaves.Count - mark);
        return ReadFromParameter(expression, context, leaves);
    }

    /// <summary>
    /// A value read out of what a parameter holds, through members and elements only (<c>pair[1]</c>, <c>(string)table["pw"]</c>,
    /// <c>list.Last.Value</c>), when the values it is written from are not followed here (a list, a hash table, a linked
    /// list, a value cast through <c>object</c>): it defers to the origin analysis, as a parameter itself does. No call
    /// may stand in the chain: a library call can return fresh data from constant arguments.
    /// </summary>
    private static bool ReadFromParameter(ExpressionSyntax expression, RuleContext context, List<HardcodedLeaf> leaves)
    {
        var model = context.ModelFor(expression.SyntaxTree);
        var root = Unwrap(expression);
        if (root is not (MemberAccessExpressionSyntax or ElementAccessExpressionSyntax) || !IsDataType(model.GetTypeInfo(expression).Type))
        {
            return false;
        }

        while (true)
        {
            switch (root)
            {
                case MemberAccessExpressionSyntax access:
                    root = Unwrap(access.Expression);
                    continue;
                case ElementAccessExpressionSyntax element:
                    root = Unwrap(element.Expression);
                    continue;
            }

            break;
        }

        if (root is not IdentifierNameSyntax || model.GetSymbolInfo(root).Symbol is not IParameterSymbol || context.Origins.Trace(expression).Origin != Model.Origin.Constant)
        {
            return false;
        }

        leaves.Add(new HardcodedLeaf(expression, null, LeafKind.Unknown));
        return true;
    }

    private static bool ResolveWritten(ExpressionSyntax expression, RuleContext context, List<HardcodedLeaf> leaves, HashSet<ISymbol> visiting, int depth)
    {
        if (depth > 12)
        {
            return false;
        }

        var e = Unwrap(expression);
        var model = context.ModelFor(e.SyntaxTree);

        // Follow named constants to their declaration so findings point at the literal, not at each use.
        if (e is IdentifierNameSyntax or MemberAccessExpressionSyntax
            && model.GetSymbolInfo(e).Symbol is { } constantSymbol && constantSymbol is IFieldSymbol { IsConst: true } or ILocalSymbol { IsConst: true }
            && constantSymbol.DeclaringSyntaxReferences is [var constantReference]
            && constantReference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } constantInit })
        {
            return Resolve(constantInit, context, leaves, visiting, depth + 1);
        }

        // Null is neither configured nor random: a null alternative adds no value, so it neither makes a secret nor hides
        // the literal written on another path (`string pw = null; if (builtIn) pw = "…";`).
        if (IsNullOrDefault(e, model))
        {
            return true;
        }

        var constant = model.GetConstantValue(e);
        if (constant.HasValue)
        {
            leaves.Add(new HardcodedLeaf(e, constant.Value as string, LeafKind.Text));
            return true;
        }

        var type = model.GetTypeInfo(e).Type;
        if (type != null && KnownApis.FullName(type) == "System.Security.SecureString")
        {
            return false;
        }

        switch (e)
        {
            case ArrayCreationExpressionSyntax { Initializer: null }:
                leaves.Add(new HardcodedLeaf(e, null, LeafKind.ZeroBuffer));
                return true;
            case ArrayCreationExpressionSyntax or InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ArrayInitializerExpression }
                or ImplicitArrayCreationExpressionSyntax or CollectionExpressionSyntax:
                return WrittenElements(e) is { } elements && Elements(e, elements, model, leaves);
            case InvocationExpressionSyntax invocation:
                return ResolveInvocation(invocation, model, context, leaves, visiting, depth);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                return ResolveSymbol(e, model, context, leaves, visiting, depth);
            case ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } access when IsTextDictionary(model.GetTypeInfo(access.Expression).Type):
                return ResolveEntries(access.Expression, context, leaves, visiting, depth + 1);
            case ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } access
                when model.GetTypeInfo(access.Expression).Type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_String }:
                return ResolveArrayElements(access, model, context, leaves, visiting, depth + 1);
            case InterpolatedStringExpressionSyntax or BinaryExpressionSyntax or ConditionalExpressionSyntax:
                if (IsDataType(type) && context.Origins.Trace(e).Origin == Model.Origin.Constant)
                {
                    leaves.Add(new HardcodedLeaf(e, context.ConstantValue(e) as string ?? ComposedText(e, context, visiting, depth), LeafKind.Unknown));
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>
    /// The text of a concatenation or interpolation whose every part holds one known text: a constant, or a local, field,
    /// property or project method whose every value that can run is the same literal (a null part adds nothing, as in C#).
    /// Null when some part is not fixed here (a parameter, input, configuration), may hold different texts, is not a
    /// string, or is formatted with an alignment or a format string.
    /// </summary>
    private static string? ComposedText(ExpressionSyntax e, RuleContext context, HashSet<ISymbol> visiting, int depth)
    {
        if (depth > 12)
        {
            return null;
        }

        switch (e)
        {
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add:
                return PartText(add.Left, context, visiting, depth) is { } left && PartText(add.Right, context, visiting, depth) is { } right ? left + right : null;
            case InterpolatedStringExpressionSyntax interpolated:
                var text = new StringBuilder();
                foreach (var content in interpolated.Contents)
                {
                    var part = content switch
                    {
                        InterpolatedStringTextSyntax literal => literal.TextToken.ValueText,
                        InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole => PartText(hole.Expression, context, visiting, depth),
                        _ => null,
                    };
                    if (part is null)
                    {
                        return null;
                    }

                    text.Append(part);
                }

                return text.ToString();
            default:
                return null;
        }
    }

    private static string? PartText(ExpressionSyntax part, RuleContext context, HashSet<ISymbol> visiting, int depth)
    {
        var e = Unwrap(part);
        switch (context.ConstantValue(e))
        {
            case string constant:
                return constant;
            case char character:
                return character.ToString();
        }

        if (e is BinaryExpressionSyntax or InterpolatedStringExpressionSyntax)
        {
            return ComposedText(e, context, visiting, depth + 1);
        }

        // Numbers and other values format by culture rules the build does not know: they are not spelled out here.
        var model = context.ModelFor(e.SyntaxTree);
        if (model.GetTypeInfo(e).Type?.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        var leaves = new List<HardcodedLeaf>();
        if (!Resolve(e, context, leaves, visiting, depth + 1))
        {
            return null;
        }

        return leaves.Select(l => l.Text).Distinct().ToList() switch
        {
            [] => string.Empty,
            [{ } only] => only,
            _ => null,
        };
    }

    /// <summary>
    /// The elements written out in an array creation, array initialiser or collection expression; null for anything else,
    /// an array created without them, or a collection expression with a spread.
    /// </summary>
    private static IReadOnlyList<ExpressionSyntax>? WrittenElements(ExpressionSyntax expression) => expression switch
    {
        ArrayCreationExpressionSyntax { Initializer: { } init } => init.Expressions,
        ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
        InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ArrayInitializerExpression } init => init.Expressions,
        CollectionExpressionSyntax collection when collection.Elements.All(x => x is ExpressionElementSyntax) =>
            collection.Elements.Cast<ExpressionElementSyntax>().Select(x => x.Expression).ToList(),
        _ => null,
    };

    private static bool Elements(ExpressionSyntax at, IEnumerable<ExpressionSyntax> elements, SemanticModel model, List<HardcodedLeaf> leaves)
    {
        var list = elements.ToList();
        if (list.Count == 0 || !list.All(x => model.GetConstantValue(x).HasValue))
        {
            return false;
        }

        leaves.Add(new HardcodedLeaf(at, null, LeafKind.Array));
        return true;
    }

    /// <summary>
    /// An element of an array of strings: every element of every array the variable holds (created with its elements
    /// written out, never written element by element), any of which the index may pick. An array a parameter holds defers
    /// to the origin analysis, as parameters do.
    /// </summary>
    private static bool ResolveArrayElements(ElementAccessExpressionSyntax access, SemanticModel model, RuleContext context, List<HardcodedLeaf> leaves, HashSet<ISymbol> visiting, int depth)
    {
        var array = Unwrap(access.Expression);
        IEnumerable<ExpressionSyntax> arrays = [array];
        ISymbol? held = null;
        if (array is IdentifierNameSyntax or MemberAccessExpressionSyntax)
        {
            switch (model.GetSymbolInfo(array).Symbol)
            {
                case IParameterSymbol when context.Origins.Trace(access).Origin == Model.Origin.Constant:
                    leaves.Add(new HardcodedLeaf(access, null, LeafKind.Unknown));
                    return true;
                case { DeclaringSyntaxReferences.IsEmpty: false } symbol when symbol is ILocalSymbol or IFieldSymbol or IPropertySymbol:
                    if (!visiting.Add(symbol.OriginalDefinition))
                    {
                        return false;
                    }

                    held = symbol.OriginalDefinition;
                    if (StoredValues(symbol, context) is not { EntriesReadFrom.Count: 0, AddedEntries.Count: 0, Values.Count: > 0 } stores)
                    {
                        visiting.Remove(held);
                        return false;
                    }

                    arrays = stores.Values.Select(Unwrap);
                    break;
                default:
                    return false;
            }
        }

        var ok = true;
        foreach (var value in arrays)
        {
            if (WrittenElements(value) is not { Count: > 0 } written || !written.All(element => Resolve(element, context, leaves, visiting, depth + 1)))
            {
                ok = false;
                break;
            }
        }

        if (held != null)
        {
            visiting.Remove(held);
        }

        return ok;
    }

    private static bool ResolveInvocation(InvocationExpressionSyntax invocation, SemanticModel model, RuleContext context, List<HardcodedLeaf> leaves, HashSet<ISymbol> visiting, int depth)
    {
        if (model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol method)
        {
            return false;
        }

        var args = invocation.ArgumentList.Arguments;
        var receiver = (invocation.Expression as MemberAccessExpressionSyntax)?.Expression;

        // Encodings, digests and hex or Base64 spellings of fixed data are as fixed as the data: the MD5 of a literal
        // password is that password in another form, and a key hashed from a literal passphrase is a literal key.
        if (Recoding(invocation, method, model) is { } recoding)
        {
            var first = leaves.Count;
            if (!recoding.Inputs.All(input => Resolve(input, context, leaves, visiting, depth + 1)))
            {
                return false;
            }

            // The digest or spelling of a zero-filled buffer is not itself zeros.
            for (var i = first; i < leaves.Count && !recoding.KeepsZeros; i++)
            {
                if (leaves[i].Kind == LeafKind.ZeroBuffer)
                {
                    leaves[i] = leaves[i] with { Kind = LeafKind.Array };
                }
            }

            return true;
        }

        if (method.Name == "GetValueOrDefault" && args.Count == 1 && receiver != null && IsTextDictionary(model.GetTypeInfo(receiver).Type))
        {
            return ResolveEntries(receiver, context, leaves, visiting, depth + 1);
        }

        var source = (method.ReducedFrom ?? method).OriginalDefinition;
        if (source.DeclaringSyntaxReferences.IsEmpty || source.IsVirtual || source.IsAbstract || !visiting.Add(source))
        {
            return false;
        }

        var returned = source.DeclaringSyntaxReferences.SelectMany(r => Returns(r.GetSyntax())).Where(context.IsReachable).ToList();
        var ok = returned.Count > 0 && returned.All(r => Resolve(r, context, leaves, visiting, depth + 1));
        visiting.Remove(source);
        return ok;
    }

    /// <summary>
    /// The data a library call re-encodes without adding anything of its own, or null when the call is not such a
    /// re-encoding: <c>Encoding.*.GetBytes</c>, <c>Convert.FromBase64String</c>/<c>FromHexString</c>, a string's
    /// <c>ToCharArray</c>, case changes, <c>Trim</c> and <c>Replace</c> with constants; the digests <c>HashData</c> of
    /// MD5, SHA-1, SHA-2, SHA-3 and HMAC (the key of an HMAC is one of its inputs), <c>ComputeHash</c> on a hash
    /// algorithm or on an HMAC created here with a key; and the spellings <c>Convert.ToHexString</c>,
    /// <c>ToHexStringLower</c>, <c>ToBase64String</c> and <c>BitConverter.ToString</c>. Other arguments must be
    /// constants (offsets, counts, formatting options) or a hash algorithm's name.
    /// </summary>
    internal static Recoded? Recoding(InvocationExpressionSyntax invocation, IMethodSymbol method, SemanticModel model)
    {
        var args = invocation.ArgumentList.Arguments;
        var receiver = (invocation.Expression as MemberAccessExpressionSyntax)?.Expression;
        var owner = KnownApis.FullName(method.ContainingType);
        switch (method.Name)
        {
            case "GetBytes" when args.Count == 1 && KnownApis.IsOn(method, "System.Text.Encoding"):
            case "FromBase64String" or "FromHexString" when owner == "System.Convert" && args.Count == 1:
                return new Recoded([args[0].Expression], KeepsZeros: true);
            case "ToCharArray" or "ToArray" when args.Count == 0 && receiver != null && model.GetTypeInfo(receiver).Type is { } receiverType
                && (receiverType.SpecialType == SpecialType.System_String || KnownApis.FullName(receiverType) == "System.ReadOnlySpan`1"):
                return new Recoded([receiver], KeepsZeros: true);
            case "ToLower" or "ToLowerInvariant" or "ToUpper" or "ToUpperInvariant" or "Trim" or "Replace"
                when receiver != null && !method.IsStatic && method.ContainingType.SpecialType == SpecialType.System_String:
                return OnlyConstantsBesides([receiver], args, model);
            case "HashData" when method.IsStatic && IsDataType(method.ReturnType)
                && (KnownApis.IsOrDerivesFrom(method.ContainingType, HashAlgorithm) || owner == CryptographicOperations):
            case "HmacData" when method.IsStatic && IsDataType(method.ReturnType) && owner == CryptographicOperations:
            case "ToHexString" or "ToHexStringLower" or "ToBase64String" when owner == "System.Convert":
            case "ToString" when method.IsStatic && owner == "System.BitConverter" && args.Count > 0 && IsDataType(model.GetTypeInfo(args[0].Expression).Type):
                return DataArguments(args, model);
            case "ComputeHash" when !method.IsStatic && receiver != null && IsDataType(method.ReturnType)
                && model.GetTypeInfo(receiver).Type is { } hasher && KnownApis.IsOrDerivesFrom(hasher, HashAlgorithm):
                if (!KnownApis.IsOrDerivesFrom(hasher, KeyedHashAlgorithm) && KnownApis.FullName(hasher) != HashAlgorithm)
                {
                    return DataArguments(args, model);
                }

                return HmacKey(receiver, model) is { } key && DataArguments(args, model) is { } data ? new Recoded([key, .. data.Inputs], KeepsZeros: false) : null;
            default:
                return null;
        }
    }

    /// <summary>The arguments of text, byte or span type as inputs, when every other argument is a constant or a hash algorithm's name.</summary>
    private static Recoded? DataArguments(SeparatedSyntaxList<ArgumentSyntax> args, SemanticModel model)
    {
        var inputs = args.Select(a => a.Expression).Where(a => IsDataType(model.GetTypeInfo(a).Type)).ToList();
        return inputs.Count > 0 ? OnlyConstantsBesides(inputs, args, model) : null;
    }

    private static Recoded? OnlyConstantsBesides(List<ExpressionSyntax> inputs, SeparatedSyntaxList<ArgumentSyntax> args, SemanticModel model) =>
        args.All(a => inputs.Contains(a.Expression) || (a.RefKindKeyword.IsKind(SyntaxKind.None) && IsFixedOption(a.Expression, model)))
            ? new Recoded(inputs, KeepsZeros: false)
            : null;

    // Offsets, counts, formatting options and culture or algorithm choices do not bring data of their own.
    private static bool IsFixedOption(ExpressionSyntax argument, SemanticModel model) =>
        model.GetConstantValue(argument).HasValue
        || (model.GetTypeInfo(argument).Type is { } type
            && KnownApis.FullName(type) is "System.Security.Cryptography.HashAlgorithmName" or "System.Globalization.CultureInfo" or "System.StringComparison");

    /// <summary>
    /// The key an HMAC was created with, when the receiver is that creation or a local whose only value it is and which
    /// is never handed to a call or given another key; null otherwise (a keyless creation draws a random key).
    /// </summary>
    private static ExpressionSyntax? HmacKey(ExpressionSyntax receiver, SemanticModel model)
    {
        var e = Unwrap(receiver);
        if (e is IdentifierNameSyntax && model.GetSymbolInfo(e).Symbol is ILocalSymbol { DeclaringSyntaxReferences: [var reference] } local
            && reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } init } declarator
            && SyntaxNames.EnclosingMember(declarator) is { } scope
            && !scope.DescendantNodes().OfType<IdentifierNameSyntax>().Any(use => use.Identifier.ValueText == local.Name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(use).Symbol, local) && IsWrittenOrHandedOn(use)))
        {
            e = Unwrap(init);
        }

        return e is BaseObjectCreationExpressionSyntax creation ? ConfigSinks.ArgumentFor(creation, "key", model) : null;
    }

    // A use that may change which key an HMAC holds: reassigning it, setting its Key, or passing it to any call.
    private static bool IsWrittenOrHandedOn(IdentifierNameSyntax use) => use.Parent switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left == use,
        MemberAccessExpressionSyntax { Parent: AssignmentExpressionSyntax assignment } access => access.Expression == use && assignment.Left == access,
        ArgumentSyntax => true,
        _ => false,
    };

    private static bool ResolveSymbol(ExpressionSyntax e, SemanticModel model, RuleContext context, List<HardcodedLeaf> leaves, HashSet<ISymbol> visiting, int depth)
    {
        var symbol = model.GetSymbolInfo(e).Symbol;
        switch (symbol)
        {
            case IParameterSymbol:
                // An object parameter read as text (`(string)dataObject`) is text here; the cast was stripped before.
                if ((IsDataType(model.GetTypeInfo(e).Type) || model.GetTypeInfo(e).Type?.SpecialType == SpecialType.System_Object)
                    && context.Origins.Trace(e).Origin == Model.Origin.Constant)
                {
                    leaves.Add(new HardcodedLeaf(e, null, LeafKind.Unknown));
                    return true;
                }

                return false;
            case ILocalSymbol or IFieldSymbol or IPropertySymbol when !symbol.DeclaringSyntaxReferences.IsEmpty:
                if (!visiting.Add(symbol.OriginalDefinition))
                {
                    return false;
                }

                var stores = StoredValues(symbol, context);
                var ok = stores is not null && stores.Values.Count + stores.EntriesReadFrom.Count > 0
                    && stores.Values.All(v => Resolve(v, context, leaves, visiting, depth + 1))
                    && stores.EntriesReadFrom.All(d => ResolveEntries(d, context, leaves, visiting, depth + 1));
                visiting.Remove(symbol.OriginalDefinition);
                return ok;
            case IFieldSymbol or IPropertySymbol when context.ConstantValue(e) is string text:
                leaves.Add(new HardcodedLeaf(e, text, LeafKind.Text));
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Every value that <paramref name="dictionary"/> maps to is fixed: the entries of the collection initialisers it is
    /// created with and of its <c>Add</c>/<c>TryAdd</c> calls. A dictionary copied from another collection, written by
    /// index, filled by <c>AddOrUpdate</c>/<c>GetOrAdd</c> or passed to any call (which may fill it: <c>Bind</c>,
    /// <c>PopulateObject</c>, a project method) is not fixed.
    /// </summary>
    private static bool ResolveEntries(ExpressionSyntax dictionary, RuleContext context, List<HardcodedLeaf> leaves, HashSet<ISymbol> visiting, int depth)
    {
        var e = Unwrap(dictionary);
        var model = context.ModelFor(e.SyntaxTree);
        if (depth > 12 || e is not (IdentifierNameSyntax or MemberAccessExpressionSyntax) || !IsTextDictionary(model.GetTypeInfo(e).Type)
            || model.GetSymbolInfo(e).Symbol is not { DeclaringSyntaxReferences.IsEmpty: false } symbol
            || symbol is not (ILocalSymbol or IFieldSymbol or IPropertySymbol) || !visiting.Add(symbol.OriginalDefinition))
        {
            return false;
        }

        var stores = StoredValues(symbol, context);
        var entries = stores is null ? null : InitialEntries(stores.Values, context)?.Concat(stores.AddedEntries).ToList();
        var ok = entries is { Count: > 0 } && entries.All(v => Resolve(v, context, leaves, visiting, depth + 1));
        visiting.Remove(symbol.OriginalDefinition);
        return ok;
    }

    /// <summary>The values of the entries the dictionaries are created with, or null when one is not a creation, or copies another collection.</summary>
    private static List<ExpressionSyntax>? InitialEntries(List<ExpressionSyntax> creations, RuleContext context)
    {
        var entries = new List<ExpressionSyntax>();
        foreach (var value in creations)
        {
            if (Unwrap(value) is not BaseObjectCreationExpressionSyntax creation)
            {
                return null;
            }

            // A comparer or a capacity leaves the dictionary empty; another collection copies entries nobody sees here.
            var model = context.ModelFor(creation.SyntaxTree);
            if (creation.ArgumentList?.Arguments.Any(a => model.GetTypeInfo(a.Expression).Type is { } argumentType
                && argumentType.SpecialType != SpecialType.System_String
                && argumentType.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable)) == true)
            {
                return null;
            }

            foreach (var element in creation.Initializer?.Expressions ?? default)
            {
                switch (element)
                {
                    case InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression, Expressions: [_, var entryValue] }:
                        entries.Add(entryValue);
                        break;
                    case AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax, Right: var indexedValue }:
                        entries.Add(indexedValue);
                        break;
                    default:
                        return null;
                }
            }
        }

        return entries;
    }

    /// <summary>Whether a type is a dictionary (<c>IDictionary</c> or <c>IReadOnlyDictionary</c>) whose values can hold a secret.</summary>
    private static bool IsTextDictionary(ITypeSymbol? type) =>
        type != null && (type is INamedTypeSymbol named ? named.AllInterfaces.Add(named) : type.AllInterfaces).Any(
            i => KnownApis.FullName(i) is "System.Collections.Generic.IDictionary`2" or "System.Collections.Generic.IReadOnlyDictionary`2"
                && i.TypeArguments is [_, var valueType] && IsDataType(valueType));

    /// <summary>The dictionary a <c>TryGetValue(key, out value)</c> call reads when <paramref name="argument"/> is its <c>out</c> argument.</summary>
    private static ExpressionSyntax? TryGetValueSource(ArgumentSyntax argument, SemanticModel model) =>
        argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword)
        && argument.Parent?.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call
        && model.GetSymbolInfo(call).Symbol is IMethodSymbol { Name: "TryGetValue" }
        && IsTextDictionary(model.GetTypeInfo(access.Expression).Type)
            ? access.Expression
            : null;

    /// <summary>What is written to a variable.</summary>
    /// <param name="Values">The values assigned to it or initialising it.</param>
    /// <param name="EntriesReadFrom">Dictionaries whose entries <c>TryGetValue</c> writes into it.</param>
    /// <param name="AddedEntries">For a dictionary, the values its <c>Add</c> and <c>TryAdd</c> calls put in.</param>
    private sealed record Stores(List<ExpressionSyntax> Values, List<ExpressionSyntax> EntriesReadFrom, List<ExpressionSyntax> AddedEntries);

    /// <summary>
    /// The values written to a local (within its method) or a field or property (within its type), or null when it is
    /// also written in a way that is not a plain assignment: out/ref (other than a dictionary's <c>TryGetValue</c>),
    /// element writes, a call that fills the array, or for a dictionary any call it is passed to and the inserting calls
    /// whose values are not plain arguments. Writes on a path a fixed condition never takes do not count, of any kind:
    /// they never run, so they neither add a value nor make the variable unknown.
    /// </summary>
    private static Stores? StoredValues(ISymbol symbol, RuleContext context)
    {
        var values = new List<ExpressionSyntax>();
        var entriesReadFrom = new List<ExpressionSyntax>();
        var addedEntries = new List<ExpressionSyntax>();
        var scopes = new List<SyntaxNode>();
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax();
            switch (declaration)
            {
                case VariableDeclaratorSyntax { Initializer.Value: { } init } when context.IsReachable(declaration):
                    values.Add(init);
                    break;
                case PropertyDeclarationSyntax computed when computed.ExpressionBody != null
                    || computed.AccessorList?.Accessors.Any(a => a.Body != null || a.ExpressionBody != null) == true:
                    values.AddRange(Returns(declaration).Where(context.IsReachable));
                    break;
                case PropertyDeclarationSyntax { Initializer.Value: { } propertyInit }:
                    values.Add(propertyInit);
                    break;
                case SingleVariableDesignationSyntax { Parent: DeclarationExpressionSyntax { Parent: ArgumentSyntax outArgument } }:
                    if (TryGetValueSource(outArgument, context.ModelFor(declaration.SyntaxTree)) is not { } source)
                    {
                        return null;
                    }

                    entriesReadFrom.Add(source);
                    break;
            }

            if (symbol is ILocalSymbol)
            {
                scopes.Add(SyntaxNames.EnclosingMember(declaration) ?? declaration.Parent ?? declaration);
            }
        }

        if (symbol is not ILocalSymbol)
        {
            scopes.AddRange(symbol.ContainingType.DeclaringSyntaxReferences.Select(r => r.GetSyntax()));

            // A member other types can reach may be written there too (`Settings.Password = configuration["pw"]`): the
            // members holding such writes are read as well, or the initialiser would pass for the only value.
            if (symbol.DeclaredAccessibility != Accessibility.Private)
            {
                scopes.AddRange(context.WritesTo(symbol.Name)
                    .Where(write => !scopes.Any(scope => scope.SyntaxTree == write.SyntaxTree && scope.Span.Contains(write.Span)))
                    .Select(write => SyntaxNames.EnclosingMember(write) ?? write)
                    .Distinct()
                    .ToList());
            }
        }

        var type = symbol switch
        {
            ILocalSymbol l => l.Type,
            IFieldSymbol f => f.Type,
            IPropertySymbol p => p.Type,
            _ => null,
        };
        var isBuffer = type is IArrayTypeSymbol;
        var isDictionary = IsTextDictionary(type);
        foreach (var scope in scopes)
        {
            var model = context.ModelFor(scope.SyntaxTree);
            foreach (var node in scope.DescendantNodes())
            {
                switch (node)
                {
                    case AssignmentExpressionSyntax { Left: TupleExpressionSyntax tuple } deconstruction when context.IsReachable(deconstruction):
                        values.AddRange(ProjectIndex.DeconstructionTargets(tuple).Where(target => Refers(model, target, symbol))
                            .Select(target => ProjectIndex.DeconstructedValue(deconstruction, target)));
                        break;
                    case AssignmentExpressionSyntax assignment when Refers(model, assignment.Left, symbol) && context.IsReachable(assignment):
                        if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
                        {
                            return null;
                        }

                        values.Add(assignment.Right);
                        break;
                    case AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax element } when Refers(model, element.Expression, symbol) && context.IsReachable(node):
                        return null;
                    case ArgumentSyntax argument when Refers(model, argument.Expression, symbol) && context.IsReachable(argument):
                        if (TryGetValueSource(argument, model) is { } source)
                        {
                            entriesReadFrom.Add(source);
                            break;
                        }

                        if (!argument.RefKindKeyword.IsKind(SyntaxKind.None) || isDictionary)
                        {
                            return null;
                        }

                        if (isBuffer && argument.Parent?.Parent is InvocationExpressionSyntax call && Fills(call, argument, model))
                        {
                            return null;
                        }

                        break;
                    case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var receiver } access } insertion
                        when isDictionary && Refers(model, receiver, symbol) && context.IsReachable(insertion):
                        var name = access.Name.Identifier.ValueText;
                        if (name is "Add" or "TryAdd" && insertion.ArgumentList.Arguments is [_, var added])
                        {
                            addedEntries.Add(added.Expression);
                        }
                        else if (name is "AddOrUpdate" or "GetOrAdd" or "TryUpdate" or "Add" or "TryAdd")
                        {
                            return null;
                        }

                        break;
                }
            }
        }

        return new Stores(values, entriesReadFrom, addedEntries);
    }

    /// <summary>Whether a call may write into an array passed to it: random fills, reads, copies, or a project method.</summary>
    private static bool Fills(InvocationExpressionSyntax call, ArgumentSyntax argument, SemanticModel model)
    {
        if (SyntaxNames.CalledName(call) is { } name && FillingCalls.Contains(name))
        {
            return true;
        }

        if (model.GetSymbolInfo(call).Symbol is IMethodSymbol { DeclaringSyntaxReferences.IsEmpty: false })
        {
            return true;
        }

        return ConfigSinks.ParameterOf(argument, model) is { } parameter && KnownApis.FullName(parameter.Type) == "System.Span`1";
    }

    private static bool Refers(SemanticModel model, ExpressionSyntax expression, ISymbol symbol) =>
        expression is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or IdentifierNameSyntax }
        && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(expression).Symbol?.OriginalDefinition, symbol.OriginalDefinition);

    /// <summary>Whether a value of this type can hold a secret: text, bytes or characters.</summary>
    private static bool IsDataType(ITypeSymbol? type) => type switch
    {
        null => false,
        { SpecialType: SpecialType.System_String } => true,
        IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte or SpecialType.System_Char } => true,
        _ => KnownApis.FullName(type) is "System.ReadOnlySpan`1" or "System.Span`1" or "System.ReadOnlyMemory`1" or "System.Memory`1",
    };

    /// <summary>The expressions a method, property or accessor returns, outside nested lambdas and local functions.</summary>
    internal static IEnumerable<ExpressionSyntax> Returns(SyntaxNode declaration)
    {
        var arrow = declaration switch
        {
            MethodDeclarationSyntax m => m.ExpressionBody,
            LocalFunctionStatementSyntax l => l.ExpressionBody,
            PropertyDeclarationSyntax p => p.ExpressionBody,
            AccessorDeclarationSyntax a => a.ExpressionBody,
            _ => null,
        };
        if (arrow != null)
        {
            return [arrow.Expression];
        }

        if (declaration is PropertyDeclarationSyntax { AccessorList: { } list })
        {
            var getter = list.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
            return getter is null ? [] : Returns(getter);
        }

        SyntaxNode? body = declaration switch
        {
            MethodDeclarationSyntax m => m.Body,
            LocalFunctionStatementSyntax l => l.Body,
            AccessorDeclarationSyntax a => a.Body,
            _ => null,
        };
        return body is null ? [] : ReturnsIn(body);
    }

    /// <summary>The expressions returned in a body, outside nested lambdas and local functions.</summary>
    internal static IEnumerable<ExpressionSyntax> ReturnsIn(SyntaxNode body) =>
        body.DescendantNodes(n => n is not (LambdaExpressionSyntax or LocalFunctionStatementSyntax or AnonymousMethodExpressionSyntax))
            .OfType<ReturnStatementSyntax>().Select(r => r.Expression).OfType<ExpressionSyntax>();
}

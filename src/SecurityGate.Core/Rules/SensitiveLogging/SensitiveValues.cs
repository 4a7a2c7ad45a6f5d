using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Rules.SensitiveLogging;

/// <summary>Why a logged piece is sensitive.</summary>
/// <param name="Kind"><see cref="SensitiveKind.Secret"/> or <see cref="SensitiveKind.PersonalData"/>.</param>
/// <param name="Reason">A short clause for the message: "name says password".</param>
internal readonly record struct SensitiveEvidence(SensitiveKind Kind, string Reason);

/// <summary>
/// Decides whether a logged piece is a secret or personal data, from what the code says about it: the name of the
/// variable, member or method it reads (typed: a <c>bool passwordValid</c> or <c>int tokenCount</c> is no secret), the
/// key it reads from configuration, a header or a form, a Key Vault read, a connection string with a password, or
/// the members of an object written whole. A constant whose value is only its own label (<c>PASSWORD = "Password"</c>)
/// or a placeholder (<c>"****"</c>) is no secret; any other constant is (constant does not mean harmless here).
/// </summary>
internal static class SensitiveValues
{
    private static readonly Regex ConnectionStringPassword = new(@"(?:^|;)\s*(?:password|pwd)\s*=\s*(?![\s;{])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "redacted", "[redacted]", "<redacted>", "hidden", "[hidden]", "<hidden>", "n/a", "none", "null", "changeme", "change-me", "masked", "[masked]",
    };

    /// <summary>The evidence that a piece is sensitive; empty when nothing says so.</summary>
    public static List<SensitiveEvidence> Find(LoggedPart part, RuleContext context) => Find(part, context, 0);

    private static List<SensitiveEvidence> Find(LoggedPart part, RuleContext context, int depth)
    {
        var found = new List<SensitiveEvidence>();
        var expression = Underlying(part.Expression, context.Model);
        var model = context.Model;
        var type = model.GetTypeInfo(expression).Type;

        if (context.ConstantValue(expression) is string constant && ConnectionStringPassword.IsMatch(constant))
        {
            found.Add(new SensitiveEvidence(SensitiveKind.Secret, "connection string with a password"));
            return found;
        }

        if (FromSecretStore(expression, model, 0))
        {
            found.Add(new SensitiveEvidence(SensitiveKind.Secret, "value read from Key Vault"));
            return found;
        }

        if (KeyOf(expression, model, 0) is { } key && SensitiveNames.Classify(key.Split(':')[^1]) is { } keyName && Accepts(keyName, type))
        {
            found.Add(new SensitiveEvidence(keyName.Kind, $"'{key}' entry names {Describe(keyName)}"));
            return found;
        }

        var (name, symbol) = NameOf(expression, model);
        if (symbol != null && HasPersonalDataAttribute(symbol))
        {
            found.Add(new SensitiveEvidence(SensitiveKind.PersonalData, $"'{symbol.Name}' is marked [PersonalData]"));
            return found;
        }

        if (name != null && SensitiveNames.Classify(name) is { } sensitive && Accepts(sensitive, type) && !IsLabelOrPlaceholder(expression, name, sensitive, context))
        {
            found.Add(new SensitiveEvidence(sensitive.Kind, $"name says {sensitive.Phrase}"));
            return found;
        }

        if (type is INamedTypeSymbol named && WrittenWhole(named, part.Destructured, context) is { } members)
        {
            foreach (var kind in new[] { SensitiveKind.Secret, SensitiveKind.PersonalData })
            {
                var hits = members.Where(m => MemberKind(m) == kind).Select(m => $"{named.Name}.{m.Name}").ToList();
                if (hits.Count > 0)
                {
                    var what = kind == SensitiveKind.Secret ? "a secret" : "personal data";
                    found.Add(new SensitiveEvidence(kind, $"its member {string.Join(", ", hits.Take(3))}{(hits.Count > 3 ? ", …" : string.Empty)} {(hits.Count == 1 ? "is" : "are")} {what}"));
                }
            }
        }

        // "var data = password; log(data)": a neutral local says nothing, so what it was initialised with speaks.
        if (found.Count == 0 && depth < 3 && expression is IdentifierNameSyntax identifier && Initializer(identifier, model) is { } init)
        {
            foreach (var piece in LogSinks.Parts(new LoggedValue(init, IsTemplate: false, part.Destructured), model))
            {
                foreach (var evidence in Find(piece with { Value = part.Value }, context, depth + 1))
                {
                    found.Add(evidence with { Reason = $"'{identifier.Identifier.ValueText}' = '{Shorten(piece.Expression.ToString())}': {evidence.Reason}" });
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Reports every piece of every value a log, trace or console sink writes that is of <paramref name="kind"/>.
    /// HTTP responses are left out: what a service returns to its caller is an authorisation question, not logging.
    /// </summary>
    public static void Report(RuleDescriptor rule, SensitiveKind kind, InvocationExpressionSyntax invocation, RuleContext context, string fix)
    {
        if (LogSinks.Find(invocation, context) is not { Kind: not SinkKind.HttpResponse } sink)
        {
            return;
        }

        var reported = new HashSet<SyntaxNode>();
        foreach (var value in sink.Values)
        {
            if (kind == SensitiveKind.Secret && value.Expression is InterpolatedStringExpressionSyntax interpolated && HasConnectionStringPassword(interpolated))
            {
                reported.Add(value.Expression);
                context.Report(rule, value.Expression, $"{sink.Name} writes a connection string with a password; {fix}", context.Origins.Trace(value.Expression));
            }

            foreach (var part in LogSinks.Parts(value, context.Model))
            {
                foreach (var evidence in Find(part, context))
                {
                    if (evidence.Kind == kind && reported.Add(part.Expression))
                    {
                        context.Report(rule, part.Expression, $"{sink.Name} writes '{Shorten(part.Expression.ToString())}' ({evidence.Reason}); {fix}", context.Origins.Trace(part.Expression));
                    }
                }
            }
        }
    }

    /// <summary>Source text on one line, cut to 60 characters, for messages.</summary>
    public static string Shorten(string text)
    {
        var flat = string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 60 ? flat : flat[..57] + "...";
    }

    /// <summary>Whether the text of an interpolated string carries a connection string with a password.</summary>
    public static bool HasConnectionStringPassword(InterpolatedStringExpressionSyntax interpolated)
    {
        var text = string.Concat(interpolated.Contents.Select(c => c is InterpolatedStringTextSyntax t ? t.TextToken.ValueText : "{}"));
        return ConnectionStringPassword.IsMatch(text);
    }

    /// <summary>What a piece is underneath conversions that keep its content: <c>x.ToString()</c>, <c>new string(x)</c>, <c>Encoding.GetString(x)</c>, <c>Convert.ToBase64String(x)</c>.</summary>
    private static ExpressionSyntax Underlying(ExpressionSyntax expression, SemanticModel model)
    {
        for (var i = 0; i < 4; i++)
        {
            expression = LogSinks.Unwrap(expression);
            switch (expression)
            {
                case InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } call when SyntaxNames.CalledName(call) == "ToString" && LogSinks.Receiver(call) is { } receiver:
                    expression = receiver;
                    continue;
                case ConditionalAccessExpressionSyntax { WhenNotNull: InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax { Name.Identifier.ValueText: "ToString" }, ArgumentList.Arguments.Count: 0 } } conditional:
                    expression = conditional.Expression;
                    continue;
                case ObjectCreationExpressionSyntax { ArgumentList.Arguments: [var only] } creation
                    when model.GetTypeInfo(creation).Type?.SpecialType == SpecialType.System_String:
                    expression = only.Expression;
                    continue;
                case InvocationExpressionSyntax { ArgumentList.Arguments: [var first, ..] } call
                    when model.GetSymbolInfo(call).Symbol is IMethodSymbol method
                    && ((method.Name == "GetString" && KnownApis.IsOn(method, "System.Text.Encoding")) || (method.Name == "ToBase64String" && KnownApis.FullName(method.ContainingType) == "System.Convert")):
                    expression = first.Expression;
                    continue;
            }

            break;
        }

        return expression;
    }

    private static (string? Name, ISymbol? Symbol) NameOf(ExpressionSyntax expression, SemanticModel model)
    {
        switch (expression)
        {
            case IdentifierNameSyntax identifier:
                return (identifier.Identifier.ValueText, model.GetSymbolInfo(identifier).Symbol);
            case MemberAccessExpressionSyntax access:
                var name = access.Name.Identifier.ValueText;
                var symbol = model.GetSymbolInfo(access).Symbol;

                // "secret.Value", "passwordBox.Text": the member only says "the value of", so the owner's name speaks.
                if (SensitiveNames.IsNeutral(name) && NameOf(LogSinks.Unwrap(access.Expression), model).Name is { } owner)
                {
                    return (owner + "_" + name, symbol);
                }

                return (name, symbol);
            case ConditionalAccessExpressionSyntax { WhenNotNull: MemberBindingExpressionSyntax binding }:
                return (binding.Name.Identifier.ValueText, model.GetSymbolInfo(binding).Symbol);
            case ElementAccessExpressionSyntax element:
                return (NameOf(LogSinks.Unwrap(element.Expression), model).Name, null);
            case InvocationExpressionSyntax invocation:
                return (SyntaxNames.CalledName(invocation), model.GetSymbolInfo(invocation).Symbol);
            default:
                return (null, null);
        }
    }

    /// <summary>A value read from Azure Key Vault: <c>GetSecret(…)</c>, its <c>.Value</c>, or <c>KeyVaultSecret.Value</c>, through locals.</summary>
    private static bool FromSecretStore(ExpressionSyntax expression, SemanticModel model, int depth)
    {
        if (depth > 3)
        {
            return false;
        }

        expression = LogSinks.Unwrap(expression);
        switch (expression)
        {
            case InvocationExpressionSyntax invocation:
                return model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method && method.Name.StartsWith("GetSecret", StringComparison.Ordinal)
                    && KnownApis.IsOn(method, "Azure.Security.KeyVault.Secrets.SecretClient");
            case MemberAccessExpressionSyntax access when model.GetSymbolInfo(access).Symbol is IPropertySymbol { Name: "Value" } property:
                return KnownApis.FullName(property.ContainingType) == "Azure.Security.KeyVault.Secrets.KeyVaultSecret" || FromSecretStore(access.Expression, model, depth + 1);
            case IdentifierNameSyntax identifier when Initializer(identifier, model) is { } init:
                return FromSecretStore(init, model, depth + 1);
            default:
                return false;
        }
    }

    /// <summary>The constant key a value is looked up by: <c>config["Db:Password"]</c>, <c>Request.Form["ssn"]</c>, <c>GetValue&lt;string&gt;("ApiKey")</c>, <c>GetSection("Jwt:Secret").Value</c>.</summary>
    private static string? KeyOf(ExpressionSyntax expression, SemanticModel model, int depth)
    {
        if (depth > 3)
        {
            return null;
        }

        expression = LogSinks.Unwrap(expression);
        switch (expression)
        {
            case ElementAccessExpressionSyntax { ArgumentList.Arguments: [var key] } element when model.GetSymbolInfo(element).Symbol is IPropertySymbol { IsIndexer: true }:
                return model.GetConstantValue(key.Expression) is { HasValue: true, Value: string text } ? text : null;
            case InvocationExpressionSyntax invocation when model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method && KnownApis.IsConfiguration(method):
                return invocation.ArgumentList.Arguments.Select(a => model.GetConstantValue(a.Expression)).FirstOrDefault(c => c is { HasValue: true, Value: string }).Value as string;
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" } access when model.GetSymbolInfo(access).Symbol is IPropertySymbol property && KnownApis.IsConfiguration(property):
                return KeyOf(access.Expression, model, depth + 1);
            case IdentifierNameSyntax identifier when Initializer(identifier, model) is { } init:
                return KeyOf(init, model, depth + 1);
            default:
                return null;
        }
    }

    /// <summary>The initializer of a local that is never assigned again in its method, in the same tree.</summary>
    internal static ExpressionSyntax? Initializer(IdentifierNameSyntax identifier, SemanticModel model)
    {
        if (model.GetSymbolInfo(identifier).Symbol is not ILocalSymbol local
            || local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } init } declarator
            || declarator.SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        var scope = SyntaxNames.EnclosingMember(declarator) ?? declarator.Parent;
        var reassigned = scope?.DescendantNodes().OfType<AssignmentExpressionSyntax>()
            .Any(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: var n } left && n == local.Name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(left).Symbol, local)) == true;
        return reassigned ? null : init;
    }

    private static bool Accepts(SensitiveName name, ITypeSymbol? type) => name.Kind switch
    {
        SensitiveKind.Secret => IsTextLike(type, 0),
        SensitiveKind.PersonalData => name.TextOnly ? IsTextLike(type, 0) : type is null || !IsBoolean(type),
        _ => false,
    };

    private static string Describe(SensitiveName name) => name.Kind == SensitiveKind.PersonalData ? $"personal data ({name.Phrase})" : $"a secret ({name.Phrase})";

    /// <summary>Types that can hold a secret's text: strings, characters and bytes, <c>SecureString</c>, objects, and collections of them.</summary>
    private static bool IsTextLike(ITypeSymbol? type, int depth)
    {
        if (type is null || depth > 2)
        {
            return false;
        }

        if (type.SpecialType is SpecialType.System_String or SpecialType.System_Object || type.TypeKind == TypeKind.Dynamic)
        {
            return true;
        }

        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType.SpecialType is SpecialType.System_Char or SpecialType.System_Byte || IsTextLike(array.ElementType, depth + 1);
        }

        var full = KnownApis.FullName(type);
        if (full is "System.Security.SecureString" or "System.Text.StringBuilder" or "Microsoft.Extensions.Primitives.StringValues")
        {
            return true;
        }

        if (type is INamedTypeSymbol { TypeArguments: [var element] } named)
        {
            if (full is "System.ReadOnlySpan`1" or "System.Span`1" or "System.ReadOnlyMemory`1" or "System.Memory`1")
            {
                return element.SpecialType is SpecialType.System_Char or SpecialType.System_Byte;
            }

            return named.AllInterfaces.Any(i => KnownApis.FullName(i) == "System.Collections.Generic.IEnumerable`1") && IsTextLike(element, depth + 1);
        }

        return false;
    }

    private static bool IsBoolean(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_Boolean
        || (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: [{ SpecialType: SpecialType.System_Boolean }] });

    /// <summary>A constant that only names the concept (<c>PASSWORD = "Password"</c>) or stands in for it (<c>"****"</c>, <c>"&lt;redacted&gt;"</c>).</summary>
    private static bool IsLabelOrPlaceholder(ExpressionSyntax expression, string name, SensitiveName sensitive, RuleContext context)
    {
        // Only declared constants: a settable property that the project never assigns is still filled by binders and deserialisers.
        var symbol = context.Model.GetSymbolInfo(expression).Symbol;
        if (symbol is not (IFieldSymbol { IsConst: true } or IFieldSymbol { IsReadOnly: true } or ILocalSymbol { IsConst: true })
            || context.ConstantValue(expression) is not string value)
        {
            return false;
        }

        var trimmed = value.Trim();
        if (trimmed.Length == 0 || trimmed.All(c => "*xX#•●.-_ ".Contains(c)) || Placeholders.Contains(trimmed)
            || (trimmed.Length > 1 && ((trimmed[0] == '<' && trimmed[^1] == '>') || (trimmed[0] == '{' && trimmed[^1] == '}') || (trimmed[0] == '%' && trimmed[^1] == '%') || trimmed.StartsWith("${", StringComparison.Ordinal))))
        {
            return true;
        }

        if (trimmed.Any(c => !(char.IsLetter(c) || c is ' ' or '_' or '-' or ':' or '.')))
        {
            return false;
        }

        var words = SensitiveNames.Words(trimmed);
        return words.SequenceEqual(SensitiveNames.Words(name)) || string.Join(" ", words) == sensitive.Phrase;
    }

    private static bool HasPersonalDataAttribute(ISymbol symbol) =>
        symbol is IPropertySymbol or IFieldSymbol
        && symbol.GetAttributes().Any(a => IsPersonalDataAttribute(a.AttributeClass));

    private static bool IsPersonalDataAttribute(INamedTypeSymbol? attribute)
    {
        for (var current = attribute; current != null; current = current.BaseType)
        {
            if (KnownApis.FullName(current) == "Microsoft.AspNetCore.Identity.PersonalDataAttribute")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The members a sink writes when it writes the object itself: every public property when it is destructured
    /// (<c>{@User}</c>, JSON, an HTTP result) or a record (whose generated <c>ToString</c> lists them), or the members
    /// its own <c>ToString</c> override reads. Null when the sink writes only the type name.
    /// </summary>
    private static List<ISymbol>? WrittenWhole(INamedTypeSymbol type, bool destructured, RuleContext context)
    {
        if (type.SpecialType != SpecialType.None || type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || LogSinks.IsException(type)
            || type.ContainingNamespace?.ToDisplayString() is { } ns && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.", StringComparison.Ordinal)))
        {
            return null;
        }

        if (destructured || type.IsRecord)
        {
            var members = new List<ISymbol>();
            for (var current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                members.AddRange(current.GetMembers().OfType<IPropertySymbol>()
                    .Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic && !p.IsIndexer && p.GetMethod != null && p.Name != "EqualityContract"));
            }

            return members;
        }

        var toString = FindToStringOverride(type);
        if (toString?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not { } body)
        {
            return null;
        }

        var read = new List<ISymbol>();
        var bodyModel = context.ModelFor(body.SyntaxTree);
        foreach (var identifier in body.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (bodyModel.GetSymbolInfo(identifier).Symbol is IPropertySymbol or IFieldSymbol && bodyModel.GetSymbolInfo(identifier).Symbol is { } member
                && IsMemberOf(member, type) && !read.Contains(member, SymbolEqualityComparer.Default))
            {
                read.Add(member);
            }
        }

        return read;
    }

    private static bool IsMemberOf(ISymbol member, INamedTypeSymbol type)
    {
        for (var current = type; current != null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(member.ContainingType?.OriginalDefinition, current.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private static IMethodSymbol? FindToStringOverride(INamedTypeSymbol type)
    {
        for (var current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            var method = current.GetMembers("ToString").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.IsEmpty && m.IsOverride);
            if (method != null)
            {
                return method.DeclaringSyntaxReferences.IsEmpty ? null : method;
            }
        }

        return null;
    }

    private static SensitiveKind? MemberKind(ISymbol member)
    {
        if (HasPersonalDataAttribute(member))
        {
            return SensitiveKind.PersonalData;
        }

        var type = member switch
        {
            IPropertySymbol p => p.Type,
            IFieldSymbol f => f.Type,
            _ => null,
        };
        return SensitiveNames.Classify(member.Name) is { Kind: not SensitiveKind.ConnectionString } name && Accepts(name, type) ? name.Kind : null;
    }
}

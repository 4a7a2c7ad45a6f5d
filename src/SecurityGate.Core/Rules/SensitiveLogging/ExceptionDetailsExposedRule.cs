using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.SensitiveLogging;

/// <summary>
/// SG2003: an exception's full text (<c>ex.ToString()</c>, the exception object itself, also inside an interpolation or
/// concatenation), its <c>StackTrace</c> or <c>Environment.StackTrace</c> written where a user sees it: the console,
/// standard error, or an HTTP response. <c>ex.Message</c> stays silent (it rarely carries internals and is often the
/// only useful text); so do loggers and <c>Trace</c>/<c>Debug</c>, which operators read: passing the exception to a
/// logger (<c>logger.LogError(ex, "…")</c>) is the recommended practice. A project method whose parameter such a sink
/// writes (<c>static void Line(string text) =&gt; Console.WriteLine(text)</c>) makes its calls sinks too, through a few
/// such methods: the detail is reported where it is passed.
/// </summary>
public sealed class ExceptionDetailsExposedRule : SecurityRule
{

    // Wrappers of wrappers followed from a sink: enough for an output helper behind a formatting helper, not a program-wide search.
    private const int MaxWrapperDepth = 3;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.ExceptionDetailsExposed;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } = [SyntaxKind.InvocationExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => LogSinks.IsCandidate(node);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (LogSinks.Find((InvocationExpressionSyntax)node, context) is not { IsUserVisible: true } sink)
        {
            return;
        }

        HashSet<IParameterSymbol>? followed = null;
        foreach (var value in sink.Values)
        {
            foreach (var part in LogSinks.Parts(value, context.Model))
            {
                var expression = LogSinks.Unwrap(part.Expression);
                if (Detail(expression, context.Model) is { } detail)
                {
                    context.Report(
                        Descriptor,
                        part.Expression,
                        $"{sink.Name} shows '{SensitiveValues.Shorten(part.Expression.ToString())}' ({detail}) to the user; log the exception and show a generic message",
                        Origin.Internal);
                    continue;
                }

                foreach (var parameter in WrittenParameters(expression, context.Model, 0))
                {
                    ReportCallers(parameter, context, followed ??= new(SymbolEqualityComparer.Default), 0);
                }
            }
        }
    }

    /// <summary>
    /// The sink writes what its method's callers pass for <paramref name="parameter"/>: an exception detail passed there
    /// is reported where it is passed, and a parameter of the caller passed there is followed to its own callers, so a
    /// wrapper of a wrapper is seen too. Bounded by <see cref="MaxWrapperDepth"/> methods; call sites are those data
    /// flow resolves, once per method.
    /// </summary>
    private void ReportCallers(IParameterSymbol parameter, RuleContext context, HashSet<IParameterSymbol> followed, int depth)
    {
        if (depth >= MaxWrapperDepth || !followed.Add(parameter) || IsReassigned(parameter))
        {
            return;
        }

        foreach (var (argument, called) in context.Origins.ArgumentsPassedFor(parameter, MayPassDetail))
        {
            if (!context.IsAnalysed(argument.SyntaxTree))
            {
                continue;
            }

            var model = context.ModelFor(argument.SyntaxTree);
            foreach (var part in LogSinks.Parts(new LoggedValue(argument, IsTemplate: false, Destructured: false), model))
            {
                var expression = LogSinks.Unwrap(part.Expression);
                if (Detail(expression, model) is { } detail)
                {
                    // Named for the wrapper, not for the sink inside it, so a wrapper with two sinks gives one finding.
                    context.Report(
                        Descriptor,
                        part.Expression,
                        $"{called.ContainingType.Name}.{called.Name}({parameter.Name}) shows '{SensitiveValues.Shorten(part.Expression.ToString())}' ({detail}) to the user; log the exception and show a generic message",
                        Origin.Internal);
                    continue;
                }

                foreach (var outer in WrittenParameters(expression, model, 0))
                {
                    ReportCallers(outer, context, followed, depth + 1);
                }
            }
        }
    }

    /// <summary>
    /// Whether a call to a wrapper is worth binding to see what it passes, judged by syntax alone: an argument (or a part
    /// of one joined by <c>+</c>, an interpolation or <c>?:</c>) names an exception (a catch variable, a parameter
    /// declared as an exception, <c>task.Exception</c>, <c>ex.InnerException</c>) or a stack trace, or passes on
    /// text its own member was given (a wrapper of a wrapper). A wrapper called all over a project then binds only the
    /// calls that can pass an exception's details, not every method that logs a progress line or an exception's message.
    /// </summary>
    private static bool MayPassDetail(SyntaxNode site)
    {
        var arguments = SyntaxNames.Arguments(site);
        if (arguments.Count == 0)
        {
            return false;
        }

        var member = SyntaxNames.EnclosingMember(site);
        HashSet<string>? carriers = null;
        foreach (var part in arguments.SelectMany(a => TextParts(a.Expression)))
        {
            switch (part)
            {
                case InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString" } access }
                    when NamesException(access.Expression, site, member):
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "StackTrace" }:
                case ConditionalAccessExpressionSyntax
                {
                    WhenNotNull: InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax { Name.Identifier.ValueText: "ToString" }, ArgumentList.Arguments.Count: 0 }
                        or MemberBindingExpressionSyntax { Name.Identifier.ValueText: "StackTrace" },
                } conditional when NamesException(conditional.Expression, site, member):
                    return true;
                case IdentifierNameSyntax name when (carriers ??= CarriersOfParameters(member)).Contains(name.Identifier.ValueText):
                    return true;
                case var other when NamesException(other, site, member):
                    return true;
            }
        }

        return false;
    }

    /// <summary>The parts text is joined from: both sides of <c>+</c> and <c>??</c>, interpolation holes, the branches of <c>?:</c>.</summary>
    private static IEnumerable<ExpressionSyntax> TextParts(ExpressionSyntax expression) => expression switch
    {
        ParenthesizedExpressionSyntax parenthesized => TextParts(parenthesized.Expression),
        CastExpressionSyntax cast => TextParts(cast.Expression),
        PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } bang => TextParts(bang.Operand),
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression or (int)SyntaxKind.CoalesceExpression } binary => TextParts(binary.Left).Concat(TextParts(binary.Right)),
        ConditionalExpressionSyntax conditional => TextParts(conditional.WhenTrue).Concat(TextParts(conditional.WhenFalse)),
        InterpolatedStringExpressionSyntax interpolated => interpolated.Contents.OfType<InterpolationSyntax>().SelectMany(hole => TextParts(hole.Expression)),
        _ => [expression],
    };

    /// <summary>
    /// Whether an expression names an exception by its declaration: a variable of an enclosing catch clause, a parameter
    /// declared with an exception type, or a member named like one (<c>task.Exception</c>, <c>ex.InnerException</c>).
    /// </summary>
    private static bool NamesException(ExpressionSyntax expression, SyntaxNode site, SyntaxNode? member)
    {
        switch (expression)
        {
            case MemberAccessExpressionSyntax access:
                return NamesException(access.Name.Identifier.ValueText);
            case IdentifierNameSyntax { Identifier.ValueText: var name }:
                if (site.Ancestors().OfType<CatchClauseSyntax>().Any(c => c.Declaration?.Identifier.ValueText == name))
                {
                    return true;
                }

                return Parameters(member).Any(p => p.Identifier.ValueText == name && p.Type is { } type && NamesException(DeclaredTypeName(type)));
            default:
                return false;
        }
    }

    private static bool NamesException(string name) => name.EndsWith("Exception", StringComparison.Ordinal);

    // A declared type's simple name; built-in types by their keyword, arrays by their element type.
    private static string DeclaredTypeName(TypeSyntax type) => type switch
    {
        PredefinedTypeSyntax predefined => predefined.Keyword.ValueText,
        ArrayTypeSyntax array => DeclaredTypeName(array.ElementType),
        _ => SyntaxNames.TypeName(type) ?? string.Empty,
    };

    private static SeparatedSyntaxList<ParameterSyntax> Parameters(SyntaxNode? member) => member switch
    {
        BaseMethodDeclarationSyntax method => method.ParameterList.Parameters,
        LocalFunctionStatementSyntax local => local.ParameterList.Parameters,
        _ => default,
    };

    /// <summary>
    /// The member's parameters that can hold an exception's text (strings, objects) and the locals initialised from them,
    /// two steps deep (<c>var line = $"… {message}"</c>).
    /// </summary>
    private static HashSet<string> CarriersOfParameters(SyntaxNode? member)
    {
        var carriers = Parameters(member).Where(p => p.Type is { } type && DeclaredTypeName(type) is "string" or "String" or "object" or "Object" or "dynamic")
            .Select(p => p.Identifier.ValueText).ToHashSet(StringComparer.Ordinal);
        if (member is null || carriers.Count == 0)
        {
            return carriers;
        }

        var locals = member.DescendantNodes().OfType<VariableDeclaratorSyntax>().Where(d => d.Initializer != null).ToList();
        for (var step = 0; step < 2; step++)
        {
            foreach (var local in locals)
            {
                if (TextParts(local.Initializer!.Value).OfType<IdentifierNameSyntax>().Any(n => carriers.Contains(n.Identifier.ValueText)))
                {
                    carriers.Add(local.Identifier.ValueText);
                }
            }
        }

        return carriers;
    }

    /// <summary>
    /// The parameters of the method around <paramref name="expression"/> whose value it is: the parameter itself, or a
    /// local never reassigned whose initializer writes it (<c>var line = $"[{time}] {text}"</c>). Only parameters that
    /// can hold an exception's text: strings, objects and exceptions.
    /// </summary>
    private static IEnumerable<IParameterSymbol> WrittenParameters(ExpressionSyntax expression, SemanticModel model, int depth)
    {
        if (expression is not IdentifierNameSyntax identifier)
        {
            return [];
        }

        switch (model.GetSymbolInfo(identifier).Symbol)
        {
            case IParameterSymbol { RefKind: RefKind.None, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.Constructor } } parameter
                when CanHoldDetail(parameter.IsParams && parameter.Type is IArrayTypeSymbol array ? array.ElementType : parameter.Type):
                return [parameter];
            case ILocalSymbol when depth < 2 && SensitiveValues.Initializer(identifier, model) is { } init:
                return LogSinks.Parts(new LoggedValue(init, IsTemplate: false, Destructured: false), model)
                    .SelectMany(part => WrittenParameters(LogSinks.Unwrap(part.Expression), model, depth + 1))
                    .ToList();
            default:
                return [];
        }
    }

    private static bool CanHoldDetail(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_String or SpecialType.System_Object || type.TypeKind == TypeKind.Dynamic || LogSinks.IsException(type);

    /// <summary>
    /// Whether the method assigns the parameter anywhere (<c>text = Redact(text)</c>): what its callers pass is then not
    /// what it writes, and following them would report what the method may have cleaned.
    /// </summary>
    private static bool IsReassigned(IParameterSymbol parameter) =>
        parameter.ContainingSymbol.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax().DescendantNodes().Any(node => node switch
        {
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } => target.Identifier.ValueText == parameter.Name,
            ArgumentSyntax { RefKindKeyword.RawKind: not (int)SyntaxKind.None, Expression: IdentifierNameSyntax target } => target.Identifier.ValueText == parameter.Name,
            _ => false,
        }));

    /// <summary>What exception detail a piece exposes, or null.</summary>
    private static string? Detail(ExpressionSyntax expression, SemanticModel model)
    {
        switch (expression)
        {
            case InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } call when SyntaxNames.CalledName(call) == "ToString"
                && LogSinks.Receiver(call) is { } receiver && LogSinks.IsException(model.GetTypeInfo(receiver).Type):
                return "exception text with stack trace";
            case ConditionalAccessExpressionSyntax { WhenNotNull: var whenNotNull } conditional when LogSinks.IsException(model.GetTypeInfo(conditional.Expression).Type):
                return whenNotNull switch
                {
                    InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax { Name.Identifier.ValueText: "ToString" }, ArgumentList.Arguments.Count: 0 } => "exception text with stack trace",
                    MemberBindingExpressionSyntax binding when IsStackTrace(model.GetSymbolInfo(binding).Symbol) => "stack trace",
                    _ => null,
                };
            case MemberAccessExpressionSyntax access when IsStackTrace(model.GetSymbolInfo(access).Symbol):
                return "stack trace";
        }

        return expression is not LiteralExpressionSyntax && LogSinks.IsException(model.GetTypeInfo(expression).Type)
            ? "exception object, whose text has the stack trace"
            : null;
    }

    private static bool IsStackTrace(ISymbol? symbol) =>
        symbol is IPropertySymbol { Name: "StackTrace" } property
        && (LogSinks.IsException(property.ContainingType) || KnownApis.FullName(property.ContainingType) == "System.Environment");
}

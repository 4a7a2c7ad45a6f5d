using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Rules.SensitiveLogging;

/// <summary>Where a logged value ends up.</summary>
internal enum SinkKind
{
    /// <summary>A logging library: Microsoft.Extensions.Logging, Serilog, NLog, log4net.</summary>
    Logger,

    /// <summary>Diagnostics tracing: <c>Trace</c>, <c>Debug</c>, <c>TraceSource</c>, <c>EventLog</c>.</summary>
    Trace,

    /// <summary>Standard output or standard error.</summary>
    Console,

    /// <summary>The body of an HTTP response.</summary>
    HttpResponse,
}

/// <summary>One value a sink call writes.</summary>
/// <param name="Expression">The argument (or params element) as written.</param>
/// <param name="IsTemplate">The argument is the message, template or format string.</param>
/// <param name="Destructured">The sink writes the object's members, not its <c>ToString()</c>: <c>{@User}</c>, or an HTTP result serialised to JSON.</param>
internal sealed record LoggedValue(ExpressionSyntax Expression, bool IsTemplate, bool Destructured);

/// <summary>One piece of a logged value: an interpolation hole, a concatenation operand, a format argument, or the value itself.</summary>
/// <param name="Expression">The piece.</param>
/// <param name="Destructured">The sink writes the piece's members.</param>
/// <param name="Value">The argument the piece belongs to.</param>
internal readonly record struct LoggedPart(ExpressionSyntax Expression, bool Destructured, LoggedValue Value);

/// <summary>A call that writes values to a log, the console, a trace listener or an HTTP response.</summary>
/// <param name="Kind">Where the values go.</param>
/// <param name="Name">The call as people name it in messages: <c>ILogger.LogInformation</c>, <c>Console.Error.WriteLine</c>.</param>
/// <param name="Values">The values written, in parameter order.</param>
/// <param name="Exceptions">Arguments given to an exception parameter (the recommended way to log an exception).</param>
internal sealed record LogSink(SinkKind Kind, string Name, ImmutableArray<LoggedValue> Values, ImmutableArray<ExpressionSyntax> Exceptions)
{
    /// <summary>Whoever runs the program or calls the service sees what this sink writes.</summary>
    public bool IsUserVisible => Kind is SinkKind.Console or SinkKind.HttpResponse;

    /// <summary>The sink is a log or trace store that operators read later.</summary>
    public bool IsLog => Kind is SinkKind.Logger or SinkKind.Trace;
}

/// <summary>
/// Recognises logging, console, tracing and HTTP-response writes from resolved method symbols, and lists the values they write.
/// <c>LoggerMessage</c>-generated delegates are not recognised: their templates are fixed and their parameters typed.
/// </summary>
internal static class LogSinks
{
    private static readonly HashSet<string> CandidateNames = new(StringComparer.Ordinal)
    {
        "Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical",
        "Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "Write",
        "Trace", "Info", "Warn", "ConditionalDebug", "ConditionalTrace",
        "DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat", "FatalFormat",
        "WriteLine", "WriteAsync", "WriteLineAsync", "WriteIf", "WriteLineIf", "Print",
        "TraceInformation", "TraceWarning", "TraceError", "TraceEvent", "TraceData", "WriteEntry",
        "Content", "Ok", "BadRequest", "NotFound", "Conflict", "UnprocessableEntity", "Problem", "StatusCode", "Text", "Json",
    };

    private static readonly string[] LibraryNamespaces = ["System.", "Microsoft.", "Serilog.", "NLog.", "log4net."];

    private static readonly HashSet<string> SerilogMethods = new(StringComparer.Ordinal) { "Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "Write" };
    private static readonly HashSet<string> NLogMethods = new(StringComparer.Ordinal) { "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Log", "ConditionalDebug", "ConditionalTrace" };
    private static readonly HashSet<string> Log4NetMethods = new(StringComparer.Ordinal)
    {
        "Debug", "Info", "Warn", "Error", "Fatal", "DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat", "FatalFormat",
    };

    private static readonly HashSet<string> TraceMethods = new(StringComparer.Ordinal)
    {
        "Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "TraceInformation", "TraceWarning", "TraceError",
    };

    private static readonly HashSet<string> TextWriterMethods = new(StringComparer.Ordinal) { "Write", "WriteLine", "WriteAsync", "WriteLineAsync" };
    private static readonly HashSet<string> ControllerResults = new(StringComparer.Ordinal)
    {
        "Content", "Ok", "BadRequest", "NotFound", "Conflict", "UnprocessableEntity", "Problem", "StatusCode",
    };

    private static readonly HashSet<string> MinimalApiResults = new(StringComparer.Ordinal) { "Text", "Content", "Ok", "Problem", "BadRequest", "NotFound", "Json" };

    private static readonly HashSet<string> TemplateParameters = new(StringComparer.Ordinal) { "message", "messageTemplate", "format", "messageFormat", "template" };

    // Parameters that steer the write (levels, IDs, providers, switches) rather than carry what is written.
    private static readonly HashSet<string> ControlParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "logLevel", "level", "eventId", "id", "category", "formatter", "formatProvider", "provider", "cancellationToken",
        "eventType", "type", "condition", "source", "index", "count", "statusCode", "contentType", "encoding",
        "destructureObjects", "instance",
    };

    private static readonly HashSet<string> ControlTypes = new(StringComparer.Ordinal)
    {
        "System.IFormatProvider", "System.Threading.CancellationToken", "Microsoft.Extensions.Logging.EventId", "NLog.LogLevel",
        "System.Text.Encoding",
    };

    /// <summary>Syntax-only: could this node write to a sink?</summary>
    public static bool IsCandidate(SyntaxNode node) =>
        node is InvocationExpressionSyntax invocation && SyntaxNames.CalledName(invocation) is { } name && CandidateNames.Contains(name);

    /// <summary>
    /// The sink a call writes to, or null; shared by the rules that inspect the same call, so the call is
    /// classified once per node.
    /// </summary>
    public static LogSink? Find(InvocationExpressionSyntax invocation, RuleContext context) =>
        context.Memo(invocation, nameof(LogSinks), () => Find(invocation, context.Model, context));

    /// <summary>The sink a call writes to and the values it writes, or null when the call is not a sink.</summary>
    private static LogSink? Find(InvocationExpressionSyntax invocation, SemanticModel model, RuleContext context)
    {
        if (IsStaticCallOnProjectType(invocation, model, context)
            || model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol method
            || Classify(method, invocation, model) is not { } found
            || model.GetOperation(invocation) is not IInvocationOperation operation)
        {
            return null;
        }

        var (kind, name, serialises) = found;
        var values = ImmutableArray.CreateBuilder<LoggedValue>();
        var exceptions = ImmutableArray.CreateBuilder<ExpressionSyntax>();
        IReadOnlyList<string>? placeholders = null;
        var holeIndex = -1;
        foreach (var argument in operation.Arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null || argument.ArgumentKind == ArgumentKind.DefaultValue
                || (operation.TargetMethod.IsExtensionMethod && parameter.Ordinal == 0))
            {
                continue;
            }

            var expressions = ArgumentExpressions(argument);
            if (IsException(parameter.Type))
            {
                exceptions.AddRange(expressions);
                continue;
            }

            if (IsControl(parameter))
            {
                continue;
            }

            if (TemplateParameters.Contains(parameter.Name) && parameter.Type.SpecialType is SpecialType.System_String or SpecialType.System_Object)
            {
                foreach (var expression in expressions)
                {
                    values.Add(new LoggedValue(expression, IsTemplate: true, Destructured: false));
                    placeholders = model.GetConstantValue(expression) is { HasValue: true, Value: string template } ? Placeholders(template) : null;
                    holeIndex = 0;
                }

                continue;
            }

            foreach (var expression in expressions)
            {
                var destructured = serialises;
                if (kind == SinkKind.Logger && holeIndex >= 0)
                {
                    destructured |= placeholders != null && holeIndex < placeholders.Count && placeholders[holeIndex].StartsWith('@');
                    holeIndex++;
                }

                values.Add(new LoggedValue(expression, IsTemplate: false, destructured));
            }
        }

        return new LogSink(kind, name, values.ToImmutable(), exceptions.ToImmutable());
    }

    /// <summary>
    /// Whether the call is <c>T.M(…)</c> on a type <c>T</c> of the project whose base types and interfaces are all the
    /// project's own too (an application's <c>AppLog.Info</c> or <c>ApiResult.Ok</c>). Such a method is none of the
    /// library sinks, and its own body is analysed where it writes. Only the receiver's name is bound (speculatively),
    /// not the statement with its arguments, which is what makes this cheaper than resolving the call; and when nothing in
    /// the member is called like the receiver, it is bound at the type's body (once per type), so the method is not opened.
    /// </summary>
    private static bool IsStaticCallOnProjectType(InvocationExpressionSyntax invocation, SemanticModel model, RuleContext context)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax or QualifiedNameSyntax or AliasQualifiedNameSyntax } access)
        {
            return false;
        }

        var receiver = access.Expression;

        // `_logger.LogInformation(…)` on a field of the type: no type name to bind, the call is bound once, as a call.
        if (receiver is IdentifierNameSyntax { Identifier.ValueText: var field } && context.IsValueMemberOfEnclosingType(access, field))
        {
            return false;
        }

        // Only a type declared in the sources is a project type: when none has the receiver's name and no using alias
        // could stand for one (`Console.WriteLine(…)`, `Trace.TraceError(…)`), there is nothing to bind.
        if (SyntaxNames.TypeName((NameSyntax)receiver) is { } typeName && !context.IsAliasName(typeName) && !context.DeclaresTypeNamed(typeName))
        {
            return false;
        }

        if ((receiver is IdentifierNameSyntax { Identifier.ValueText: var name }
                && context.AtTypeLevel(access, "receiver " + name, name, position => model.GetSpeculativeSymbolInfo(position, receiver, SpeculativeBindingOption.BindAsExpression).Symbol, out var symbol, name)
                ? symbol
                : model.GetSpeculativeSymbolInfo(receiver.SpanStart, receiver, SpeculativeBindingOption.BindAsExpression).Symbol) is not INamedTypeSymbol type)
        {
            return false;
        }

        for (var current = type; current is { SpecialType: not SpecialType.System_Object }; current = current.BaseType)
        {
            if (!IsProjectType(current))
            {
                return false;
            }
        }

        return type.AllInterfaces.All(i => IsProjectType(i) || IsRecordEquality(type, i));
    }

    // The IEquatable<R> the compiler gives a record R of the project (and of its base records) declares only the
    // instance Equals(R): it puts no static member, and so no sink, behind a call on the record's name.
    private static bool IsRecordEquality(INamedTypeSymbol type, INamedTypeSymbol implemented) =>
        type.IsRecord
        && implemented is { Name: "IEquatable", TypeArguments: [INamedTypeSymbol { IsRecord: true } compared] }
        && KnownApis.FullName(implemented) == "System.IEquatable`1"
        && IsProjectType(compared);

    // Declared in the project's sources and outside the namespaces of the libraries whose sinks are recognised (their
    // source may be compiled in, as the tests' stubs are).
    private static bool IsProjectType(INamedTypeSymbol type) =>
        type.Locations.Length > 0 && type.Locations.All(l => l.IsInSource)
        && !LibraryNamespaces.Any(ns => KnownApis.FullName(type).StartsWith(ns, StringComparison.Ordinal));

    /// <summary>
    /// The pieces of a logged value that carry data: interpolation holes, concatenation operands, <c>string.Format</c>,
    /// <c>Concat</c> and <c>Join</c> arguments, array and anonymous-object members, and objects serialised to JSON.
    /// </summary>
    public static IReadOnlyList<LoggedPart> Parts(LoggedValue value, SemanticModel model)
    {
        var parts = new List<LoggedPart>();
        Collect(value.Expression, value.Destructured, value, model, parts, 0);
        return parts;
    }

    /// <summary>The receiver of an invocation, also inside a conditional access (<c>x?.M()</c>).</summary>
    public static ExpressionSyntax? Receiver(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Expression,
        MemberBindingExpressionSyntax => invocation.Parent is ConditionalAccessExpressionSyntax conditional ? conditional.Expression
            : invocation.FirstAncestorOrSelf<ConditionalAccessExpressionSyntax>()?.Expression,
        _ => null,
    };

    /// <summary>Strips parentheses, casts, <c>!</c> and <c>await</c>, which do not change what a value says.</summary>
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
                case AwaitExpressionSyntax a:
                    expression = a.Expression;
                    break;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } bang:
                    expression = bang.Operand;
                    break;
                default:
                    return expression;
            }
        }
    }

    /// <summary>Whether the type is <see cref="System.Exception"/> or derives from it.</summary>
    public static bool IsException(ITypeSymbol? type)
    {
        for (var current = type; current != null; current = current.BaseType)
        {
            if (KnownApis.FullName(current) == "System.Exception")
            {
                return true;
            }
        }

        return false;
    }

    private static (SinkKind Kind, string Name, bool Serialises)? Classify(IMethodSymbol method, InvocationExpressionSyntax invocation, SemanticModel model)
    {
        var definition = method.ReducedFrom ?? method;
        var owner = KnownApis.FullName(definition.ContainingType);
        var name = method.Name;

        if (owner == "Microsoft.Extensions.Logging.LoggerExtensions" && name.StartsWith("Log", StringComparison.Ordinal))
        {
            return (SinkKind.Logger, "ILogger." + name, false);
        }

        if (name == "Log" && KnownApis.IsOn(method, "Microsoft.Extensions.Logging.ILogger"))
        {
            return (SinkKind.Logger, "ILogger.Log", false);
        }

        if (SerilogMethods.Contains(name) && (owner == "Serilog.Log" || KnownApis.IsOn(method, "Serilog.ILogger")))
        {
            return (SinkKind.Logger, (owner == "Serilog.Log" ? "Serilog Log." : "Serilog ILogger.") + name, false);
        }

        if (NLogMethods.Contains(name) && (KnownApis.IsOn(method, "NLog.Logger") || KnownApis.IsOn(method, "NLog.ILogger") || KnownApis.IsOn(method, "NLog.ILoggerBase")))
        {
            return (SinkKind.Logger, "NLog Logger." + name, false);
        }

        if (Log4NetMethods.Contains(name) && KnownApis.IsOn(method, "log4net.ILog"))
        {
            return (SinkKind.Logger, "log4net ILog." + name, false);
        }

        if (owner == "System.Console" && name is "Write" or "WriteLine")
        {
            return (SinkKind.Console, "Console." + name, false);
        }

        if (TextWriterMethods.Contains(name) && KnownApis.IsOn(method, "System.IO.TextWriter")
            && ConsoleStream(Receiver(invocation), model, 0) is { } stream)
        {
            return (SinkKind.Console, $"Console.{stream}.{name}", false);
        }

        if (owner is "System.Diagnostics.Trace" or "System.Diagnostics.Debug" && TraceMethods.Contains(name))
        {
            return (SinkKind.Trace, definition.ContainingType.Name + "." + name, false);
        }

        if (name is "TraceEvent" or "TraceInformation" or "TraceData" && KnownApis.IsOn(method, "System.Diagnostics.TraceSource"))
        {
            return (SinkKind.Trace, "TraceSource." + name, false);
        }

        if (name == "WriteEntry" && KnownApis.IsOn(method, "System.Diagnostics.EventLog"))
        {
            return (SinkKind.Trace, "EventLog.WriteEntry", false);
        }

        if (name == "WriteAsync" && owner == "Microsoft.AspNetCore.Http.HttpResponseWritingExtensions")
        {
            return (SinkKind.HttpResponse, "HttpResponse.WriteAsync", false);
        }

        if (name == "Write" && (KnownApis.IsOn(method, "System.Web.HttpResponse") || KnownApis.IsOn(method, "System.Web.HttpResponseBase")))
        {
            return (SinkKind.HttpResponse, "HttpResponse.Write", false);
        }

        if (ControllerResults.Contains(name) && KnownApis.IsOn(method, "Microsoft.AspNetCore.Mvc.ControllerBase"))
        {
            // Every result but Content serialises its value: the client sees the object's members.
            return (SinkKind.HttpResponse, "ControllerBase." + name, name != "Content");
        }

        if (MinimalApiResults.Contains(name) && owner is "Microsoft.AspNetCore.Http.Results" or "Microsoft.AspNetCore.Http.TypedResults")
        {
            return (SinkKind.HttpResponse, definition.ContainingType.Name + "." + name, name is not ("Text" or "Content"));
        }

        return null;
    }

    /// <summary>"Out" or "Error" when the writer is <c>Console.Out</c>/<c>Console.Error</c>, directly or through a local.</summary>
    private static string? ConsoleStream(ExpressionSyntax? receiver, SemanticModel model, int depth)
    {
        if (receiver is null || depth > 2)
        {
            return null;
        }

        switch (model.GetSymbolInfo(receiver).Symbol)
        {
            case IPropertySymbol { Name: "Out" or "Error" } property when KnownApis.FullName(property.ContainingType) == "System.Console":
                return property.Name;
            case ILocalSymbol local when local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } init }
                && init.SyntaxTree == model.SyntaxTree:
                return ConsoleStream(Unwrap(init), model, depth + 1);
            default:
                return null;
        }
    }

    /// <summary>
    /// What an argument writes, as written. Trailing arguments given to a <c>params</c> array or (C# 13) collection such
    /// as NLog 6's <c>params ReadOnlySpan&lt;object?&gt;</c> are gathered by the compiler into one implicit argument, whose
    /// own syntax is not one of them (it is the whole call when none are written): its elements are what is written.
    /// </summary>
    private static ImmutableArray<ExpressionSyntax> ArgumentExpressions(IArgumentOperation argument)
    {
        if (argument.ArgumentKind is ArgumentKind.ParamArray or ArgumentKind.ParamCollection)
        {
            var elements = argument.Value switch
            {
                IArrayCreationOperation array => array.Initializer?.ElementValues ?? [],
                ICollectionExpressionOperation collection => collection.Elements,
                _ => [],
            };
            return elements.Select(e => e.Syntax switch
            {
                ArgumentSyntax written => written.Expression,
                ExpressionSyntax expression => expression,
                _ => null,
            }).OfType<ExpressionSyntax>().ToImmutableArray();
        }

        return argument.Syntax is ArgumentSyntax syntax ? [syntax.Expression] : argument.Value.Syntax is ExpressionSyntax e ? [e] : [];
    }

    private static bool IsControl(IParameterSymbol parameter)
    {
        var type = parameter.Type;
        return ControlParameters.Contains(parameter.Name)
            || type.SpecialType == SpecialType.System_Boolean
            || type.TypeKind is TypeKind.Enum or TypeKind.Delegate
            || ControlTypes.Contains(KnownApis.FullName(type));
    }

    private static List<string> Placeholders(string template)
    {
        var holes = new List<string>();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                continue;
            }

            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
                continue;
            }

            var close = template.IndexOf('}', i + 1);
            if (close < 0)
            {
                break;
            }

            holes.Add(template[(i + 1)..close]);
            i = close;
        }

        return holes;
    }

    private static void Collect(ExpressionSyntax expression, bool destructured, LoggedValue owner, SemanticModel model, List<LoggedPart> parts, int depth)
    {
        if (depth > 8)
        {
            parts.Add(new LoggedPart(expression, destructured, owner));
            return;
        }

        depth++;
        switch (expression)
        {
            case ParenthesizedExpressionSyntax p:
                Collect(p.Expression, destructured, owner, model, parts, depth);
                return;
            case CastExpressionSyntax c:
                Collect(c.Expression, destructured, owner, model, parts, depth);
                return;
            case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } bang:
                Collect(bang.Operand, destructured, owner, model, parts, depth);
                return;
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var hole in interpolated.Contents.OfType<InterpolationSyntax>())
                {
                    Collect(hole.Expression, false, owner, model, parts, depth);
                }

                return;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) || binary.IsKind(SyntaxKind.CoalesceExpression):
                Collect(binary.Left, destructured, owner, model, parts, depth);
                Collect(binary.Right, destructured, owner, model, parts, depth);
                return;
            case ConditionalExpressionSyntax conditional:
                Collect(conditional.WhenTrue, destructured, owner, model, parts, depth);
                Collect(conditional.WhenFalse, destructured, owner, model, parts, depth);
                return;
            case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                CollectAll(initializer.Expressions, destructured, owner, model, parts, depth);
                return;
            case ImplicitArrayCreationExpressionSyntax implicitArray:
                CollectAll(implicitArray.Initializer.Expressions, destructured, owner, model, parts, depth);
                return;
            case CollectionExpressionSyntax collection:
                CollectAll(collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression), destructured, owner, model, parts, depth);
                return;
            case AnonymousObjectCreationExpressionSyntax anonymous:
                // An anonymous object's ToString lists every member, so each member is written.
                CollectAll(anonymous.Initializers.Select(i => i.Expression), destructured, owner, model, parts, depth);
                return;
            case InvocationExpressionSyntax invocation when model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method:
                var type = KnownApis.FullName(method.ContainingType);
                if (type == "System.String" && method.IsStatic && method.Name is "Format" or "Concat" or "Join")
                {
                    CollectAll(invocation.ArgumentList.Arguments.Select(a => a.Expression), false, owner, model, parts, depth);
                    return;
                }

                if ((type == "System.Text.Json.JsonSerializer" && method.Name == "Serialize") || (type == "Newtonsoft.Json.JsonConvert" && method.Name == "SerializeObject"))
                {
                    if (invocation.ArgumentList.Arguments.Count > 0)
                    {
                        Collect(invocation.ArgumentList.Arguments[0].Expression, true, owner, model, parts, depth);
                    }

                    return;
                }

                break;
        }

        parts.Add(new LoggedPart(expression, destructured, owner));
    }

    private static void CollectAll(IEnumerable<ExpressionSyntax> expressions, bool destructured, LoggedValue owner, SemanticModel model, List<LoggedPart> parts, int depth)
    {
        foreach (var expression in expressions)
        {
            Collect(expression, destructured, owner, model, parts, depth);
        }
    }
}

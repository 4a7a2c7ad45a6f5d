using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.InputValidation;

/// <summary>Shared plumbing of the input-validation rules: argument-to-parameter matching, object state and reporting.</summary>
internal static class SinkArguments
{
    /// <summary>
    /// The arguments written at a call or object creation, each with the parameter it binds to: named arguments by
    /// name, the others by position (params arrays bind to the last parameter). A reduced extension call binds to the
    /// reduced method, so the receiver is not an argument.
    /// </summary>
    public static IEnumerable<(IParameterSymbol Parameter, ExpressionSyntax Value)> Of(SyntaxNode call, SemanticModel model)
    {
        var arguments = call switch
        {
            InvocationExpressionSyntax invocation => invocation.ArgumentList.Arguments,
            BaseObjectCreationExpressionSyntax creation => creation.ArgumentList?.Arguments ?? default,
            _ => default,
        };
        if (arguments.Count == 0 || Method(call, model) is not { } method)
        {
            yield break;
        }

        var parameters = method.Parameters;
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            var parameter = argument.NameColon is { } name
                ? parameters.FirstOrDefault(p => p.Name == name.Name.Identifier.ValueText)
                : i < parameters.Length ? parameters[i] : parameters.LastOrDefault() is { IsParams: true } last ? last : null;
            if (parameter != null)
            {
                yield return (parameter, argument.Expression);
            }
        }
    }

    /// <summary>
    /// Whether every argument of a call or object creation is constant by its shape (see <see cref="IsConstantShaped(ExpressionSyntax, RuleContext)"/>):
    /// then a rule that only reports arguments through <see cref="ReportIfData"/> cannot report, and the call need not be bound.
    /// </summary>
    public static bool AllArgumentsConstant(SyntaxNode call, RuleContext context)
    {
        var arguments = call switch
        {
            InvocationExpressionSyntax invocation => invocation.ArgumentList.Arguments,
            BaseObjectCreationExpressionSyntax creation => creation.ArgumentList?.Arguments ?? default,
            _ => default,
        };
        foreach (var argument in arguments)
        {
            if (!argument.RefKindKeyword.IsKind(SyntaxKind.None) || !IsConstantShaped(argument.Expression, context))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether an expression is one the origin analysis finds <see cref="Origin.Constant"/> without doubt: literals, and
    /// names of constant fields (bound at the type's body, so the method is not opened), joined by operators, the
    /// branches of <c>?:</c> and the holes of interpolated strings: each is traced as the maximum of its parts.
    /// </summary>
    public static bool IsConstantShaped(ExpressionSyntax expression, RuleContext context) => IsConstantShaped(expression, context, 0);

    // The depth stays far below the origin analysis's own limit, past which it answers 'unknown'.
    private static bool IsConstantShaped(ExpressionSyntax expression, RuleContext context, int depth)
    {
        if (++depth > 16)
        {
            return false;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax:
                return true;
            case ParenthesizedExpressionSyntax parenthesized:
                return IsConstantShaped(parenthesized.Expression, context, depth);
            case BinaryExpressionSyntax binary when !binary.IsKind(SyntaxKind.AsExpression) && !binary.IsKind(SyntaxKind.IsExpression):
                return IsConstantShaped(binary.Left, context, depth) && IsConstantShaped(binary.Right, context, depth);
            case ConditionalExpressionSyntax conditional:
                return IsConstantShaped(conditional.WhenTrue, context, depth) && IsConstantShaped(conditional.WhenFalse, context, depth);
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolationSyntax hole && !IsConstantShaped(hole.Expression, context, depth))
                    {
                        return false;
                    }
                }

                return true;
            case IdentifierNameSyntax or MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression }:
                return IsConstantField(expression, context);
            default:
                return false;
        }
    }

    // A name or dotted name whose leftmost identifier nothing in the member hides, bound at the type's body to a constant field.
    private static bool IsConstantField(ExpressionSyntax expression, RuleContext context)
    {
        var leftmost = expression;
        while (leftmost is MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax } access)
        {
            leftmost = access.Expression;
        }

        if (expression == leftmost && leftmost is IdentifierNameSyntax { Identifier.ValueText: var name } && context.IsConstFieldOfEnclosingType(expression, name) is { } declared)
        {
            return declared;
        }

        return leftmost is IdentifierNameSyntax identifier
            && (expression == leftmost || ((MemberAccessExpressionSyntax)expression).Name is IdentifierNameSyntax)
            && context.AtTypeLevel(expression, "constant " + expression, identifier.Identifier.ValueText, position => context.Model.GetSpeculativeSymbolInfo(position, expression, SpeculativeBindingOption.BindAsExpression).Symbol is IFieldSymbol { IsConst: true, HasConstantValue: true }, out var constant, expression == leftmost ? identifier.Identifier.ValueText : null)
            && constant;
    }

    /// <summary>The called method of an invocation or the constructor of an object creation.</summary>
    public static IMethodSymbol? Method(SyntaxNode call, SemanticModel model) => model.GetSymbolInfo(call).Symbol as IMethodSymbol;

    /// <summary>Whether a type is, derives from or implements the named type.</summary>
    public static bool IsOrDerives(ITypeSymbol? type, string metadataName) =>
        KnownApis.IsOrDerivesFrom(type, metadataName) || type?.AllInterfaces.Any(i => KnownApis.FullName(i) == metadataName) == true;

    /// <summary>Whether the parameter is a <c>string</c>.</summary>
    public static bool IsString(IParameterSymbol parameter) => parameter.Type.SpecialType == SpecialType.System_String;

    /// <summary>
    /// Traces <paramref name="value"/> and reports it when it is not constant:
    /// "<paramref name="noun"/> 'x' for <paramref name="sink"/> is external data from …; <paramref name="fix"/>".
    /// Only sanitisers and checks that make data safe for <paramref name="concern"/> lower the origin.
    /// </summary>
    public static void ReportIfData(RuleContext context, RuleDescriptor rule, ExpressionSyntax value, SinkConcern concern, string noun, string sink, string fix)
    {
        var trace = context.Origins.Trace(value, concern);
        if (trace.Origin == Origin.Constant)
        {
            return;
        }

        var from = trace.Describe();
        context.Report(
            rule,
            value,
            $"{noun} '{Shorten(value.ToString())}' for {sink} is {OriginNames.ToName(trace.Origin)} data{(from.Length > 0 ? " " + from : string.Empty)}; {fix}",
            trace);
    }

    /// <summary>Source text flattened to one line and cut to 60 characters, for messages.</summary>
    public static string Shorten(string text)
    {
        var flat = string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 60 ? flat : flat[..57] + "...";
    }

    /// <summary>
    /// The expressions an object-valued expression can hold: itself when it creates the object, otherwise the initialiser
    /// and every assignment of the local (within its member), field or auto-property (within its type) it names.
    /// </summary>
    public static IEnumerable<ExpressionSyntax> ValuesOf(ExpressionSyntax expression, RuleContext context)
    {
        expression = Unwrap(expression);
        if (expression is BaseObjectCreationExpressionSyntax)
        {
            yield return expression;
            yield break;
        }

        var model = context.ModelFor(expression.SyntaxTree);
        if (model.GetSymbolInfo(expression).Symbol is not { } symbol || symbol is not (ILocalSymbol or IFieldSymbol or IPropertySymbol))
        {
            yield break;
        }

        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var initializer = reference.GetSyntax() switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value,
                _ => null,
            };
            if (initializer != null)
            {
                yield return Unwrap(initializer);
            }
        }

        foreach (var value in AssignedValues(symbol, expression, context))
        {
            yield return Unwrap(value);
        }
    }

    /// <summary>
    /// The values given to property <paramref name="member"/> of the object an expression holds: in object initialisers of
    /// its creations, and in assignments <c>x.Member = v</c> on the same local, field or property.
    /// </summary>
    public static IEnumerable<ExpressionSyntax> MemberValues(ExpressionSyntax expression, string member, RuleContext context)
    {
        foreach (var value in ValuesOf(expression, context))
        {
            if (value is BaseObjectCreationExpressionSyntax { Initializer: { } initializer })
            {
                foreach (var item in initializer.Expressions)
                {
                    if (item is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment && name.Identifier.ValueText == member)
                    {
                        yield return assignment.Right;
                    }
                }
            }
        }

        var model = context.ModelFor(expression.SyntaxTree);
        if (model.GetSymbolInfo(Unwrap(expression)).Symbol is { } symbol)
        {
            foreach (var value in MemberAssignments(symbol, expression, member, context))
            {
                yield return value;
            }
        }
    }

    /// <summary>
    /// The values assigned as <c>symbol.Member = v</c> to a local or parameter (within the member enclosing
    /// <paramref name="at"/>), or to a field or property (within its type).
    /// </summary>
    public static IEnumerable<ExpressionSyntax> MemberAssignments(ISymbol symbol, SyntaxNode at, string member, RuleContext context)
    {
        if (symbol is not (ILocalSymbol or IFieldSymbol or IPropertySymbol or IParameterSymbol))
        {
            yield break;
        }

        foreach (var scope in Scopes(symbol, at))
        {
            var scopeModel = context.ModelFor(scope.SyntaxTree);
            foreach (var assignment in scope.DescendantNodes().OfType<AssignmentExpressionSyntax>())
            {
                if (assignment.Left is MemberAccessExpressionSyntax access && access.Name.Identifier.ValueText == member
                    && SymbolEqualityComparer.Default.Equals(scopeModel.GetSymbolInfo(access.Expression).Symbol, symbol))
                {
                    yield return assignment.Right;
                }
            }
        }
    }

    /// <summary>Whether an enum-valued expression is the constant <paramref name="value"/> (or, for flags, includes it).</summary>
    public static bool HasEnumValue(ExpressionSyntax expression, long value, bool flags, RuleContext context)
    {
        var model = context.ModelFor(expression.SyntaxTree);
        var constant = model.GetConstantValue(expression);
        var raw = constant.HasValue ? constant.Value : context.ConstantValue(expression);
        if (raw is null || raw is string or bool)
        {
            return false;
        }

        long number;
        try
        {
            number = Convert.ToInt64(raw, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            return false;
        }

        return flags ? (number & value) == value : number == value;
    }

    // The values plain assignments and deconstructions store into the variable, within its scope.
    private static IEnumerable<ExpressionSyntax> AssignedValues(ISymbol symbol, SyntaxNode at, RuleContext context)
    {
        foreach (var scope in Scopes(symbol, at))
        {
            var model = context.ModelFor(scope.SyntaxTree);
            foreach (var assignment in scope.DescendantNodes().OfType<AssignmentExpressionSyntax>())
            {
                if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
                {
                    continue;
                }

                if (assignment.Left is TupleExpressionSyntax tuple)
                {
                    foreach (var target in ProjectIndex.DeconstructionTargets(tuple))
                    {
                        if (IsVariable(target) && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(target).Symbol, symbol))
                        {
                            yield return ProjectIndex.DeconstructedValue(assignment, target);
                        }
                    }
                }
                else if (IsVariable(assignment.Left) && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left).Symbol, symbol))
                {
                    yield return assignment.Right;
                }
            }
        }
    }

    private static bool IsVariable(ExpressionSyntax target) => target is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax };

    /// <summary>Where a symbol can be assigned: the enclosing member for locals and parameters, every part of the type for fields and properties.</summary>
    private static IEnumerable<SyntaxNode> Scopes(ISymbol symbol, SyntaxNode at)
    {
        if (symbol is ILocalSymbol or IParameterSymbol)
        {
            if (SyntaxNames.EnclosingMember(at) is { } member)
            {
                yield return member;
            }

            yield break;
        }

        foreach (var reference in symbol.ContainingType?.DeclaringSyntaxReferences ?? [])
        {
            yield return reference.GetSyntax();
        }
    }

    private static ExpressionSyntax Unwrap(ExpressionSyntax expression) => expression switch
    {
        ParenthesizedExpressionSyntax p => Unwrap(p.Expression),
        CastExpressionSyntax c => Unwrap(c.Expression),
        PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } bang => Unwrap(bang.Operand),
        _ => expression,
    };
}

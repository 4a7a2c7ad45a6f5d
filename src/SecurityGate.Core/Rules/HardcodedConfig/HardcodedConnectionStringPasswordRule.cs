using System.Collections.Immutable;
using System.Data.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.HardcodedConfig;

/// <summary>
/// SG5002: a connection string fixed in the source carries a password (<c>Password=</c>, <c>Pwd=</c>,
/// <c>User Password=</c>) and reaches a connection, a <c>ConnectionString</c> setter, a connection-string builder,
/// an EF Core provider (<c>UseSqlServer</c>, <c>UseNpgsql</c>, …), or a member or local named for a connection string.
/// Reported at the literal, once however many sinks it reaches.
/// </summary>
public sealed class HardcodedConnectionStringPasswordRule : SecurityRule
{
    private static readonly string[] PasswordKeys = ["password", "pwd", "user password"];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.HardcodedConnectionStringPassword;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } =
    [
        SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.InvocationExpression,
        SyntaxKind.SimpleAssignmentExpression, SyntaxKind.VariableDeclarator, SyntaxKind.PropertyDeclaration,
    ];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => node switch
    {
        ObjectCreationExpressionSyntax creation => SyntaxNames.CreatedTypeName(creation) is { } name && IsConnectionTypeName(name),
        ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.ArgumentList.Arguments.Count > 0
            && (SyntaxNames.TargetTypeName(implicitCreation) is not { } target || IsConnectionTypeName(target)),
        InvocationExpressionSyntax invocation => SyntaxNames.CalledName(invocation) is { } called && called.StartsWith("Use", StringComparison.Ordinal),
        AssignmentExpressionSyntax assignment => SyntaxNames.RightmostName(assignment.Left) is { } target && SecretText.IsConnectionStringName(target),
        VariableDeclaratorSyntax declarator => declarator.Initializer != null && SecretText.IsConnectionStringName(declarator.Identifier.ValueText),
        PropertyDeclarationSyntax property => (property.Initializer != null || property.ExpressionBody != null) && SecretText.IsConnectionStringName(property.Identifier.ValueText),
        _ => false,
    };

    // Connections and connection-string builders take a connection string in their constructors.
    private static bool IsConnectionTypeName(string name) =>
        name.EndsWith("Connection", StringComparison.Ordinal) || name.EndsWith("ConnectionStringBuilder", StringComparison.Ordinal);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var value = node switch
        {
            BaseObjectCreationExpressionSyntax creation when context.Model.GetTypeInfo(creation).Type is { } type && IsConnectionType(type)
                => ConfigSinks.ArgumentFor(creation, "connectionString", context.Model),
            InvocationExpressionSyntax invocation when context.Model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method
                && (method.ReducedFrom ?? method).ContainingNamespace?.ToDisplayString() == "Microsoft.EntityFrameworkCore"
                => ConfigSinks.ArgumentFor(invocation, "connectionString", context.Model),
            AssignmentExpressionSyntax assignment => assignment.Right,
            VariableDeclaratorSyntax declarator => declarator.Initializer!.Value,
            PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody!.Expression,
            _ => null,
        };
        if (value is null)
        {
            return;
        }

        foreach (var leaf in HardcodedValues.Resolve(value, context) ?? [])
        {
            if (leaf.Text is { } text && PasswordIn(text) is { } key)
            {
                context.Report(
                    Descriptor,
                    leaf.At,
                    $"Connection string has a hard-coded password ({key}=…); keep the password out of the source, in configuration or a secret store",
                    Origin.Constant);
            }
        }
    }

    /// <summary>The key of a real password in a connection string, or null when it has none (or only a placeholder, or does not parse).</summary>
    internal static string? PasswordIn(string connectionString)
    {
        if (connectionString.IndexOf('=') < 0)
        {
            return null;
        }

        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException)
        {
            return null;
        }

        foreach (var key in PasswordKeys)
        {
            if (builder.TryGetValue(key, out var password) && password is string text && !SecretText.IsPlaceholder(text))
            {
                return OriginalKey(connectionString, key);
            }
        }

        return null;
    }

    private static string OriginalKey(string connectionString, string key)
    {
        foreach (var part in connectionString.Split(';'))
        {
            var equals = part.IndexOf('=');
            if (equals > 0 && string.Equals(part[..equals].Trim(), key, StringComparison.OrdinalIgnoreCase))
            {
                return part[..equals].Trim();
            }
        }

        return key;
    }

    private static bool IsConnectionType(ITypeSymbol type) =>
        KnownApis.IsOrDerivesFrom(type, "System.Data.Common.DbConnectionStringBuilder")
        || type.AllInterfaces.Any(i => KnownApis.FullName(i) == "System.Data.IDbConnection");
}

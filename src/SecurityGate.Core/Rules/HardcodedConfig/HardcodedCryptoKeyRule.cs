using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.HardcodedConfig;

/// <summary>
/// SG5003: a key, IV, nonce or salt fixed in the source (a constant array, <c>Encoding.*.GetBytes("…")</c>,
/// <c>Convert.FromBase64String("…")</c>, or a zero-filled array nobody fills) reaches a cipher, an HMAC,
/// a key derivation or a token signing key.
/// </summary>
public sealed class HardcodedCryptoKeyRule : SecurityRule
{
    private const string SymmetricAlgorithm = "System.Security.Cryptography.SymmetricAlgorithm";

    private static readonly string[] AeadTypes =
    [
        "System.Security.Cryptography.AesGcm", "System.Security.Cryptography.AesCcm", "System.Security.Cryptography.ChaCha20Poly1305",
        "Microsoft.IdentityModel.Tokens.SymmetricSecurityKey",
    ];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.HardcodedCryptoKey;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } =
        [SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.InvocationExpression, SyntaxKind.SimpleAssignmentExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => node switch
    {
        ObjectCreationExpressionSyntax creation => SyntaxNames.CreatedTypeName(creation) is { } name && IsKeyedTypeName(name),
        ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.ArgumentList.Arguments.Count > 0
            && (SyntaxNames.TargetTypeName(implicitCreation) is not { } target || IsKeyedTypeName(target)),
        InvocationExpressionSyntax invocation => SyntaxNames.CalledName(invocation) is "CreateEncryptor" or "CreateDecryptor" or "HashData" or "HashDataAsync" or "TryHashData"
            or "Pbkdf2" or "EncryptCbc" or "DecryptCbc" or "EncryptCfb" or "DecryptCfb",
        AssignmentExpressionSyntax assignment => SyntaxNames.RightmostName(assignment.Left) is "Key" or "IV",
        _ => false,
    };

    // Types whose constructors take a key or a password to derive one from.
    private static bool IsKeyedTypeName(string name) =>
        name.StartsWith("HMAC", StringComparison.Ordinal) || name is "Rfc2898DeriveBytes" or "AesGcm" or "AesCcm" or "ChaCha20Poly1305" or "SymmetricSecurityKey";

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        foreach (var (value, role, sink) in Inputs(node, context.Model))
        {
            var leaves = HardcodedValues.Resolve(value, context);
            if (leaves is null || !HardcodedValues.HasRealValue(leaves))
            {
                continue;
            }

            var zeros = leaves.All(l => l.Kind == LeafKind.ZeroBuffer) ? " (all zeros)" : string.Empty;
            context.Report(
                Descriptor,
                value,
                $"Hard-coded {role}{zeros} reaches {sink}; {(role == "key" ? "load keys from a key store or configuration" : "generate it with RandomNumberGenerator for each use")}",
                Origin.Constant);
        }
    }

    private static IEnumerable<(ExpressionSyntax Value, string Role, string Sink)> Inputs(SyntaxNode node, SemanticModel model)
    {
        switch (node)
        {
            case AssignmentExpressionSyntax assignment when model.GetSymbolInfo(assignment.Left).Symbol is IPropertySymbol property:
                if (property.Name is "Key" or "IV" && KnownApis.IsOn(property, SymmetricAlgorithm))
                {
                    yield return (assignment.Right, property.Name == "IV" ? "IV" : "key", $"{property.ContainingType.Name}.{property.Name}");
                }
                else if (property.Name == "Key" && KnownApis.IsOn(property, "System.Security.Cryptography.KeyedHashAlgorithm"))
                {
                    yield return (assignment.Right, "key", $"{property.ContainingType.Name}.Key");
                }

                break;
            case BaseObjectCreationExpressionSyntax creation when model.GetTypeInfo(creation).Type is { } type:
                var typeName = KnownApis.FullName(type);
                var (parameter, role) = KnownApis.IsOrDerivesFrom(type, "System.Security.Cryptography.HMAC") || AeadTypes.Contains(typeName) ? ("key", "key")
                    : typeName == "System.Security.Cryptography.Rfc2898DeriveBytes" ? ("salt", "salt") : (null, null);
                if (parameter != null && ConfigSinks.ArgumentFor(creation, parameter, model) is { } argument)
                {
                    yield return (argument, role!, $"new {type.Name}({parameter})");
                }

                break;
            case InvocationExpressionSyntax invocation when model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method:
                foreach (var (name, what) in Parameters(method))
                {
                    if (ConfigSinks.ArgumentFor(invocation, name, model) is { } passed)
                    {
                        yield return (passed, what, $"{method.ContainingType.Name}.{method.Name}({name})");
                    }
                }

                break;
        }
    }

    private static IEnumerable<(string Parameter, string Role)> Parameters(IMethodSymbol method)
    {
        if (method.Name is "CreateEncryptor" or "CreateDecryptor" && KnownApis.IsOn(method, SymmetricAlgorithm))
        {
            return [("rgbKey", "key"), ("rgbIV", "IV")];
        }

        if (method.Name is "EncryptCbc" or "DecryptCbc" or "EncryptCfb" or "DecryptCfb" && KnownApis.IsOn(method, SymmetricAlgorithm))
        {
            return [("iv", "IV")];
        }

        if (method.Name is "HashData" or "HashDataAsync" or "TryHashData" && method.IsStatic && KnownApis.IsOrDerivesFrom(method.ContainingType, "System.Security.Cryptography.HMAC"))
        {
            return [("key", "key")];
        }

        if (method.Name == "Pbkdf2" && ConfigSinks.TypeOf(method) == "System.Security.Cryptography.Rfc2898DeriveBytes")
        {
            return [("salt", "salt")];
        }

        return [];
    }
}

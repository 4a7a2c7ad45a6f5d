using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.HardcodedConfig;

/// <summary>
/// SG5001: a password fixed in the source reaches an API that authenticates or derives a key with it
/// (<c>NetworkCredential</c>, <c>Rfc2898DeriveBytes</c>, <c>PasswordDeriveBytes</c>, <c>X509Certificate2</c>,
/// <c>DirectoryEntry</c>, <c>SqlConnectionStringBuilder.Password</c>, <c>UriBuilder.Password</c>, ASP.NET Core
/// Identity's <c>UserManager</c> and <c>SignInManager</c> password methods), or a secret-named value, or a digest of
/// one, is compared with a literal or a digest of a literal, directly or through a local, field, method or dictionary
/// that only holds literals. Empty strings, placeholders and values that only repeat their name do not count.
/// </summary>
public sealed class HardcodedCredentialRule : SecurityRule
{
    private const string UserManager = "Microsoft.AspNetCore.Identity.UserManager`1";
    private const string SignInManager = "Microsoft.AspNetCore.Identity.SignInManager`1";

    private static readonly string[] PasswordParameter = ["password"];

    // Types whose constructors take a credential, with the names of that parameter: PasswordDeriveBytes calls the
    // string of its string overloads "strPassword" and the bytes of its byte[] overloads "password".
    private static readonly Dictionary<string, string[]> PasswordConstructors = new(StringComparer.Ordinal)
    {
        ["System.Net.NetworkCredential"] = PasswordParameter,
        ["System.Security.Cryptography.Rfc2898DeriveBytes"] = PasswordParameter,
        ["System.Security.Cryptography.PasswordDeriveBytes"] = ["strPassword", "password"],
        ["System.Security.Cryptography.X509Certificates.X509Certificate2"] = PasswordParameter,
        ["System.Security.Cryptography.X509Certificates.X509Certificate"] = PasswordParameter,
        ["System.DirectoryServices.DirectoryEntry"] = PasswordParameter,
    };

    // Methods (type, name) that take a credential, with the names of those parameters. Identity's managers are
    // generic and their methods virtual, so a call is matched on the unbound type of the method it overrides; a
    // current password given to ChangePasswordAsync is as much a credential in the source as the new one.
    private static readonly Dictionary<(string Type, string Method), string[]> PasswordMethods = new()
    {
        [("System.Security.Cryptography.Rfc2898DeriveBytes", "Pbkdf2")] = PasswordParameter,
        [("System.Security.Cryptography.X509Certificates.X509CertificateLoader", "LoadPkcs12")] = PasswordParameter,
        [("System.Security.Cryptography.X509Certificates.X509CertificateLoader", "LoadPkcs12FromFile")] = PasswordParameter,
        [("System.Security.Cryptography.X509Certificates.X509CertificateLoader", "LoadPkcs12Collection")] = PasswordParameter,
        [("System.Security.Cryptography.X509Certificates.X509Certificate2", "Import")] = PasswordParameter,
        [("System.Security.Cryptography.X509Certificates.X509Certificate", "Import")] = PasswordParameter,
        [("System.Security.Cryptography.X509Certificates.X509Certificate2Collection", "Import")] = PasswordParameter,
        [(UserManager, "CreateAsync")] = PasswordParameter,
        [(UserManager, "AddPasswordAsync")] = PasswordParameter,
        [(UserManager, "ChangePasswordAsync")] = ["currentPassword", "newPassword"],
        [(UserManager, "ResetPasswordAsync")] = ["newPassword"],
        [(UserManager, "CheckPasswordAsync")] = PasswordParameter,
        [(SignInManager, "PasswordSignInAsync")] = PasswordParameter,
        [(SignInManager, "CheckPasswordSignInAsync")] = PasswordParameter,
    };

    private static readonly string[] PasswordSetterTypes =
    [
        "System.Net.NetworkCredential",
        "Microsoft.Data.SqlClient.SqlConnectionStringBuilder",
        "System.Data.SqlClient.SqlConnectionStringBuilder",
        "System.DirectoryServices.DirectoryEntry",
        "System.UriBuilder",
    ];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.HardcodedCredential;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } =
    [
        SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.InvocationExpression,
        SyntaxKind.SimpleAssignmentExpression, SyntaxKind.EqualsExpression, SyntaxKind.NotEqualsExpression,
    ];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => node switch
    {
        ObjectCreationExpressionSyntax creation => SyntaxNames.CreatedTypeName(creation) is "NetworkCredential" or "Rfc2898DeriveBytes" or "PasswordDeriveBytes" or "X509Certificate2" or "X509Certificate" or "DirectoryEntry",
        ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.ArgumentList.Arguments.Count >= 2
            && SyntaxNames.TargetTypeName(implicitCreation) is null or "NetworkCredential" or "Rfc2898DeriveBytes" or "PasswordDeriveBytes" or "X509Certificate2" or "X509Certificate" or "DirectoryEntry",
        InvocationExpressionSyntax invocation => SyntaxNames.CalledName(invocation) is "Pbkdf2" or "LoadPkcs12" or "LoadPkcs12FromFile" or "LoadPkcs12Collection" or "Import" or "Equals"
            or "CreateAsync" or "AddPasswordAsync" or "ChangePasswordAsync" or "ResetPasswordAsync" or "CheckPasswordAsync" or "PasswordSignInAsync" or "CheckPasswordSignInAsync",
        AssignmentExpressionSyntax assignment => SyntaxNames.RightmostName(assignment.Left) == "Password",
        BinaryExpressionSyntax binary => MayHoldSecret(binary.Left) || MayHoldSecret(binary.Right),
        _ => false,
    };

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        switch (node)
        {
            case BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax when CredentialArguments(node, context.Model) is { Count: > 0 } arguments:
                foreach (var (argument, parameter) in arguments)
                {
                    Check(argument, SinkName(node, parameter, context.Model), context);
                }

                break;
            case InvocationExpressionSyntax invocation:
                AnalyzeEqualsCall(invocation, context);
                break;
            case AssignmentExpressionSyntax assignment when IsCredentialSetter(assignment, context.Model):
                Check(assignment.Right, SyntaxNames.RightmostName(assignment.Left) ?? "Password", context);
                break;
            case BinaryExpressionSyntax binary:
                AnalyzeComparison(binary.Left, binary.Right, context);
                break;
        }
    }

    /// <summary>Whether an assignment writes a password property this rule treats as a credential sink.</summary>
    internal static bool IsCredentialSetter(AssignmentExpressionSyntax assignment, SemanticModel model) =>
        SyntaxNames.RightmostName(assignment.Left) == "Password" && ConfigSinks.AssignedMemberOn(assignment, model, PasswordSetterTypes) != null;

    /// <summary>Whether an argument is the password argument of a credential constructor or method.</summary>
    internal static bool IsCredentialArgument(ArgumentSyntax argument, SemanticModel model) =>
        argument.Parent?.Parent is { } call && (call is BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax)
        && CredentialArguments(call, model).Any(found => found.Argument == argument.Expression);

    /// <summary>The password arguments of a credential constructor or method call, with the parameters they are passed for.</summary>
    private static List<(ExpressionSyntax Argument, string Parameter)> CredentialArguments(SyntaxNode node, SemanticModel model)
    {
        var found = new List<(ExpressionSyntax, string)>();
        if (model.GetSymbolInfo(node).Symbol is not IMethodSymbol symbol || PasswordParameters(symbol) is not { } parameterNames)
        {
            return found;
        }

        foreach (var name in parameterNames)
        {
            if (ConfigSinks.ArgumentFor(node, name, model) is { } argument)
            {
                found.Add((argument, name));

                // A constructor takes its password once, under the name its overload gives it.
                if (symbol.MethodKind == MethodKind.Constructor)
                {
                    break;
                }
            }
        }

        return found;
    }

    private static string[]? PasswordParameters(IMethodSymbol symbol)
    {
        if (symbol.MethodKind == MethodKind.Constructor)
        {
            return PasswordConstructors.GetValueOrDefault(ConfigSinks.TypeOf(symbol));
        }

        // An override in a project's own UserManager<TUser> subclass takes the password the base method takes.
        for (var method = symbol; method != null; method = method.OverriddenMethod)
        {
            if (PasswordMethods.TryGetValue((ConfigSinks.TypeOf(method), method.Name), out var names))
            {
                return names;
            }
        }

        return null;
    }

    private static string SinkName(SyntaxNode node, string parameter, SemanticModel model) => model.GetSymbolInfo(node).Symbol is IMethodSymbol method
        ? method.MethodKind == MethodKind.Constructor ? $"new {method.ContainingType.Name}({parameter})" : $"{method.ContainingType.Name}.{method.Name}({parameter})"
        : "a credential";

    private void Check(ExpressionSyntax value, string sink, RuleContext context)
    {
        var leaves = HardcodedValues.Resolve(value, context);
        if (leaves is null || !HardcodedValues.HasRealValue(leaves))
        {
            return;
        }

        context.Report(Descriptor, value, $"Hard-coded password reaches {sink}; read it from configuration or a secret store", Origin.Constant);
    }

    private void AnalyzeEqualsCall(InvocationExpressionSyntax invocation, RuleContext context)
    {
        if (context.Model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol { Name: "Equals" } method
            || method.ContainingType.SpecialType != SpecialType.System_String)
        {
            return;
        }

        var args = invocation.ArgumentList.Arguments;
        if (method.IsStatic && args.Count >= 2)
        {
            AnalyzeComparison(args[0].Expression, args[1].Expression, context);
        }
        else if (!method.IsStatic && args.Count >= 1 && invocation.Expression is MemberAccessExpressionSyntax access)
        {
            AnalyzeComparison(access.Expression, args[0].Expression, context);
        }
    }

    private void AnalyzeComparison(ExpressionSyntax left, ExpressionSyntax right, RuleContext context)
    {
        foreach (var (named, other) in new[] { (left, right), (right, left) })
        {
            if (context.ConstantValue(named) != null || context.Model.GetTypeInfo(named).Type?.SpecialType != SpecialType.System_String
                || SecretHeld(named, context, 0) is not { } secret)
            {
                continue;
            }

            if (IsHardcodedSecret(other, context))
            {
                var name = SyntaxNames.RightmostName(HardcodedValues.Unwrap(named));
                var subject = name == secret ? $"'{secret}' is" : name is null ? $"A value computed from '{secret}' is" : $"'{name}', computed from '{secret}', is";
                context.Report(
                    Descriptor,
                    other,
                    $"{subject} compared with a hard-coded value; check credentials against a stored hash or a secret store",
                    Origin.Constant);
                return;
            }
        }
    }

    /// <summary>
    /// The name of the secret a compared value holds: its own name when that names a secret (<c>password</c>,
    /// <c>apiKey</c>, <c>passwordHash</c>), or the secret-named value it is a digest, encoding or spelling of, through
    /// locals (<c>var hash = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password)))</c>). A digest is how
    /// a password is checked, so comparing the digest with one of a literal compares the password with that literal.
    /// A constant is not a secret someone enters, so a digest of one does not count.
    /// </summary>
    private static string? SecretHeld(ExpressionSyntax value, RuleContext context, int depth)
    {
        var e = HardcodedValues.Unwrap(value);
        if (depth > 8)
        {
            return null;
        }

        if (e is IdentifierNameSyntax or MemberAccessExpressionSyntax && SyntaxNames.RightmostName(e) is { } name
            && (SecretText.IsSecretName(name) || IsSecretDigestName(name)))
        {
            return depth == 0 || context.ConstantValue(e) == null ? name : null;
        }

        var model = context.ModelFor(e.SyntaxTree);
        switch (e)
        {
            case InvocationExpressionSyntax invocation when model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method
                && HardcodedValues.Recoding(invocation, method, model) is { } recoding:
                return recoding.Inputs.Select(input => SecretHeld(input, context, depth + 1)).FirstOrDefault(found => found != null);
            case IdentifierNameSyntax when model.GetSymbolInfo(e).Symbol is ILocalSymbol local
                && HardcodedValues.AssignedValues(local, context) is { Count: > 0 } values:
                // A null start (`string hash = null; if (…) hash = Hash(password);`) holds nothing else to compare.
                var secrets = values.Where(v => !HardcodedValues.IsNullOrDefault(v, model)).Select(v => SecretHeld(v, context, depth + 1)).ToList();
                return secrets.Count > 0 && secrets.All(found => found != null) ? secrets[0] : null;
            default:
                return null;
        }
    }

    // Which digest names hold a secret: "passwordHash" and "apiKeyDigest" do, "contentHash" and a bare "hash" do not.
    private static bool IsSecretDigestName(string name)
    {
        var words = SecretText.Words(name);
        return words.Count >= 2 && IsDigestWord(words[^1]) && SecretText.IsSecretName(string.Join('_', words.Take(words.Count - 1)));
    }

    private static bool IsDigestWord(string word) => word is "hash" or "hashed" or "digest";

    // Every comparison operand is asked, and splitting names into words allocates: most names fail this first.
    private static bool EndsLikeDigest(string name) =>
        name.EndsWith("hash", StringComparison.OrdinalIgnoreCase) || name.EndsWith("hashed", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("digest", StringComparison.OrdinalIgnoreCase);

    // The syntax-only first look at a comparison operand: a secret name, a digest name, or a call that may re-encode one.
    private static bool MayHoldSecret(ExpressionSyntax expression) => HardcodedValues.Unwrap(expression) switch
    {
        IdentifierNameSyntax or MemberAccessExpressionSyntax => SyntaxNames.RightmostName(HardcodedValues.Unwrap(expression)) is { } name
            && (SecretText.IsSecretName(name) || (EndsLikeDigest(name) && SecretText.Words(name) is { Count: > 0 } words && IsDigestWord(words[^1]))),
        InvocationExpressionSyntax invocation => SyntaxNames.CalledName(invocation) is "ToHexString" or "ToHexStringLower" or "ToBase64String"
            or "HashData" or "ComputeHash" or "ToLower" or "ToLowerInvariant" or "ToUpper" or "ToUpperInvariant" or "Trim" or "Replace",
        _ => false,
    };

    /// <summary>
    /// Whether a compared value is a real secret written into the source: a constant, or a local, field, property,
    /// project method or dictionary entry that only ever holds literals. A value that only repeats the secret name holding
    /// it (<c>const string PASSWORD = "Password"</c>) is a label, and placeholders and empty strings are stand-ins.
    /// Values the data flow alone calls constant (a parameter every caller passes a literal to) do not count: what
    /// they hold is not known here, and a comparison of two parameters is how every credential check reads.
    /// </summary>
    private static bool IsHardcodedSecret(ExpressionSyntax value, RuleContext context)
    {
        if (context.ConstantValue(value) is string constant)
        {
            return IsRealSecret(constant, HolderName(HardcodedValues.Unwrap(value)));
        }

        var leaves = HardcodedValues.Resolve(value, context);
        return leaves != null && leaves.Any(leaf => leaf is { Kind: LeafKind.Text, Text: { } text } && IsRealSecret(text, HolderName(leaf.At)));
    }

    // The label test is SG5006's: only a secret-named holder can be a label, so "password" in a local named "expected"
    // is a password (the most common one) and "Password" in a constant named PASSWORD is a form field's name.
    private static bool IsRealSecret(string text, string? holderName) =>
        !SecretText.IsPlaceholder(text) && (holderName is null || !SecretText.IsSecretName(holderName) || !SecretText.IsNameLabel(holderName, text));

    /// <summary>The name of what holds a value: the name it is read through, or the variable or property a literal initialises.</summary>
    private static string? HolderName(ExpressionSyntax value) => value switch
    {
        IdentifierNameSyntax or MemberAccessExpressionSyntax => SyntaxNames.RightmostName(value),
        { Parent: EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } } => declarator.Identifier.ValueText,
        { Parent: EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } } => property.Identifier.ValueText,
        _ => null,
    };
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Rules;

namespace SecurityGate.Core.Model;

/// <summary>
/// A finding's identity that survives edits elsewhere in the file: rule, enclosing symbol and the
/// whitespace-normalised expression, never line numbers.
/// </summary>
public static class FindingFingerprint
{
    /// <summary>Computes the fingerprint of a finding at <paramref name="node"/>.</summary>
    public static string Compute(RuleDescriptor rule, SyntaxNode node)
    {
        var text = string.Join(" ", node.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var key = rule.Id + "|" + EnclosingSymbolName(node) + "|" + text;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexString(hash, 0, 8).ToLowerInvariant();
    }

    /// <summary>Namespace, types and member around a node, from syntax alone: <c>App.Services.Runner.Run</c>.</summary>
    public static string EnclosingSymbolName(SyntaxNode node)
    {
        var parts = new List<string>();
        for (var current = node.Parent; current != null; current = current.Parent)
        {
            switch (current)
            {
                case MethodDeclarationSyntax m: parts.Add(m.Identifier.ValueText); break;
                case ConstructorDeclarationSyntax c: parts.Add(c.Identifier.ValueText + ".ctor"); break;
                case PropertyDeclarationSyntax p: parts.Add(p.Identifier.ValueText); break;
                case LocalFunctionStatementSyntax l: parts.Add(l.Identifier.ValueText); break;
                case BaseTypeDeclarationSyntax t: parts.Add(t.Identifier.ValueText); break;
                case BaseNamespaceDeclarationSyntax n: parts.Add(n.Name.ToString()); break;
            }
        }

        parts.Reverse();
        return string.Join(".", parts);
    }
}

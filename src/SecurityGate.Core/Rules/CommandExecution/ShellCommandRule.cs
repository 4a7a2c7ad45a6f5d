using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.CommandExecution;

/// <summary>SG4003: a shell (<c>cmd /c</c>, <c>sh -c</c>, <c>bash -c</c>, <c>powershell -Command</c>) given a command line built from data.</summary>
public sealed class ShellCommandRule : SecurityRule
{
    private static readonly HashSet<string> Shells = new(StringComparer.OrdinalIgnoreCase)
    {
        "cmd", "cmd.exe", "sh", "bash", "zsh", "dash", "ksh", "powershell", "powershell.exe", "pwsh", "pwsh.exe",
        "/bin/sh", "/bin/bash", "/usr/bin/bash", "/usr/bin/sh", "/bin/zsh", "/usr/bin/zsh", "/usr/bin/pwsh",
        @"c:\windows\system32\cmd.exe", @"c:\windows\system32\windowspowershell\v1.0\powershell.exe",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.ShellFedWithData;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } =
        [SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.SimpleAssignmentExpression, SyntaxKind.AddAssignmentExpression];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => ProcessSinks.IsCandidate(node);

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (!IsShellInvocation(node, context))
        {
            return;
        }

        foreach (var (value, trace, from) in ProcessSinks.NonConstantInputs(node, context, ProcessInput.Arguments))
        {
            context.Report(
                Descriptor,
                value,
                $"Shell command line is built from {OriginNames.ToName(trace.Origin)} data{from}; run the program directly with ArgumentList instead of through a shell",
                trace);
        }
    }

    /// <summary>
    /// Whether the process this node configures runs a shell: the program is given at the same call, or is the
    /// <c>FileName</c> of the same <c>ProcessStartInfo</c> (initialiser or local), and is a constant naming a shell.
    /// </summary>
    internal static bool IsShellInvocation(SyntaxNode node, RuleContext context)
    {
        foreach (var (value, role) in ProcessSinks.Inputs(node, context.Model))
        {
            if (role == ProcessInput.Program)
            {
                return IsShell(context.ConstantValue(value));
            }
        }

        // Arguments set on a ProcessStartInfo: look for the FileName set in the same object initialiser or on the same variable.
        var owner = node switch
        {
            AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax initializer } => initializer,
            AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax access } => (SyntaxNode?)access.Expression,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax list } } => list.Expression,
            _ => null,
        };
        switch (owner)
        {
            case InitializerExpressionSyntax initializer:
                return ProgramOfInitializer(initializer, context) is { } program && IsShell(program);
            case ExpressionSyntax target when context.Model.GetSymbolInfo(target).Symbol is { } symbol:
                return ProgramOfSymbol(symbol, node, context);
            default:
                return false;
        }
    }

    private static object? ProgramOfInitializer(InitializerExpressionSyntax initializer, RuleContext context)
    {
        foreach (var expression in initializer.Expressions)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "FileName" } } fileName)
            {
                return context.ConstantValue(fileName.Right);
            }
        }

        return initializer.Parent is BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: [var first, ..] } ? context.ConstantValue(first.Expression) : null;
    }

    private static bool ProgramOfSymbol(ISymbol symbol, SyntaxNode node, RuleContext context)
    {
        var scope = Analysis.SyntaxNames.EnclosingMember(node);
        if (scope is null)
        {
            return false;
        }

        foreach (var candidate in scope.DescendantNodes())
        {
            switch (candidate)
            {
                case VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax { Initializer: { } init } } declarator
                    when SymbolEqualityComparer.Default.Equals(context.Model.GetDeclaredSymbol(declarator), symbol):
                    if (IsShell(ProgramOfInitializer(init, context)))
                    {
                        return true;
                    }

                    break;
                case VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: [var first, ..] } } declarator
                    when SymbolEqualityComparer.Default.Equals(context.Model.GetDeclaredSymbol(declarator), symbol):
                    if (IsShell(context.ConstantValue(first.Expression)))
                    {
                        return true;
                    }

                    break;
                case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "FileName" } access } assignment
                    when SymbolEqualityComparer.Default.Equals(context.Model.GetSymbolInfo(access.Expression).Symbol, symbol):
                    if (IsShell(context.ConstantValue(assignment.Right)))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    private static bool IsShell(object? program) => program is string text && Shells.Contains(text.Trim());
}

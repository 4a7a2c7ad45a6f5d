using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecurityGate.Core.Analysis;

/// <summary>
/// Decides whether a node sits on a path that a fixed condition never takes: the wrong arm of an
/// <c>if</c> or <c>?:</c>, a loop whose condition is false, a <c>switch</c> section that a fixed value skips.
/// </summary>
internal sealed class Reachability
{
    private readonly ConstantEvaluator _constants;

    public Reachability(ConstantEvaluator constants) => _constants = constants;

    public bool IsReachable(SyntaxNode node)
    {
        SyntaxNode child = node;
        for (var parent = node.Parent; parent != null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IfStatementSyntax ifStatement when child == ifStatement.Statement:
                    if (_constants.EvaluateCondition(ifStatement.Condition) == false)
                    {
                        return false;
                    }

                    break;
                case ElseClauseSyntax elseClause when elseClause.Parent is IfStatementSyntax owner:
                    if (_constants.EvaluateCondition(owner.Condition) == true)
                    {
                        return false;
                    }

                    break;
                case ConditionalExpressionSyntax conditional when child != conditional.Condition:
                    var value = _constants.EvaluateCondition(conditional.Condition);
                    if ((child == conditional.WhenTrue && value == false) || (child == conditional.WhenFalse && value == true))
                    {
                        return false;
                    }

                    break;
                case WhileStatementSyntax whileStatement when child == whileStatement.Statement:
                    if (_constants.EvaluateCondition(whileStatement.Condition) == false)
                    {
                        return false;
                    }

                    break;
                case ForStatementSyntax { Condition: { } forCondition } forStatement when child == forStatement.Statement:
                    if (_constants.EvaluateCondition(forCondition) == false)
                    {
                        return false;
                    }

                    break;
                case SwitchSectionSyntax section when section.Parent is SwitchStatementSyntax switchStatement:
                    if (!SectionCanRun(switchStatement, section))
                    {
                        return false;
                    }

                    break;
                case BlockSyntax block when child is StatementSyntax statement:
                    if (FollowsUnconditionalExit(block, statement))
                    {
                        return false;
                    }

                    break;
                case MemberDeclarationSyntax or LocalFunctionStatementSyntax or LambdaExpressionSyntax:
                    return true;
            }
        }

        return true;
    }

    private bool SectionCanRun(SwitchStatementSyntax switchStatement, SwitchSectionSyntax section)
    {
        var governing = _constants.Evaluate(switchStatement.Expression);
        if (governing is null)
        {
            return true;
        }

        bool Matches(SwitchSectionSyntax candidate) => candidate.Labels.Any(label =>
            label is CaseSwitchLabelSyntax caseLabel && _constants.Evaluate(caseLabel.Value) is { } labelValue
            && Convert.ToString(labelValue, System.Globalization.CultureInfo.InvariantCulture) == Convert.ToString(governing, System.Globalization.CultureInfo.InvariantCulture));

        if (Matches(section))
        {
            return true;
        }

        var hasDefault = section.Labels.Any(l => l is DefaultSwitchLabelSyntax);
        var otherMatches = switchStatement.Sections.Any(s => s != section && Matches(s));
        var allLabelsFixed = switchStatement.Sections.SelectMany(s => s.Labels).All(l => l is DefaultSwitchLabelSyntax
            || (l is CaseSwitchLabelSyntax c && _constants.Evaluate(c.Value) != null));
        if (!allLabelsFixed)
        {
            return true;
        }

        return hasDefault && !otherMatches;
    }

    /// <summary>A statement after <c>return</c>, <c>throw</c>, <c>break</c> or <c>continue</c> in the same block never runs.</summary>
    private static bool FollowsUnconditionalExit(BlockSyntax block, StatementSyntax statement)
    {
        foreach (var sibling in block.Statements)
        {
            if (sibling == statement)
            {
                return false;
            }

            if (sibling is ReturnStatementSyntax or ThrowStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax)
            {
                return true;
            }
        }

        return false;
    }
}

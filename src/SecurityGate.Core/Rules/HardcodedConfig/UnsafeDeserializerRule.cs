using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Model;

namespace SecurityGate.Core.Rules.HardcodedConfig;

/// <summary>
/// SG5010: a serializer that lets the payload choose the types it creates: <c>BinaryFormatter</c>, <c>SoapFormatter</c>,
/// <c>NetDataContractSerializer</c>, <c>LosFormatter</c>, <c>ObjectStateFormatter</c>, <c>JavaScriptSerializer</c> with a
/// <c>SimpleTypeResolver</c>, or Newtonsoft.Json with <c>TypeNameHandling</c> set to anything but <c>None</c>, on the
/// settings or the serializer, or for one member or type through <c>[JsonProperty]</c>, <c>[JsonObject]</c>,
/// <c>[JsonArray]</c> or <c>[JsonDictionary]</c> (<c>TypeNameHandling</c> and <c>ItemTypeNameHandling</c>). Also a
/// serializer bound to one type (<c>XmlSerializer</c>, <c>DataContractSerializer</c>, <c>DataContractJsonSerializer</c>)
/// when that type comes from external data (<c>Type.GetType(request["type"])</c>): then the sender picks it.
/// </summary>
public sealed class UnsafeDeserializerRule : SecurityRule
{
    private static readonly HashSet<string> UnsafeTypes = new(StringComparer.Ordinal)
    {
        "System.Runtime.Serialization.Formatters.Binary.BinaryFormatter",
        "System.Runtime.Serialization.Formatters.Soap.SoapFormatter",
        "System.Runtime.Serialization.NetDataContractSerializer",
        "System.Web.UI.LosFormatter",
        "System.Web.UI.ObjectStateFormatter",
    };

    private const string JavaScriptSerializer = "System.Web.Script.Serialization.JavaScriptSerializer";

    // Safe with a type the program fixes, unsafe with one the sender names: they create that type and what it holds.
    private static readonly HashSet<string> TypeBoundSerializers = new(StringComparer.Ordinal)
    {
        "System.Xml.Serialization.XmlSerializer", "System.Runtime.Serialization.DataContractSerializer", "System.Runtime.Serialization.Json.DataContractJsonSerializer",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalogue.UnsafeDeserializer;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxKind> NodeKinds { get; } =
        [SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.SimpleAssignmentExpression, SyntaxKind.AttributeArgument];

    /// <inheritdoc />
    public override bool IsCandidate(SyntaxNode node) => node switch
    {
        ObjectCreationExpressionSyntax creation => SyntaxNames.CreatedTypeName(creation) is { } name
            && (IsFormatterTypeName(name) || (name is "XmlSerializer" or "DataContractSerializer" or "DataContractJsonSerializer"
                && creation.ArgumentList?.Arguments.FirstOrDefault()?.Expression is not (null or TypeOfExpressionSyntax))),
        ImplicitObjectCreationExpressionSyntax implicitCreation => SyntaxNames.TargetTypeName(implicitCreation) is not { } target || IsFormatterTypeName(target),
        AssignmentExpressionSyntax assignment => SyntaxNames.RightmostName(assignment.Left) == "TypeNameHandling",
        AttributeArgumentSyntax { NameEquals.Name.Identifier.ValueText: "TypeNameHandling" or "ItemTypeNameHandling" } => true,
        _ => false,
    };

    // Formatters that deserialise any type the payload names.
    private static bool IsFormatterTypeName(string name) =>
        name is "BinaryFormatter" or "SoapFormatter" or "NetDataContractSerializer" or "LosFormatter" or "ObjectStateFormatter" or "JavaScriptSerializer";

    /// <inheritdoc />
    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (node is ImplicitObjectCreationExpressionSyntax implicitCreation && DeclaresHarmlessTarget(implicitCreation, context.Model))
        {
            return;
        }

        switch (node)
        {
            case BaseObjectCreationExpressionSyntax creation when context.Model.GetTypeInfo(creation).Type is { } type:
                var name = KnownApis.FullName(type);
                if (UnsafeTypes.Contains(name))
                {
                    Report(creation, $"{type.Name} deserializes whatever types the payload names; use System.Text.Json or DataContractSerializer with known types", context);
                }
                else if (name == JavaScriptSerializer
                    && ConfigSinks.ArgumentFor(creation, "resolver", context.Model) is { } resolver
                    && KnownApis.IsOrDerivesFrom(context.Model.GetTypeInfo(resolver).Type, "System.Web.Script.Serialization.SimpleTypeResolver"))
                {
                    Report(creation, "JavaScriptSerializer with a SimpleTypeResolver creates whatever types the payload names; drop the resolver", context);
                }
                else if (TypeBoundSerializers.Contains(name))
                {
                    ReportTypeFromOutside(creation, type, context);
                }

                break;
            case AssignmentExpressionSyntax assignment
                when ConfigSinks.AssignedMemberOn(assignment, context.Model, "Newtonsoft.Json.JsonSerializerSettings", "Newtonsoft.Json.JsonSerializer") is not null
                && NamesTypes(assignment.Right, context):
                Report(assignment, "TypeNameHandling other than None lets the payload choose the types Json.NET creates; use TypeNameHandling.None or a strict SerializationBinder", context);
                break;
            case AttributeArgumentSyntax { NameEquals.Name: var property } argument
                when context.Model.GetSymbolInfo(property).Symbol is IPropertySymbol setting
                && (KnownApis.IsOn(setting, "Newtonsoft.Json.JsonPropertyAttribute") || KnownApis.IsOn(setting, "Newtonsoft.Json.JsonContainerAttribute"))
                && NamesTypes(argument.Expression, context):
                Report(
                    argument,
                    $"{setting.Name} other than None lets the payload's \"$type\" choose the types Json.NET creates here; remove it, or use a strict SerializationBinder",
                    context);
                break;
        }
    }

    /// <summary>Whether a <c>TypeNameHandling</c> value is a constant other than <c>None</c>: Objects, Arrays, All, Auto or a combination.</summary>
    private static bool NamesTypes(ExpressionSyntax value, RuleContext context) =>
        context.Model.GetTypeInfo(value).Type is { } handling && KnownApis.FullName(handling) == "Newtonsoft.Json.TypeNameHandling"
        && context.ConstantValue(value) is { } constant
        && Convert.ToInt64(constant, System.Globalization.CultureInfo.InvariantCulture) != 0;

    /// <summary>
    /// Whether a target-typed <c>new()</c> creates a type written where it stands (<see cref="SyntaxNames.TargetType"/>)
    /// that is none of the serializers. The type name is bound at the type's body: binding the creation would bind its
    /// whole statement or initializer.
    /// </summary>
    private static bool DeclaresHarmlessTarget(ImplicitObjectCreationExpressionSyntax creation, SemanticModel model)
    {
        var declared = SyntaxNames.TargetType(creation);
        if (declared is null or RefTypeSyntax || TypeScope.ForTypeName(declared) is not { } position
            || model.GetSpeculativeTypeInfo(position, declared, SpeculativeBindingOption.BindAsTypeOrNamespace).Type is not { } bound || bound is IErrorTypeSymbol)
        {
            return false;
        }

        // new() for a nullable value type creates the underlying type.
        if (bound is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: [var underlying] })
        {
            bound = underlying;
        }

        var name = KnownApis.FullName(bound);
        return !UnsafeTypes.Contains(name) && name != JavaScriptSerializer;
    }

    private void Report(SyntaxNode at, string message, RuleContext context) => context.Report(Descriptor, at, message, Origin.Constant);

    // Only external data counts: a type named in configuration (a plug-in) is the operator's choice.
    private void ReportTypeFromOutside(BaseObjectCreationExpressionSyntax creation, ITypeSymbol serializer, RuleContext context)
    {
        if (ConfigSinks.ArgumentFor(creation, "type", context.Model) is not { } chosen || chosen is TypeOfExpressionSyntax)
        {
            return;
        }

        var trace = context.Origins.Trace(chosen);
        if (trace.Origin < Origin.External)
        {
            return;
        }

        var from = trace.Describe();
        context.Report(
            Descriptor,
            chosen,
            $"{serializer.Name} deserializes the type '{Rules.InputValidation.SinkArguments.Shorten(chosen.ToString())}', which is {OriginNames.ToName(trace.Origin)} data{(from.Length > 0 ? " " + from : string.Empty)}, so the sender picks what is created; deserialize into a fixed type, or map the name to one from a fixed list",
            trace);
    }
}

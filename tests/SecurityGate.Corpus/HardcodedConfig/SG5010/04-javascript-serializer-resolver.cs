// expect: SG5010
// CWE-502 via SG5010; shape: resolver. JavaScriptSerializer is created with a SimpleTypeResolver.
// Bad() carries the flaw; Good* twins use it without a resolver and must stay silent.
using System.Web.Script.Serialization;

public sealed class Case
{
    public object? Bad(string json) => new JavaScriptSerializer(new SimpleTypeResolver()).Deserialize<object>(json);

    public object? Good(string json) => new JavaScriptSerializer().Deserialize<object>(json);
}

// expect: SG5010
// CWE-502 via SG5010; shape: setter. A serializer's TypeNameHandling is set to Auto through a field constant.
// Bad() carries the flaw; Good* twins leave it at None and must stay silent.
using Newtonsoft.Json;

public sealed class Case
{
    private const TypeNameHandling Polymorphic = TypeNameHandling.Auto;

    public void Bad(JsonSerializer serializer)
    {
        serializer.TypeNameHandling = Polymorphic;
    }

    public void Good(JsonSerializer serializer)
    {
        serializer.TypeNameHandling = TypeNameHandling.None;
    }
}

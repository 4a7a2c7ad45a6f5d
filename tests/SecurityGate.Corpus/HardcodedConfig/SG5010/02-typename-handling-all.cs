// expect: SG5010
// CWE-502 via SG5010; shape: object-initialiser. Newtonsoft settings let the payload pick types (TypeNameHandling.All).
// Bad() carries the flaw; Good* twins use TypeNameHandling.None and must stay silent.
using Newtonsoft.Json;

public sealed class Order
{
    public string Id { get; set; } = string.Empty;
}

public sealed class Case
{
    public Order? Bad(string json) => JsonConvert.DeserializeObject<Order>(json, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All });

    public Order? Good(string json) => JsonConvert.DeserializeObject<Order>(json, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None });
}

// expect: SG5010
// CWE-502 via SG5010; shape: field. A LosFormatter kept in a field reads view state.
// Bad() carries the flaw; Good* twins parse the state as JSON and must stay silent.
using System.Text.Json;
using System.Web.UI;

public sealed class Case
{
    private readonly LosFormatter _formatter = new LosFormatter();

    public object Bad(string state) => _formatter.Deserialize(state);

    public JsonDocument Good(string state) => JsonDocument.Parse(state);
}

// expect: SG5002
// CWE-798 via SG5002; shape: constant-another-file. A connection string constant declared in another file reaches Npgsql.
// Bad() carries the flaw; Good* twins use a constant without a password and must stay silent.
using Npgsql;

public sealed class Case
{
    public NpgsqlConnection Bad() => new NpgsqlConnection(ConnectionStrings.Inventory);

    public NpgsqlConnection Good() => new NpgsqlConnection(ConnectionStrings.InventoryKerberos);
}

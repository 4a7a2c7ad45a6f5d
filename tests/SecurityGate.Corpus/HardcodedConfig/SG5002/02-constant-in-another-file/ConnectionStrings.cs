// part of the case declared in Case.cs

internal static class ConnectionStrings
{
    public const string Inventory = "Host=pg01;Database=inventory;Username=inv;Password=Inv3nt0ry#;";
    public const string InventoryKerberos = "Host=pg01;Database=inventory;Integrated Security=true;";
}

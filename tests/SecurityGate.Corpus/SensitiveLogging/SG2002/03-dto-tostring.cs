// expect: SG2002
// CWE-359 via SG2002; shape: dto-whole. An order whose ToString override prints the card number is logged whole with NLog.
// Bad() carries the flaw; Good* twins log a type whose ToString prints only the order number and must stay silent.
using NLog;

public sealed class Payment
{
    public string OrderNumber { get; set; } = string.Empty;
    public string CardNumber { get; set; } = string.Empty;

    public override string ToString() => $"{OrderNumber} paid with {CardNumber}";
}

public sealed class Shipment
{
    public string OrderNumber { get; set; } = string.Empty;
    public string Carrier { get; set; } = string.Empty;

    public override string ToString() => $"{OrderNumber} via {Carrier}";
}

public sealed class Case
{
    private static readonly Logger Logger = LogManager.GetCurrentClassLogger();

    public void Bad()
    {
        var payment = new Payment { OrderNumber = "SO-1001", CardNumber = "4111111111111111" };
        Logger.Info("Captured {0}", payment);
    }

    public void Good()
    {
        var shipment = new Shipment { OrderNumber = "SO-1001", Carrier = "DHL" };
        Logger.Info("Captured {0}", shipment);
    }
}

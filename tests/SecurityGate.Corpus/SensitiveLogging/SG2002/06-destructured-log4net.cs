// expect: SG2002
// CWE-359 via SG2002; shape: serialised. A patient record serialised to JSON carries the passport number into log4net.
// Bad() carries the flaw; Good* twins serialise a summary without personal data and must stay silent.
using System.Text.Json;
using log4net;

public sealed class Patient
{
    public int Id { get; set; }
    public string PassportNumber { get; set; } = string.Empty;
}

public sealed class PatientSummary
{
    public int Id { get; set; }
    public int Visits { get; set; }
}

public sealed class Case
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(Case));

    public void Bad()
    {
        var patient = new Patient { Id = 7, PassportNumber = "X1234567" };
        Log.Debug("Admitted " + JsonSerializer.Serialize(patient));
    }

    public void Good()
    {
        var patient = new Patient { Id = 7, PassportNumber = "X1234567" };
        Log.Debug("Admitted " + JsonSerializer.Serialize(new PatientSummary { Id = patient.Id, Visits = 1 }));
    }
}

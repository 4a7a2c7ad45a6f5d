// expect: SG2002
// CWE-359 via SG2002; shape: another-method. A date of birth is passed to a helper that prints it to the console.
// Bad() carries the flaw; Good* twins print an age bracket and must stay silent.
using System;

public sealed class Case
{
    public void Bad(DateTime dateOfBirth)
    {
        BadSink(dateOfBirth);
    }

    private static void BadSink(DateTime dateOfBirth)
    {
        Console.WriteLine($"Applicant born {dateOfBirth:yyyy-MM-dd}");
    }

    public void Good(DateTime dateOfBirth)
    {
        GoodSink(DateTime.Today.Year - dateOfBirth.Year >= 18);
    }

    private static void GoodSink(bool adult)
    {
        Console.WriteLine($"Applicant adult: {adult}");
    }
}

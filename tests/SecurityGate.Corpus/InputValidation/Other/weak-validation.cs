// expect: SG1002
// CWE-22 via SG1002; shape: weak validation. An unanchored pattern accepts "../../etc/passwd" because it merely contains a letter.
using System;
using System.IO;
using System.Text.RegularExpressions;

public sealed class Case
{
    public void Bad()
    {
        var name = Console.ReadLine() ?? string.Empty;
        if (Regex.IsMatch(name, "[a-z]+", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            var content = File.ReadAllText("/srv/files/" + name);
        }
    }

    public void GoodB2G()
    {
        var name = Console.ReadLine() ?? string.Empty;
        if (Regex.IsMatch(name, "^[a-z]+$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            var content = File.ReadAllText("/srv/files/" + name);
        }
    }
}

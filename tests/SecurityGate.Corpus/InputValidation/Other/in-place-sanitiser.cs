// expect: SG1002
// CWE-22 via SG1002; shape: in-place sanitiser. The Good twin overwrites the input with Path.GetFileName before the sink.
using System;
using System.IO;

public sealed class Case
{
    public void Bad()
    {
        var name = Console.ReadLine() ?? string.Empty;
        name = name.Trim();
        var content = File.ReadAllText("/srv/files/" + name);
    }

    public void GoodB2G()
    {
        var name = Console.ReadLine() ?? string.Empty;
        name = Path.GetFileName(name);
        var content = File.ReadAllText("/srv/files/" + name);
    }
}

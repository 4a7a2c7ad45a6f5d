// expect: SG5011
// CWE-611 via SG5011; shape: legacy-reader. XmlTextReader gets a secure resolver that still fetches.
// Bad() carries the flaw; Good* twins set none and must stay silent.
using System.IO;
using System.Xml;

public sealed class Case
{
    public XmlTextReader Bad(TextReader text)
    {
#pragma warning disable SYSLIB0047
        var reader = new XmlTextReader(text);
        reader.XmlResolver = new XmlSecureResolver(new XmlUrlResolver(), "https://example.org/");
#pragma warning restore SYSLIB0047
        return reader;
    }

    public XmlTextReader Good(TextReader text)
    {
        var reader = new XmlTextReader(text);
        reader.XmlResolver = null;
        return reader;
    }
}

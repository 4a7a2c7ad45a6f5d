// expect: SG5011, SG1008
// CWE-611 via SG5011; shape: legacy-reader. XmlTextReader gets an XmlUrlResolver.
// The reader parses DTDs by default, so on the parameter's text it is also SG1008. Bad() carries the flaw; Good* twins
// set none, or an XmlSecureResolver (it refuses every URI from .NET 7), and must stay silent.
using System.IO;
using System.Xml;

public sealed class Case
{
    public XmlTextReader Bad(TextReader text)
    {
        var reader = new XmlTextReader(text);
        reader.XmlResolver = new XmlUrlResolver();
        return reader;
    }

    public XmlTextReader GoodSecureResolver(TextReader text)
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

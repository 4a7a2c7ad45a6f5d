// expect: SG5011
// CWE-611 via SG5011; shape: object-initialiser. XmlDocument gets an XmlUrlResolver.
// Bad() carries the flaw; Good* twins set no resolver and must stay silent.
using System.Xml;

public sealed class Case
{
    public XmlDocument Bad()
    {
        var document = new XmlDocument { XmlResolver = new XmlUrlResolver() };
        return document;
    }

    public XmlDocument Good()
    {
        var document = new XmlDocument { XmlResolver = null };
        return document;
    }
}

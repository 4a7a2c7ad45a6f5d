// expect: SG5011
// CWE-611 via SG5011; shape: object-initialiser. XmlDocument gets an XmlUrlResolver.
// Bad() carries the flaw; Good* twins set no resolver and must stay silent.
using System.Xml;

public sealed class Case
{
    public XmlDocument Bad(string xml)
    {
        var document = new XmlDocument { XmlResolver = new XmlUrlResolver() };
        document.LoadXml(xml);
        return document;
    }

    public XmlDocument Good(string xml)
    {
        var document = new XmlDocument { XmlResolver = null };
        document.LoadXml(xml);
        return document;
    }
}

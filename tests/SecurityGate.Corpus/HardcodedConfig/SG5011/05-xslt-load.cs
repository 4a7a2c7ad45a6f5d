// expect: SG5011
// CWE-611 via SG5011; shape: xslt. An XSLT stylesheet is loaded with an XmlUrlResolver.
// Bad() carries the flaw; Good* twins pass a null resolver and must stay silent.
using System.Xml;
using System.Xml.Xsl;

public sealed class Case
{
    public XslCompiledTransform Bad(XmlReader stylesheet)
    {
        var transform = new XslCompiledTransform();
        transform.Load(stylesheet, XsltSettings.Default, new XmlUrlResolver());
        return transform;
    }

    public XslCompiledTransform Good(XmlReader stylesheet)
    {
        var transform = new XslCompiledTransform();
        transform.Load(stylesheet, XsltSettings.Default, null);
        return transform;
    }
}

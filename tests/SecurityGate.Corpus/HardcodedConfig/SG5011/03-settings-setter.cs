// expect: SG5011
// CWE-611 via SG5011; shape: setter. Reader settings get a resolver by a setter in another method.
// Bad() carries the flaw; Good* twins leave the resolver null and must stay silent.
using System.Xml;

public sealed class Case
{
    public void Bad(XmlReaderSettings settings)
    {
        settings.XmlResolver = new XmlUrlResolver();
    }

    public void Good(XmlReaderSettings settings)
    {
        settings.XmlResolver = null;
    }
}

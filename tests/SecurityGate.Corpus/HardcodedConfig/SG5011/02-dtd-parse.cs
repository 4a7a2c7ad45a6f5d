// expect: SG5011
// CWE-611 via SG5011; shape: settings. XmlReaderSettings turn on DTD processing.
// Bad() carries the flaw; Good* twins prohibit DTDs and must stay silent.
using System.Xml;

public sealed class Case
{
    public XmlReaderSettings Bad() => new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse };

    public XmlReaderSettings Good() => new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
}

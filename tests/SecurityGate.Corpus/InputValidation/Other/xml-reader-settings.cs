// expect: SG1008, SG1008, SG5011, SG5011, SG5011, SG5011, SG5011
// CWE-611 via SG1008; shape: reader settings. DTD processing with an XmlUrlResolver lets uploaded XML pull in local
// files through external entities; the default (Prohibit), DTD processing without a resolver (on .NET 5+ no external
// entity is read and expansion is capped) or constant XML is safe. SG5011 reports each DtdProcessing.Parse and each
// resolver setting itself, wherever it is written.
using System;
using System.IO;
using System.Xml;

public sealed class Case
{
    private static readonly XmlReaderSettings Legacy = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse };

    public void BadSettingsAssignedLater()
    {
        var xml = Console.In.ReadToEnd();
        var settings = new XmlReaderSettings();
        settings.DtdProcessing = DtdProcessing.Parse;
        settings.XmlResolver = new XmlUrlResolver();
        using var reader = XmlReader.Create(new StringReader(xml), settings);
    }

    public void BadTextReader()
    {
        var xml = File.ReadAllText("upload.xml");
        using var reader = new XmlTextReader(new StringReader(xml)) { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
        reader.Read();
    }

    public void GoodProhibit()
    {
        var xml = Console.In.ReadToEnd();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
    }

    public void GoodNoResolver()
    {
        var xml = Console.In.ReadToEnd();
        using var reader = XmlReader.Create(new StringReader(xml), Legacy);
    }

    public void GoodConstantXml()
    {
        using var reader = XmlReader.Create(new StringReader("<config><mode>fast</mode></config>"), Legacy);
    }
}

// expect: SG1008, SG1008, SG5011, SG5011, SG5011
// CWE-611 via SG1008; shape: reader settings. DTD processing switched on for uploaded XML lets it pull in local files
// through external entities; the default (Prohibit) or constant XML is safe. SG5011 reports each DtdProcessing.Parse
// setting itself, wherever it is written.
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
        using var reader = XmlReader.Create(new StringReader(xml), settings);
    }

    public void BadTextReader()
    {
        var xml = File.ReadAllText("upload.xml");
        using var reader = new XmlTextReader(new StringReader(xml)) { DtdProcessing = DtdProcessing.Parse };
        reader.Read();
    }

    public void GoodProhibit()
    {
        var xml = Console.In.ReadToEnd();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
    }

    public void GoodConstantXml()
    {
        using var reader = XmlReader.Create(new StringReader("<config><mode>fast</mode></config>"), Legacy);
    }
}

// expect: SG5010
// CWE-502 via SG5010; shape: local. NetDataContractSerializer reads a stream.
// Bad() carries the flaw; Good* twins use DataContractSerializer with a known type and must stay silent.
using System.IO;
using System.Runtime.Serialization;

public sealed class Case
{
    public object? Bad(Stream stream)
    {
        var serializer = new NetDataContractSerializer();
        return serializer.ReadObject(stream);
    }

    public object? Good(Stream stream)
    {
        var serializer = new DataContractSerializer(typeof(string));
        return serializer.ReadObject(stream);
    }
}

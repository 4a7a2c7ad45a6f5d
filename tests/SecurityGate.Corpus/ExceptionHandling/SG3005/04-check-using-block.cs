// expect: SG3005
// CWE-390 via SG3005; shape: using-block. A Check method inside a using block reaches 'return true' after a failed read.
// Case carries the flaw; GoodCase sets a flag the result depends on, and must stay silent.
using System.IO;

public sealed class Case
{
    public bool CheckLicense(string path)
    {
        using (var reader = new StringReader(path))
        {
            try
            {
                File.ReadAllText(path);
            }
            catch (IOException)
            {
                reader.Close();
            }

            return true;
        }
    }
}

public sealed class GoodCase
{
    public bool CheckLicense(string path)
    {
        using (var reader = new StringReader(path))
        {
            try
            {
                File.ReadAllText(path);
            }
            catch (IOException)
            {
                reader.Close();
                return false;
            }

            return true;
        }
    }
}

// expect: SG3005
// CWE-390 via SG3005; shape: using-block. A Check method inside a using block reaches 'return true' after a failed read.
// Case carries the flaw; GoodCase sets a flag the result depends on, and must stay silent.
using System.IO;

public sealed class Case
{
    private const string DataPath = "data/app.txt";

    public bool CheckLicense()
    {
        using (var reader = new StringReader(DataPath))
        {
            try
            {
                File.ReadAllText(DataPath);
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
    private const string DataPath = "data/app.txt";

    public bool CheckLicense()
    {
        using (var reader = new StringReader(DataPath))
        {
            try
            {
                File.ReadAllText(DataPath);
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

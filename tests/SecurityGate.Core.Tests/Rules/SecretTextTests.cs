using System.Reflection;
using SecurityGate.Core.Rules.HardcodedConfig;

namespace SecurityGate.Core.Tests.Rules;

public sealed class SecretTextTests
{
    [Theory]
    [InlineData("password")]
    [InlineData("DbPassword")]
    [InlineData("DB_PWD")]
    [InlineData("userPasswd")]
    [InlineData("Passphrase")]
    [InlineData("clientSecret")]
    [InlineData("AUTH_TOKEN")]
    [InlineData("ApiKey")]
    [InlineData("apikey")]
    [InlineData("SecretKey")]
    [InlineData("PRIVATE_KEY")]
    [InlineData("signingKey")]
    [InlineData("passwordValue")]
    [InlineData("tokenString")]
    public void Names_whose_last_word_is_a_credential_are_secret_names(string name) => Assert.True(SecretText.IsSecretName(name));

    [Theory]
    [InlineData("PasswordQuestion")]
    [InlineData("TokenEndpoint")]
    [InlineData("SecretName")]
    [InlineData("key")]
    [InlineData("CacheKey")]
    [InlineData("Monkey")]
    [InlineData("Keyboard")]
    [InlineData("Passenger")]
    [InlineData("userName")]
    [InlineData("total")]
    [InlineData("")]
    public void Other_names_are_not_secret_names_whether_or_not_they_contain_a_credential_word(string name) => Assert.False(SecretText.IsSecretName(name));

    [Fact]
    public void Every_credential_noun_contains_a_fragment_the_quick_check_looks_for()
    {
        // The quick check turns names away before they are split into words; a noun it did not cover would never match.
        var nouns = (HashSet<string>)typeof(SecretText).GetField("SecretNouns", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var fragments = (string[])typeof(SecretText).GetField("SecretFragments", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

        Assert.NotEmpty(nouns);
        Assert.All(nouns.Append("key"), noun => Assert.Contains(fragments, f => noun.Contains(f, StringComparison.Ordinal)));
        Assert.All(nouns, noun => Assert.True(SecretText.IsSecretName(noun), noun));
    }
}

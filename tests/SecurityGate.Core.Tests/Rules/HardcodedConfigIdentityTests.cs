using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

/// <summary>SG5001 on ASP.NET Core Identity's password methods.</summary>
public sealed class HardcodedConfigIdentityTests
{
    [Fact]
    public void Literal_passwords_given_to_identity_managers_are_reported()
    {
        const string source = """
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Identity;
            public class AppUser : IdentityUser { }
            public class AppUserManager : UserManager<AppUser>
            {
                public override Task<IdentityResult> AddPasswordAsync(AppUser user, string password) => Task.FromResult(IdentityResult.Success);
            }
            public class AdminSeeder(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, AppUserManager appUsers)
            {
                public async Task SeedAsync(IdentityUser admin, AppUser operator_, string token)
                {
                    await users.CreateAsync(admin, "Administrator1!");
                    await users.AddPasswordAsync(admin, password: "Administrator1!");
                    await users.ChangePasswordAsync(admin, "Administrator1!", "N3w-Adm1n!");
                    await users.ResetPasswordAsync(admin, token, "N3w-Adm1n!");
                    await users.CheckPasswordAsync(admin, "Administrator1!");
                    await signIn.PasswordSignInAsync("administrator@localhost", "Administrator1!", false, false);
                    await signIn.CheckPasswordSignInAsync(admin, "Administrator1!", lockoutOnFailure: false);
                    await appUsers.AddPasswordAsync(operator_, "0perator-2024");
                }
            }
            """;
        Assert.Equal(
            ["SG5001@12:40", "SG5001@13:55", "SG5001@14:48", "SG5001@14:67", "SG5001@15:54", "SG5001@16:47", "SG5001@17:69", "SG5001@18:54", "SG5001@19:52"],
            RuleHarness.Ids("SG500", source));
        var findings = RuleHarness.Analyze(source).Where(f => f.Rule.Id == "SG5001").Select(f => f.Message).ToList();
        Assert.Contains("Hard-coded password reaches UserManager.ChangePasswordAsync(currentPassword); read it from configuration or a secret store", findings);
        Assert.Contains("Hard-coded password reaches UserManager.ChangePasswordAsync(newPassword); read it from configuration or a secret store", findings);
        Assert.Contains("Hard-coded password reaches AppUserManager.AddPasswordAsync(password); read it from configuration or a secret store", findings);
    }

    [Fact]
    public void Identity_passwords_from_configuration_callers_or_a_generator_stay_silent()
    {
        const string source = """
            using System;
            using System.Security.Cryptography;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Identity;
            using Microsoft.Extensions.Configuration;
            public class AdminSeeder(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, IConfiguration configuration)
            {
                public async Task SeedAsync(IdentityUser admin, IdentityUser service)
                {
                    await users.CreateAsync(admin, configuration["Seed:AdminPassword"]!);
                    await users.CreateAsync(service);
                    await users.AddPasswordAsync(service, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
                    await users.AddToRoleAsync(admin, "Administrator");
                    await users.CheckPasswordAsync(admin, "");
                }
                public async Task<bool> LoginAsync(string userName, string password) =>
                    (await signIn.PasswordSignInAsync(userName, password, isPersistent: false, lockoutOnFailure: true)).Succeeded;
                public Task<IdentityResult> ChangeAsync(IdentityUser user, string currentPassword, string newPassword) =>
                    users.ChangePasswordAsync(user, currentPassword, newPassword);
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG500", source));
    }
}

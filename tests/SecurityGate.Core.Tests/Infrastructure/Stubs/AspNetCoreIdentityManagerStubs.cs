namespace SecurityGate.Core.Tests.Infrastructure.Stubs;

/// <summary>
/// ASP.NET Core Identity's user and sign-in managers (Microsoft.Extensions.Identity.Core and Microsoft.AspNetCore.Identity)
/// with the real password-taking signatures and parameter names. The constructors, which take the Identity
/// services (stores, hashers, validators, options, loggers), are left out: tests receive the managers as parameters.
/// </summary>
internal static class AspNetCoreIdentityManagerStubs
{
    public const string Source =
        """
        namespace Microsoft.AspNetCore.Identity
        {
            public class IdentityError
            {
                public string Code { get; set; } = default!;
                public string Description { get; set; } = default!;
            }
            public class IdentityResult
            {
                public bool Succeeded { get; protected set; }
                public System.Collections.Generic.IEnumerable<IdentityError> Errors => System.Array.Empty<IdentityError>();
                public static IdentityResult Success { get; } = new IdentityResult { Succeeded = true };
                public static IdentityResult Failed(params IdentityError[] errors) => new IdentityResult();
            }
            public class SignInResult
            {
                public bool Succeeded { get; protected set; }
                public bool IsLockedOut { get; protected set; }
                public bool IsNotAllowed { get; protected set; }
                public bool RequiresTwoFactor { get; protected set; }
                public static SignInResult Success { get; } = new SignInResult { Succeeded = true };
                public static SignInResult Failed { get; } = new SignInResult();
            }
            public class IdentityUser<TKey> where TKey : System.IEquatable<TKey>
            {
                public IdentityUser() { }
                public IdentityUser(string userName) : this() { UserName = userName; }
                [PersonalData] public virtual TKey Id { get; set; } = default!;
                [ProtectedPersonalData] public virtual string? UserName { get; set; }
                public virtual string? NormalizedUserName { get; set; }
                [ProtectedPersonalData] public virtual string? Email { get; set; }
                public virtual string? NormalizedEmail { get; set; }
                [PersonalData] public virtual bool EmailConfirmed { get; set; }
                public virtual string? PasswordHash { get; set; }
                public virtual string? SecurityStamp { get; set; }
                public virtual string? ConcurrencyStamp { get; set; }
                [ProtectedPersonalData] public virtual string? PhoneNumber { get; set; }
                [PersonalData] public virtual bool PhoneNumberConfirmed { get; set; }
                [PersonalData] public virtual bool TwoFactorEnabled { get; set; }
                public virtual System.DateTimeOffset? LockoutEnd { get; set; }
                public virtual bool LockoutEnabled { get; set; }
                public virtual int AccessFailedCount { get; set; }
            }
            public class IdentityUser : IdentityUser<string>
            {
                public IdentityUser() { }
                public IdentityUser(string userName) : base(userName) { }
            }
            public class UserManager<TUser> : System.IDisposable where TUser : class
            {
                public virtual System.Threading.Tasks.Task<IdentityResult> CreateAsync(TUser user) => null!;
                public virtual System.Threading.Tasks.Task<IdentityResult> CreateAsync(TUser user, string password) => null!;
                public virtual System.Threading.Tasks.Task<IdentityResult> AddPasswordAsync(TUser user, string password) => null!;
                public virtual System.Threading.Tasks.Task<IdentityResult> ChangePasswordAsync(TUser user, string currentPassword, string newPassword) => null!;
                public virtual System.Threading.Tasks.Task<IdentityResult> ResetPasswordAsync(TUser user, string token, string newPassword) => null!;
                public virtual System.Threading.Tasks.Task<IdentityResult> RemovePasswordAsync(TUser user) => null!;
                public virtual System.Threading.Tasks.Task<bool> CheckPasswordAsync(TUser user, string password) => null!;
                public virtual System.Threading.Tasks.Task<bool> HasPasswordAsync(TUser user) => null!;
                public virtual System.Threading.Tasks.Task<string> GeneratePasswordResetTokenAsync(TUser user) => null!;
                public virtual System.Threading.Tasks.Task<IdentityResult> AddToRoleAsync(TUser user, string role) => null!;
                public virtual System.Threading.Tasks.Task<TUser?> FindByIdAsync(string userId) => null!;
                public virtual System.Threading.Tasks.Task<TUser?> FindByNameAsync(string userName) => null!;
                public virtual System.Threading.Tasks.Task<TUser?> FindByEmailAsync(string email) => null!;
                public virtual string? GetUserId(System.Security.Claims.ClaimsPrincipal principal) => null;
                public void Dispose() { }
            }
            public class SignInManager<TUser> where TUser : class
            {
                public virtual UserManager<TUser> UserManager { get; set; } = default!;
                public virtual bool IsSignedIn(System.Security.Claims.ClaimsPrincipal principal) => false;
                public virtual System.Threading.Tasks.Task<SignInResult> PasswordSignInAsync(TUser user, string password, bool isPersistent, bool lockoutOnFailure) => null!;
                public virtual System.Threading.Tasks.Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure) => null!;
                public virtual System.Threading.Tasks.Task<SignInResult> CheckPasswordSignInAsync(TUser user, string password, bool lockoutOnFailure) => null!;
                public virtual System.Threading.Tasks.Task SignInAsync(TUser user, bool isPersistent, string? authenticationMethod = null) => null!;
                public virtual System.Threading.Tasks.Task SignOutAsync() => null!;
            }
        }
        """;
}

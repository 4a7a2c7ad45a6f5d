using Microsoft.CodeAnalysis;
using SecurityGate.Core.Analysis;
using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Analysis;

public sealed class InjectedServicesTests
{
    private const string Source = """
        using System.Collections.Generic;
        using System.IO;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Logging;
        public interface IStore { string NameOf(int id); }
        public sealed class Order { public string? Id { get; set; } }
        public sealed class Service(UserManager<IdentityUser> users, IdentityUser user, IStore store, IEnumerable<string> names, Stream body,
            Microsoft.AspNetCore.Http.HttpRequest request, ILogger<Service> logger, string root)
        {
            public void Handle(IStore handler, ILogger log, [FromServices] Order fromServices, Order order) { }
        }
        public sealed class PicturesController : ControllerBase
        {
            public IActionResult Show(IStore picture, string name, Order order) => Ok();
        }
        """;

    [Theory]
    [InlineData("Service..ctor", "users", true)]
    [InlineData("Service..ctor", "user", false)]
    [InlineData("Service..ctor", "store", true)]
    [InlineData("Service..ctor", "names", false)]
    [InlineData("Service..ctor", "body", false)]
    [InlineData("Service..ctor", "request", false)]
    [InlineData("Service..ctor", "logger", true)]
    [InlineData("Service..ctor", "root", false)]
    [InlineData("Service.Handle", "handler", false)]
    [InlineData("Service.Handle", "log", true)]
    [InlineData("Service.Handle", "fromServices", true)]
    [InlineData("Service.Handle", "order", false)]
    [InlineData("PicturesController.Show", "picture", true)]
    [InlineData("PicturesController.Show", "name", false)]
    [InlineData("PicturesController.Show", "order", false)]
    public void Parameters_the_host_fills_with_services_are_told_from_data(string method, string parameter, bool injected)
    {
        var compilation = RuleHarness.Compile(Source);
        var (typeName, methodName) = (method[..method.IndexOf('.', StringComparison.Ordinal)], method[(method.IndexOf('.', StringComparison.Ordinal) + 1)..]);
        var owner = compilation.GetTypeByMetadataName(typeName)!.GetMembers(methodName).OfType<IMethodSymbol>().Single(m => m.Parameters.Length > 0);
        Assert.Equal(injected, InjectedServices.IsInjected(owner.Parameters.Single(p => p.Name == parameter)));
    }
}

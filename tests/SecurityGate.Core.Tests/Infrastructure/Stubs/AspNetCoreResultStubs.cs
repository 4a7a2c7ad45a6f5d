namespace SecurityGate.Core.Tests.Infrastructure.Stubs;

/// <summary>
/// <c>[FromServices]</c>, route handler registration and the minimal-API result helpers (Microsoft.AspNetCore.Mvc,
/// .Routing, .Builder and .Http), for the tests of services a host injects and of files a response sends from disk.
/// </summary>
internal static class AspNetCoreResultStubs
{
    public const string Source =
        """
        namespace Microsoft.AspNetCore.Mvc
        {
            [System.AttributeUsage(System.AttributeTargets.Parameter)]
            public sealed class FromServicesAttribute : System.Attribute { }
        }
        namespace Microsoft.AspNetCore.Routing
        {
            public interface IEndpointRouteBuilder { }
        }
        namespace Microsoft.AspNetCore.Builder
        {
            public sealed class RouteHandlerBuilder { }
            public static class EndpointRouteBuilderExtensions
            {
                public static RouteHandlerBuilder MapGet(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern, System.Delegate handler) => null!;
                public static RouteHandlerBuilder MapPost(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern, System.Delegate handler) => null!;
            }
        }
        namespace Microsoft.AspNetCore.Http
        {
            public interface IResult { }
            public static class Results
            {
                public static IResult File(string path, string? contentType = null, string? fileDownloadName = null) => null!;
                public static IResult File(byte[] fileContents, string? contentType = null, string? fileDownloadName = null) => null!;
            }
            public static class TypedResults
            {
                public static IResult PhysicalFile(string path, string? contentType = null, string? fileDownloadName = null) => null!;
            }
        }
        """;
}

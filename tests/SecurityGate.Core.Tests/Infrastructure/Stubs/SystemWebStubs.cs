namespace SecurityGate.Core.Tests.Infrastructure.Stubs;

/// <summary>Classic ASP.NET (System.Web) request and response declarations used by the sensitive-logging tests.</summary>
internal static class SystemWebStubs
{
    public const string Source =
        """
        namespace System.Web
        {
            using System.Collections.Specialized;
            public sealed class HttpRequest
            {
                public NameValueCollection QueryString => new NameValueCollection();
            }
            public sealed class HttpResponse
            {
                public void Write(string s) { }
                public void Write(object obj) { }
                public void Write(char ch) { }
                public void Redirect(string url) { }
            }
            public abstract class HttpResponseBase
            {
                public virtual void Write(string s) { }
            }
        }
        """;
}

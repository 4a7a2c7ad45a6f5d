using SecurityGate.Core.Tests.Infrastructure;

namespace SecurityGate.Core.Tests.Rules;

// Services a host injects are not outside input; paths read from them stay silent, data beside them is still reported.
public sealed partial class InputValidationRuleTests
{
    // Compiled into a referenced assembly: a library's members have no source, as the real packages' have not.
    private const string HostingLibrary = """
        namespace Microsoft.Extensions.Hosting
        {
            public interface IHostEnvironment
            {
                string EnvironmentName { get; set; }
                string ContentRootPath { get; set; }
            }
        }
        namespace Microsoft.AspNetCore.Hosting
        {
            public interface IWebHostEnvironment : Microsoft.Extensions.Hosting.IHostEnvironment
            {
                string WebRootPath { get; set; }
            }
        }
        namespace Vendor.Storage
        {
            public interface IStorageRoot
            {
                string Folder { get; }
            }
        }
        """;

    [Fact]
    public void Paths_from_injected_host_environment_stay_silent()
    {
        const string source = """
            using System.IO;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.Hosting;
            public sealed class ReportFolder(IHostEnvironment env)
            {
                public string Prepare()
                {
                    var dir = Path.Combine(env.ContentRootPath, "reports");
                    Directory.CreateDirectory(dir);
                    return dir;
                }
            }
            public sealed class Startup
            {
                public void Configure(IWebHostEnvironment env) => File.WriteAllText(Path.Combine(env.WebRootPath, "ready.txt"), "ok");
            }
            public sealed class PagesController(ReportFolder folder) : ControllerBase
            {
                public IActionResult Index([FromServices] Vendor.Storage.IStorageRoot storage) =>
                    Content(folder.Prepare() + File.ReadAllText(Path.Combine(storage.Folder, "index.html")));
                public IActionResult Home(IWebHostEnvironment web) => Content(File.ReadAllText(Path.Combine(web.WebRootPath, "home.html")));
            }
            """;
        Assert.Empty(RuleHarness.IdsWithLibrary("SG1002", HostingLibrary, source));
    }

    [Fact]
    public void Data_beside_injected_services_is_still_reported()
    {
        const string source = """
            using System.IO;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.Hosting;
            public sealed class ReportFolder(IHostEnvironment env, string subfolder)
            {
                public string Prepare()
                {
                    var dir = Path.Combine(env.ContentRootPath, subfolder);
                    Directory.CreateDirectory(dir);
                    return dir;
                }
            }
            public sealed class PagesController : ControllerBase
            {
                public IActionResult Show(IWebHostEnvironment web, string page) => Content(File.ReadAllText(Path.Combine(web.WebRootPath, page)));
            }
            """;
        Assert.Equal(["SG1002@10:35", "SG1002@16:97"], RuleHarness.IdsWithLibrary("SG1002", HostingLibrary, source));
    }

    [Fact]
    public void File_existence_check_does_not_vouch_for_a_path()
    {
        const string source = """
            using System.IO;
            using Microsoft.AspNetCore.Mvc;
            public sealed class FilesController : ControllerBase
            {
                public IActionResult Show(string name)
                {
                    if (!Path.Exists(name)) return Ok();
                    return Content(System.IO.File.ReadAllText(name));
                }
                public IActionResult Open(string name) => Directory.Exists(name) ? Content(string.Join(",", Directory.GetFiles(name))) : Ok();
            }
            """;
        Assert.Equal(["SG1002@8:51", "SG1002@10:64", "SG1002@10:116"], RuleHarness.Ids("SG1002", source));
    }

    [Fact]
    public void Membership_in_a_fixed_list_still_vouches_for_a_path()
    {
        const string source = """
            using System.Collections.Generic;
            using System.IO;
            using Microsoft.AspNetCore.Mvc;
            public sealed class FilesController : ControllerBase
            {
                private static readonly HashSet<string> Allowed = ["a.txt", "b.txt"];
                public IActionResult Show(string name)
                {
                    if (!Allowed.Contains(name) || !Path.Exists(name)) return Ok();
                    return Content(System.IO.File.ReadAllText(name));
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1002", source));
    }

    [Fact]
    public void Archive_extraction_and_files_sent_from_disk_are_path_sinks()
    {
        const string source = """
            using System.IO;
            using System.IO.Compression;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            public sealed class DownloadController : ControllerBase
            {
                public IActionResult Get(string name) => PhysicalFile(Path.Combine("/srv/files", name), "application/octet-stream");
                public IActionResult Result(string name) => new PhysicalFileResult(Path.Combine("/srv/files", name), "text/plain");
                public IResult Minimal(string name) => Results.File(Path.Combine("/srv/files", name));
                public IResult Typed(string name) => TypedResults.PhysicalFile(Path.Combine("/srv/files", name));
                public IActionResult Unpack(string archive, string target)
                {
                    using var zip = ZipFile.OpenRead("/srv/in.zip");
                    foreach (var entry in zip.Entries)
                    {
                        entry.ExtractToFile(Path.Combine("/srv/unpacked", entry.FullName));
                    }
                    ZipFile.ExtractToDirectory(archive, "/srv/unpacked");
                    zip.ExtractToDirectory(target);
                    return Ok();
                }
            }
            """;
        Assert.Equal(
            ["SG1002@7:59", "SG1002@8:72", "SG1002@9:57", "SG1002@10:68", "SG1002@16:33", "SG1002@18:36", "SG1002@19:32"],
            RuleHarness.Ids("SG1002", source));
    }

    [Fact]
    public void Archive_extraction_to_a_checked_name_and_fixed_files_stay_silent()
    {
        const string source = """
            using System.IO;
            using System.IO.Compression;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            public sealed class DownloadController : ControllerBase
            {
                public IActionResult Get(string name) => PhysicalFile(Path.Combine("/srv/files", Path.GetFileName(name)), "application/octet-stream");
                public IActionResult Result() => new PhysicalFileResult("/srv/files/terms.txt", "text/plain");
                public IResult Minimal(string name) => Results.File(System.Text.Encoding.UTF8.GetBytes(name));
                public IActionResult Unpack()
                {
                    using var zip = ZipFile.OpenRead("/srv/in.zip");
                    foreach (var entry in zip.Entries)
                    {
                        entry.ExtractToFile(Path.Combine("/srv/unpacked", Path.GetFileName(entry.FullName)));
                    }
                    ZipFile.ExtractToDirectory("/srv/in.zip", "/srv/unpacked");
                    return Ok();
                }
            }
            """;
        Assert.Empty(RuleHarness.Ids("SG1002", source));
    }

    [Fact]
    public void Route_handler_services_stay_silent_and_its_request_values_are_reported()
    {
        const string source = """
            using System.IO;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Routing;
            public interface IPictureStore { string NameOf(int id); }
            public static class Endpoints
            {
                public static void Map(IEndpointRouteBuilder app)
                {
                    app.MapGet("/pictures/{id}", (int id, IPictureStore store) => Results.File(Path.Combine("/srv/pictures", store.NameOf(id))));
                    app.MapGet("/files/{name}", (string name) => Results.File(Path.Combine("/srv/files", name)));
                }
            }
            """;
        Assert.Equal(["SG1002@11:67"], RuleHarness.Ids("SG1002", source));
    }
}

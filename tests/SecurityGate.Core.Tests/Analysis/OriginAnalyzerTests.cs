using SecurityGate.Core.Analysis;

namespace SecurityGate.Core.Tests.Analysis;

/// <summary>One test per flow shape: a bad flow that must come out external, and its safe twin.</summary>
public sealed class OriginAnalyzerTests
{
    private static string[] Sinks(params string[] sources) => OriginProbe.Sinks(sources);

    [Fact]
    public void Locals_and_assignments_carry_the_origin()
    {
        const string source = """
            using System;
            class C
            {
                void M()
                {
                    var a = Console.ReadLine();
                    string b;
                    b = a;
                    var c = "x";
                    c = "y";
                    Probe.Sink(b);
                    Probe.Sink(c);
                }
            }
            """;
        Assert.Equal(["11:external", "12:constant"], Sinks(source));
    }

    [Fact]
    public void A_later_unconditional_assignment_hides_earlier_values()
    {
        const string source = """
            using System;
            using System.IO;
            class C
            {
                void M(bool flag)
                {
                    var data = Console.ReadLine()!;
                    data = Path.GetFileName(data);
                    Probe.Sink(data);
                    var other = "a";
                    if (flag) { other = Console.ReadLine()!; }
                    Probe.Sink(other);
                    var looped = "a";
                    for (var i = 0; i < 3; i++)
                    {
                        Probe.Sink(looped);
                        looped = "b";
                        looped = Console.ReadLine()!;
                    }
                    var fixedValue = Console.ReadLine()!;
                    fixedValue = "x";
                    Probe.Sink(fixedValue);
                }
            }
            """;
        Assert.Equal(["9:internal", "12:external", "16:external", "22:constant"], Sinks(source));
    }

    [Fact]
    public void String_building_carries_the_origin()
    {
        const string source = """
            using System;
            using System.Text;
            class C
            {
                void M()
                {
                    var a = Console.ReadLine()!;
                    Probe.Sink("x" + a);
                    Probe.Sink($"x {a}");
                    Probe.Sink(string.Format("x {0}", a));
                    var sb = new StringBuilder();
                    sb.Append("x").Append(a);
                    Probe.Sink(sb.ToString());
                    Probe.Sink(string.Join(",", new[] { "a", a }));
                    Probe.Sink(a.Substring(1).Trim().Replace("a", "b").ToUpperInvariant());
                    Probe.Sink(string.Concat("a", a));
                    var safe = new StringBuilder("x");
                    safe.Append("y");
                    Probe.Sink(safe.ToString());
                    Probe.Sink(string.Format("{0}-{1}", "a", 1));
                }
            }
            """;
        Assert.Equal(["8:external", "9:external", "10:external", "13:external", "14:external", "15:external", "16:external", "19:constant", "20:constant"], Sinks(source));
    }

    [Fact]
    public void Parameters_and_returns_cross_methods_and_files()
    {
        const string reader = """
            using System;
            static class Input
            {
                public static string Read() => Console.ReadLine()!;
                public static string Fixed() { return "ls"; }
            }
            """;
        const string runner = """
            static class Runner
            {
                static void Run(string command) => Probe.Sink(command);
                static void Main()
                {
                    Run(Input.Read());
                    Safe(Input.Fixed());
                }
                static void Safe(string command) => Probe.Sink(command);
            }
            """;
        Assert.Equal(["3:external", "9:constant"], Sinks(runner, reader));
    }

    [Fact]
    public void Instance_and_static_fields_and_properties()
    {
        const string source = """
            using System;
            class Holder
            {
                private string _data = "";
                public static string Shared = "";
                public string Name { get; set; } = "";
                private string _safe = "a";
                public void Load() { _data = Console.ReadLine()!; Shared = Environment.GetEnvironmentVariable("X")!; Name = _data; }
                public void Use()
                {
                    Probe.Sink(_data);
                    Probe.Sink(Shared);
                    Probe.Sink(this.Name);
                    Probe.Sink(_safe);
                }
            }
            """;
        Assert.Equal(["11:external", "12:external", "13:external", "14:constant"], Sinks(source));
    }

    [Fact]
    public void Static_field_read_through_an_expression_bodied_property_in_another_file()
    {
        const string holder = """
            using System;
            static class Holder
            {
                private static string s_data = string.Empty;
                private static string s_safe = string.Empty;
                public static void Load() { s_data = Console.ReadLine()!; s_safe = "a"; }
                internal static string Data => s_data;
                internal static string Safe { get { return s_safe; } }
            }
            """;
        const string use = """
            class C
            {
                void M()
                {
                    Probe.Sink(Holder.Data);
                    Probe.Sink(Holder.Safe);
                }
            }
            """;
        Assert.Equal(["5:external", "6:constant"], Sinks(use, holder));
    }

    [Fact]
    public void Arrays_carry_their_elements_origin()
    {
        const string source = """
            using System;
            class C
            {
                void M(int i)
                {
                    var items = new string[3];
                    items[0] = Console.ReadLine()!;
                    Probe.Sink(items[i]);
                    string[] fixedItems = { "a", "b" };
                    Probe.Sink(fixedItems[i]);
                }
            }
            """;
        Assert.Equal(["8:external", "10:constant"], Sinks(source));
    }

    [Fact]
    public void Collections_carry_their_contents_origin()
    {
        const string source = """
            using System;
            using System.Collections;
            using System.Collections.Generic;
            using System.Linq;
            class C
            {
                void M()
                {
                    var x = Console.ReadLine()!;
                    var list = new List<string>(); list.Add(x); Probe.Sink(list[0]);
                    var dict = new Dictionary<string, string>(); dict["k"] = x; Probe.Sink(dict["k"]);
                    var set = new HashSet<string>(); set.Add(x); Probe.Sink(set.First());
                    var linked = new LinkedList<string>(); linked.AddLast(x); Probe.Sink(linked.First!.Value);
                    var queue = new Queue<string>(); queue.Enqueue(x); Probe.Sink(queue.Dequeue());
                    var stack = new Stack<string>(); stack.Push(x); Probe.Sink(stack.Pop());
                    var table = new Hashtable(); table.Add("k", x); Probe.Sink((string)table["k"]!);
                    var arrayList = new ArrayList(); arrayList.Add(x); Probe.Sink((string)arrayList[0]!);
                    foreach (var item in list) { Probe.Sink(item); }
                    var safe = new List<string> { "a" }; safe.Add("b"); Probe.Sink(safe[0]);
                }
            }
            """;
        Assert.Equal(
            ["10:external", "11:external", "12:external", "13:external", "14:external", "15:external", "16:external", "17:external", "18:external", "19:constant"],
            Sinks(source));
    }

    [Fact]
    public void Serialisation_round_trip_keeps_the_origin()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Runtime.Serialization;
            using System.Xml.Serialization;
            class C
            {
                void Xml()
                {
                    var x = Console.ReadLine()!;
                    var serializer = new XmlSerializer(typeof(string));
                    using var stream = new MemoryStream();
                    serializer.Serialize(stream, x);
                    stream.Position = 0;
                    Probe.Sink((string)serializer.Deserialize(stream)!);
                }
                void Contract()
                {
                    var x = Console.ReadLine()!;
                    var serializer = new DataContractSerializer(typeof(string));
                    var stream = new MemoryStream();
                    serializer.WriteObject(stream, x);
                    stream.Position = 0;
                    Probe.Sink((string)serializer.ReadObject(stream)!);
                }
                void Json()
                {
                    var x = Console.ReadLine()!;
                    var stream = new MemoryStream();
                    System.Text.Json.JsonSerializer.Serialize(stream, x);
                    stream.Position = 0;
                    Probe.Sink(System.Text.Json.JsonSerializer.Deserialize<string>(stream));
                }
                void SafeJson()
                {
                    var stream = new MemoryStream();
                    System.Text.Json.JsonSerializer.Serialize(stream, "ls");
                    stream.Position = 0;
                    Probe.Sink(System.Text.Json.JsonSerializer.Deserialize<string>(stream));
                    Probe.Sink(new StringReader("fixed").ReadLine());
                }
            }
            """;
        Assert.Equal(["14:external", "23:external", "31:external", "38:constant", "39:constant"], Sinks(source));
    }

    [Fact]
    public void Virtual_abstract_and_interface_calls_resolve_to_project_implementations()
    {
        const string types = """
            using System;
            interface ISource { string Get(); }
            abstract class Base { public abstract string Get(); public virtual string Other() => "a"; }
            class FromConsole : Base, ISource { public override string Get() => Console.ReadLine()!; }
            class Fixed : Base { public override string Get() => "a"; public override string Other() => Console.ReadLine()!; }
            """;
        const string use = """
            class C
            {
                void M(ISource source, Base b)
                {
                    Probe.Sink(source.Get());
                    Probe.Sink(b.Get());
                    Base f = new Fixed();
                    Probe.Sink(f.Get());
                    Probe.Sink(new FromConsole().Other());
                }
            }
            """;
        Assert.Equal(["5:external", "6:external", "8:constant", "9:constant"], Sinks(use, types));
    }

    [Fact]
    public void Virtual_call_sinks_see_arguments_through_the_base_method()
    {
        const string source = """
            using System;
            abstract class Handler { public abstract void Handle(string data); }
            class Runner : Handler { public override void Handle(string data) => Probe.Sink(data); }
            class Program
            {
                static void Main()
                {
                    Handler h = new Runner();
                    h.Handle(Console.ReadLine()!);
                }
            }
            """;
        Assert.Equal(["3:external"], Sinks(source));
    }

    [Fact]
    public void Lambdas_and_local_functions_are_followed()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            class C
            {
                void M()
                {
                    var x = Console.ReadLine()!;
                    Probe.Sink(Wrap(x));
                    Probe.Sink(Wrap("a"));
                    Func<string, string> quote = s => "'" + s + "'";
                    Probe.Sink(quote(x));
                    Func<string> read = () => Console.ReadLine()!;
                    Probe.Sink(read());
                    new List<string> { x }.ForEach(item => Probe.Sink(item));
                    string Wrap(string value) => "[" + value + "]";
                }
            }
            """;
        Assert.Equal(["8:external", "9:constant", "11:external", "13:external", "14:external"], Sinks(source));
    }

    [Fact]
    public void Dead_branches_are_not_taken()
    {
        const string source = """
            using System;
            static class Flags
            {
                public const bool Off = false;
                public static readonly bool ReadonlyOff = false;
                public static bool NeverSet = false;
                public static bool Enabled => false;
                public static bool ReturnsFalse() { return false; }
                public static readonly int Five = 5;
            }
            class C
            {
                void M()
                {
                    var x = Console.ReadLine()!;
                    if (Flags.Off) { Probe.Sink(x); }
                    if (Flags.ReadonlyOff) { Probe.Sink(x); }
                    if (Flags.NeverSet) { Probe.Sink(x); }
                    if (Flags.Enabled) { Probe.Sink(x); }
                    if (Flags.ReturnsFalse()) { Probe.Sink(x); }
                    if (Flags.Five != 5) { Probe.Sink(x); }
                    while (Flags.Off) { Probe.Sink(x); }
                    for (var i = 0; Flags.ReadonlyOff; i++) { Probe.Sink(x); }
                    switch (Flags.Five) { case 4: Probe.Sink(x); break; default: Probe.Sink("a"); break; }
                    if (!Flags.ReturnsFalse()) { Probe.Sink("b"); } else { Probe.Sink(x); }
                }
            }
            """;
        Assert.Equal(
            ["16:dead", "17:dead", "18:dead", "19:dead", "20:dead", "21:dead", "22:dead", "23:dead", "24:dead", "24:constant", "25:constant", "25:dead"],
            Sinks(source));
    }

    [Fact]
    public void A_deconstruction_stores_each_element_into_its_own_variable()
    {
        const string source = """
            using System;
            class C
            {
                private string a = "", b = "";
                void M()
                {
                    (a, b) = (Console.ReadLine()!, "fixed");
                    Probe.Sink(a);
                    Probe.Sink(b);
                    string p, q;
                    (p, (_, q)) = ("k", (1, Console.ReadLine()!));
                    Probe.Sink(p);
                    Probe.Sink(q);
                    var pair = ("z", Console.ReadLine()!);
                    string r, s;
                    (r, s) = pair;
                    Probe.Sink(r);
                }
            }
            """;
        Assert.Equal(["8:external", "9:constant", "12:constant", "13:external", "17:external"], Sinks(source));
    }

    [Fact]
    public void A_field_read_from_a_local_object_holds_what_was_stored_into_that_object()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            public class Options
            {
                public string Path = "/srv";
                public string Name { get; set; } = "";
                public List<string> Tags = new();
            }
            class C
            {
                void FromInput()
                {
                    var other = new Options { Path = Console.ReadLine()! };
                    other.Name = Console.ReadLine()!;
                    other.Tags.Add(Console.ReadLine()!);
                    Keep(other);
                }
                void Keep(Options options) { }
                void M()
                {
                    var fixedOptions = new Options { Name = "report" };
                    fixedOptions.Path = "/srv/reports";
                    fixedOptions.Tags.Add("daily");
                    Probe.Sink(fixedOptions.Path);
                    Probe.Sink(fixedOptions.Name);
                    Probe.Sink(fixedOptions.Tags);
                    var mixed = new Options();
                    mixed.Name = Console.ReadLine()!;
                    Probe.Sink(mixed.Name);
                    Probe.Sink(mixed.Path);
                    var handedOn = new Options();
                    Keep(handedOn);
                    Probe.Sink(handedOn.Path);
                }
            }
            """;
        Assert.Equal(["24:constant", "25:constant", "26:constant", "29:external", "30:constant", "33:external"], Sinks(source));
    }

    [Fact]
    public void A_field_read_from_a_parameter_holds_what_the_callers_stored_on_the_objects_they_pass()
    {
        const string source = """
            using System;
            public class Container { public string One = ""; }
            static class Sinks
            {
                public static void BadSink(Container container) => Probe.Sink(container.One);
                public static void GoodSink(Container container) => Probe.Sink(container.One);
                public static void SharedSink(Container container) => Probe.Sink(container.One);
                public static void Forwarding(Container container) { Keep(container); Probe.Sink(container.One); }
                static void Keep(Container container) { }
            }
            class Case
            {
                void Bad()
                {
                    var container = new Container();
                    container.One = Environment.GetEnvironmentVariable("ADD")!;
                    Sinks.BadSink(container);
                    Sinks.SharedSink(container);
                }
                void Good()
                {
                    var container = new Container { One = "foo" };
                    Sinks.GoodSink(container);
                }
                void Shared()
                {
                    var container = new Container { One = "foo" };
                    Sinks.SharedSink(container);
                    var forwarded = new Container { One = "foo" };
                    Sinks.Forwarding(forwarded);
                }
            }
            """;
        Assert.Equal(["5:external", "6:constant", "7:external", "8:external"], Sinks(source));
    }

    [Fact]
    public void A_field_a_constructor_sets_is_still_every_value_stored_into_it()
    {
        const string source = """
            using System;
            public class Box
            {
                public string Value = "";
                public Box(string value) { Value = value; }
            }
            class C
            {
                void FromInput() => Keep(new Box(Console.ReadLine()!));
                void Keep(Box box) { }
                void M()
                {
                    var box = new Box("fixed");
                    Probe.Sink(box.Value);
                    var called = new Box("fixed");
                    called.ToString();
                    Probe.Sink(called.Value);
                }
            }
            """;
        Assert.Equal(["14:external", "17:external"], Sinks(source));
    }

    [Fact]
    public void Conditions_that_only_look_fixed_do_not_make_branches_dead()
    {
        const string source = """
            using System;
            public class Runner
            {
                private static int attempts = 0;
                private bool useEnv = false;
                private string name = "x";
                public Runner(bool useEnv, string name) => (this.useEnv, this.name) = (useEnv, name);
                public virtual bool Verbose => false;
                public bool UseEnv = false;
                public static bool Trace = false;
                void Run(Middle middle)
                {
                    attempts++;
                    var x = Console.ReadLine()!;
                    if (attempts > 1) { Probe.Sink(x); }
                    if (useEnv) { Probe.Sink(x); }
                    if (name != "x") { Probe.Sink(x); }
                    if (Verbose) { Probe.Sink(x); }
                    if (UseEnv) { Probe.Sink(x); }
                    if (Trace) { Probe.Sink(x); }
                    if (middle.On()) { Probe.Sink(x); }
                }
            }
            public class Base { public virtual bool On() => true; }
            public class Middle : Base { public override bool On() => false; }
            public class Leaf : Middle { public override bool On() => true; }
            """;
        Assert.Equal(["15:external", "16:external", "17:external", "18:external", "19:external", "20:external", "21:external"], Sinks(source));
    }

    [Fact]
    public void Conditions_nothing_outside_the_project_can_change_keep_branches_dead()
    {
        const string source = """
            using System;
            public class Runner
            {
                private static int attempts = 0;
                private bool useEnv = false;
                private string name = "x";
                public bool Verbose => false;
                internal static bool Trace = false;
                void Run(Final final)
                {
                    var x = Console.ReadLine()!;
                    if (attempts > 1) { Probe.Sink(x); }
                    if (useEnv) { Probe.Sink(x); }
                    if (name != "x") { Probe.Sink(x); }
                    if (Verbose) { Probe.Sink(x); }
                    if (Trace) { Probe.Sink(x); }
                    if (final.On()) { Probe.Sink(x); }
                }
            }
            public class Base { public virtual bool On() => true; }
            public sealed class Final : Base { public override bool On() => false; }
            """;
        Assert.Equal(["12:dead", "13:dead", "14:dead", "15:dead", "16:dead", "17:dead"], Sinks(source));
    }

    [Fact]
    public void Data_assigned_only_on_a_dead_path_does_not_taint()
    {
        const string source = """
            using System;
            class C
            {
                private static readonly bool Debug = false;
                private static int Mode() => 1;
                void M()
                {
                    var data = "safe";
                    if (Debug) { data = Console.ReadLine()!; }
                    switch (Mode()) { case 2: data = Console.ReadLine()!; break; }
                    Probe.Sink(data);
                    var live = "safe";
                    if (!Debug) { live = Console.ReadLine()!; }
                    Probe.Sink(live);
                }
            }
            """;
        Assert.Equal(["11:constant", "14:external"], Sinks(source));
    }

    [Fact]
    public void Every_listed_source_is_external()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Net.Sockets;
            using System.Text;
            class C
            {
                static void Main(string[] args) => Probe.Sink(args[0]);
                async void M(TextReader reader, StreamReader streamReader, Stream stream, TcpClient client, UdpClient udp, HttpClient http, WebClient web, Socket socket, TcpListener listener)
                {
                    Probe.Sink(Environment.GetCommandLineArgs()[1]);
                    Probe.Sink(Console.ReadLine());
                    Probe.Sink(Console.In.ReadToEnd());
                    Probe.Sink(Environment.GetEnvironmentVariable("X"));
                    Probe.Sink(Environment.GetEnvironmentVariables()["X"]);
                    Probe.Sink(File.ReadAllText("a"));
                    Probe.Sink(File.ReadAllLines("a")[0]);
                    Probe.Sink(reader.ReadLine());
                    Probe.Sink(streamReader.ReadToEnd());
                    var buffer = new byte[10];
                    stream.Read(buffer, 0, 10);
                    Probe.Sink(Encoding.UTF8.GetString(buffer));
                    Probe.Sink(new StreamReader(client.GetStream()).ReadLine());
                    var ns = client.GetStream();
                    var b2 = new byte[10];
                    ns.Read(b2, 0, b2.Length);
                    Probe.Sink(Encoding.UTF8.GetString(b2));
                    IPEndPoint? remote = null;
                    Probe.Sink(Encoding.UTF8.GetString(udp.Receive(ref remote)));
                    var b3 = new byte[10];
                    socket.Receive(b3);
                    Probe.Sink(Encoding.ASCII.GetString(b3));
                    Probe.Sink(new StreamReader(listener.AcceptTcpClient().GetStream()).ReadLine());
                    Probe.Sink(await http.GetStringAsync("http://x"));
                    Probe.Sink(await (await http.GetAsync("http://x")).Content.ReadAsStringAsync());
                    Probe.Sink(web.DownloadString("http://x"));
                    var request = (HttpWebRequest)WebRequest.Create("http://x");
                    Probe.Sink(new StreamReader(request.GetResponse().GetResponseStream()).ReadToEnd());
                    Probe.Sink(new StreamReader(File.OpenRead("a")).ReadToEnd());
                    Probe.Sink(new StreamReader("a.txt").ReadLine());
                }
            }
            """;
        var sinks = Sinks(source);
        Assert.Equal(22, sinks.Length);
        Assert.DoesNotContain(sinks, s => !s.EndsWith(":external", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_read_over_HTTP_is_external_and_so_are_the_members_of_what_it_fills_in()
    {
        const string source = """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            public sealed class Reply { public string Url { get; set; } = ""; }
            class C
            {
                async Task M(HttpClient http)
                {
                    Probe.Sink((await http.GetFromJsonAsync<Reply>("http://x"))!.Url);
                    var response = await http.GetAsync("http://x");
                    var reply = await response.Content.ReadFromJsonAsync<Reply>();
                    Probe.Sink(reply!.Url);
                    Probe.Sink(await http.GetFromJsonAsync<string>("http://x"));
                    Probe.Sink((await Task.FromResult(new Reply())).Url);
                }
            }
            """;
        Assert.Equal(["9:external", "12:external", "13:external", "14:constant"], Sinks(source));
    }

    [Fact]
    public void Database_and_registry_reads_are_external()
    {
        const string source = """
            using System.Data;
            using System.Data.Common;
            class C
            {
                void M(IDataReader reader, DbDataReader db)
                {
                    Probe.Sink(reader.GetString(0));
                    Probe.Sink(reader["name"]);
                    Probe.Sink(db.GetString(0));
                    Probe.Sink(db.GetFieldValue<string>(0));
                    Probe.Sink(Microsoft.Win32.Registry.CurrentUser.OpenSubKey("k")!.GetValue("v"));
                }
            }
            """;
        Assert.Equal(["7:external", "8:external", "9:external", "10:external", "11:external"], Sinks(source));
    }

    [Fact]
    public void Asp_net_request_and_action_parameters_are_external()
    {
        const string source = """
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            [ApiController]
            public class ItemsController : ControllerBase
            {
                public IActionResult Get(string name)
                {
                    Probe.Sink(name);
                    Probe.Sink(Request.Query["q"]);
                    Probe.Sink(Request.Form["f"]);
                    Probe.Sink(Request.Headers["h"]);
                    Probe.Sink(Request.Cookies["c"]);
                    Probe.Sink(new System.IO.StreamReader(Request.Body).ReadToEnd());
                    return Ok();
                }
            }
            """;
        Assert.Equal(["8:external", "9:external", "10:external", "11:external", "12:external", "13:external"], Sinks(source));
    }

    [Fact]
    public void Sanitisers_lower_the_origin()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Net;
            class C
            {
                enum Mode { A, B }
                void M()
                {
                    var x = Console.ReadLine()!;
                    Probe.Sink(int.Parse(x).ToString());
                    Probe.Sink(Guid.Parse(x).ToString());
                    Probe.Sink(DateTime.Parse(x).ToString());
                    Probe.Sink(Enum.Parse<Mode>(x).ToString());
                    Probe.Sink(Path.GetFileName(x));
                    Probe.Sink(WebUtility.HtmlEncode(x));
                    Probe.Sink(System.Security.SecurityElement.Escape(x));
                    if (int.TryParse(x, out var n)) { Probe.Sink(n); }
                }
            }
            """;
        Assert.Equal(["10:internal", "11:internal", "12:internal", "13:internal", "14:internal", "15:internal", "16:internal", "17:internal"], Sinks(source));
    }

    [Fact]
    public void Guards_that_dominate_the_sink_lower_the_origin()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Text.RegularExpressions;
            class C
            {
                private static readonly HashSet<string> Allowed = new() { "ls", "pwd" };
                static bool IsValid(string s) => Regex.IsMatch(s, "^[a-z]+$");
                void M()
                {
                    var x = Console.ReadLine()!;
                    if (Regex.IsMatch(x, "^[a-z]+$")) { Probe.Sink(x); }
                    if (Allowed.Contains(x)) { Probe.Sink("run " + x); }
                    if (x == "ls" || x == "pwd") { Probe.Sink(x); }
                    Probe.Sink(x);
                    if (Regex.IsMatch(x, "[a-z]")) { Probe.Sink(x); }
                    if (!Regex.IsMatch(x, "^[a-z]+$")) { Probe.Sink(x); }
                }
                void Early(string y)
                {
                    var z = Console.ReadLine()!;
                    if (!IsValid(z)) return;
                    Probe.Sink(z);
                }
                void EarlyThrow()
                {
                    var z = Console.ReadLine()!;
                    if (z.Length > 10 || !Allowed.Contains(z)) { throw new ArgumentException("bad"); }
                    Probe.Sink(z);
                }
                void Reassigned()
                {
                    var z = Console.ReadLine()!;
                    if (!IsValid(z)) return;
                    z = Console.ReadLine()!;
                    Probe.Sink(z);
                }
            }
            """;
        Assert.Equal(
            ["11:internal", "12:constant", "13:constant", "14:external", "15:external", "16:external", "22:internal", "28:constant", "35:external"],
            Sinks(source));
    }

    [Fact]
    public void Configuration_is_its_own_tier()
    {
        const string source = """
            using Microsoft.Extensions.Configuration;
            class C
            {
                void M(IConfiguration configuration)
                {
                    Probe.Sink(configuration["Tool"]);
                    Probe.Sink(configuration.GetConnectionString("Db"));
                }
            }
            """;
        Assert.Equal(["6:configuration", "7:configuration"], Sinks(source));
    }

    [Fact]
    public void A_setter_holds_what_the_project_assigns_to_its_property()
    {
        const string source = """
            using System;
            public sealed class NameRule
            {
                private string _pattern = "";
                public string Pattern { get => _pattern; set => Probe.Sink(_pattern = value); }
            }
            public sealed class Filter
            {
                private string _text = "";
                public string Text { get => _text; set => Probe.Sink(_text = value); }
            }
            public sealed class Open
            {
                public string Name { get => ""; set => Probe.Sink(value); }
            }
            public static class Rules
            {
                public static void Use()
                {
                    var rule = new NameRule();
                    rule.Pattern = "^[a-z]+$";
                    var filter = new Filter { Text = Console.ReadLine()! };
                }
            }
            """;
        Assert.Equal(["5:constant", "10:external", "14:external"], Sinks(source));
    }

    [Fact]
    public void An_attribute_constructor_receives_constants()
    {
        const string source = """
            using System;
            [AttributeUsage(AttributeTargets.Property)]
            public sealed class ColumnAttribute(string name) : Attribute
            {
                public string Name { get; } = name;
            }
            public sealed class Handler(string name)
            {
                public string Name { get; } = name;
            }
            public sealed class Order
            {
                [Column("order_id")] public int Id { get; set; }
                public static void Show(ColumnAttribute column, Handler handler)
                {
                    Probe.Sink(column.Name);
                    Probe.Sink(handler.Name);
                }
            }
            """;
        Assert.Equal(["16:constant", "17:external"], Sinks(source));
    }

    [Fact]
    public void A_receiver_holding_a_literal_is_never_a_project_class()
    {
        const string source = """
            public sealed class Tag(string text)
            {
                public override string ToString() => text;
            }
            public static class Digits
            {
                public static void Repeat(Tag tag)
                {
                    object count = 3;
                    Probe.Sink(count.ToString());
                    object named = tag;
                    Probe.Sink(named.ToString());
                }
            }
            """;
        Assert.Equal(["10:constant", "12:external"], Sinks(source));
    }

    [Fact]
    public void Trace_of_data_without_a_source_starts_at_its_first_hop()
    {
        const string source = """
            public interface IStore { string NameOf(int id); }
            public sealed class Pictures(IStore store)
            {
                public void Show(int id) => Probe.Sink(Full(store.NameOf(id)));
                private static string Full(string name) => System.IO.Path.Combine("/srv", name);
            }
            """;
        var (text, trace) = Assert.Single(OriginProbe.Traces(source));
        Assert.Equal("4:internal", text);
        Assert.Equal("via Pictures.Full at File0.cs:4", trace.Describe());
    }

    [Fact]
    public void Trace_describes_the_path_from_source_to_sink()
    {
        const string source = """
            using System;
            class C
            {
                static string Read() => Console.ReadLine()!;
                static void Run(string command) => Probe.Sink(command);
                static void Main() => Run(Read());
            }
            """;
        var (text, trace) = Assert.Single(OriginProbe.Traces(source));
        Assert.Equal("5:external", text);
        Assert.Equal("from Console.ReadLine() at File0.cs:4, via C.Read, via C.Run(command)", trace.Describe());
    }

    [Fact]
    public void Random_bytes_clocks_and_counters_are_internal_not_constant()
    {
        const string source = """
            using System;
            using System.Diagnostics;
            using System.Security.Cryptography;
            class C
            {
                void M()
                {
                    var b = new byte[16];
                    RandomNumberGenerator.Fill(b);
                    Probe.Sink(Convert.ToHexString(b));
                    var c = new byte[16];
                    using var rng = RandomNumberGenerator.Create();
                    rng.GetBytes(c);
                    Probe.Sink(c);
                    var d = new byte[8];
                    new Random(42).NextBytes(d);
                    Probe.Sink(d);
                    Probe.Sink(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
                    Probe.Sink(new Random(42).Next(1, 10).ToString());
                    Probe.Sink(Guid.NewGuid().ToString("N"));
                    Probe.Sink(DateTime.UtcNow.ToString("o"));
                    var watch = new Stopwatch();
                    Probe.Sink(watch.ElapsedMilliseconds.ToString());
                    var zeros = new byte[4];
                    Probe.Sink(zeros);
                }
            }
            """;
        Assert.Equal(["10:internal", "14:internal", "17:internal", "18:internal", "19:internal", "20:internal", "21:internal", "23:internal", "25:constant"], Sinks(source));
    }

    [Fact]
    public void Values_read_by_a_call_are_not_written_by_it()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Text;
            class C
            {
                void M(Stream stream)
                {
                    var text = "abc";
                    var buffer = new byte[8];
                    Encoding.UTF8.GetBytes(text, 0, text.Length, buffer, 0);
                    Probe.Sink(text);
                    var name = "fixed";
                    var read = new byte[8];
                    stream.Read(read, 0, name.Length);
                    Probe.Sink(name);
                    Probe.Sink(read);
                }
            }
            """;
        Assert.Equal(["11:constant", "15:constant", "16:external"], Sinks(source));
    }

    [Fact]
    public void Shared_library_instances_used_as_receivers_are_constant()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using System.Text;
            class C
            {
                private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase) { "ls", "pwd" };
                void M()
                {
                    Probe.Sink(Encoding.UTF8.GetBytes("literal"));
                    Probe.Sink("a".ToUpper(CultureInfo.InvariantCulture));
                    Probe.Sink(StringComparer.Ordinal.Compare("a", "b"));
                    var x = Console.ReadLine()!;
                    if (Allowed.Contains(x)) { Probe.Sink(x); }
                    Probe.Sink(DateTime.Now.ToString(CultureInfo.InvariantCulture));
                    Probe.Sink(Encoding.UTF8.GetBytes(x));
                }
            }
            """;
        Assert.Equal(["10:constant", "11:constant", "12:constant", "14:constant", "15:internal", "16:external"], Sinks(source));
    }

    [Fact]
    public void Settable_auto_properties_are_not_fixed_conditions()
    {
        const string source = """
            using System;
            public sealed class Options
            {
                public bool Enabled { get; set; } = false;
                public bool Initialised { get; init; } = false;
                public bool Fixed { get; } = false;
                public bool Computed => false;
                public static bool Global { get; set; } = false;
            }
            class C
            {
                void M(Options options)
                {
                    var x = Console.ReadLine()!;
                    if (options.Enabled) { Probe.Sink(x); }
                    if (options.Initialised) { Probe.Sink(x); }
                    if (Options.Global) { Probe.Sink(x); }
                    if (options.Fixed) { Probe.Sink(x); }
                    if (options.Computed) { Probe.Sink(x); }
                }
            }
            """;
        Assert.Equal(["15:external", "16:external", "17:external", "18:dead", "19:dead"], Sinks(source));
    }

    [Fact]
    public void Sanitisers_count_only_for_the_concern_they_protect()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Net;
            using System.Security;
            using System.Text.RegularExpressions;
            using Microsoft.Security.Application;
            class C
            {
                void M()
                {
                    var x = Console.ReadLine()!;
                    Probe.Sink(WebUtility.HtmlEncode(x));
                    Probe.Sink(Path.GetFileName(x));
                    Probe.Sink(Regex.Escape(x));
                    Probe.Sink(SecurityElement.Escape(x));
                    Probe.Sink(Encoder.LdapFilterEncode(x));
                    Probe.Sink(int.Parse(x).ToString());
                    Probe.Sink(Guid.Parse(x).ToString());
                }
            }
            """;
        string[] Expect(params string[] internalLines) =>
            Enumerable.Range(12, 7).Select(l => $"{l}:{(internalLines.Contains(l.ToString()) || l >= 17 ? "internal" : "external")}").ToArray();
        Assert.Equal(Expect(), OriginProbe.Sinks(SinkConcern.Sql, source));
        Assert.Equal(Expect("12", "15"), OriginProbe.Sinks(SinkConcern.Html, source));
        Assert.Equal(Expect("13"), OriginProbe.Sinks(SinkConcern.Path, source));
        Assert.Equal(Expect("13"), OriginProbe.Sinks(SinkConcern.Command, source));
        Assert.Equal(Expect("14"), OriginProbe.Sinks(SinkConcern.Regex, source));
        Assert.Equal(Expect("15"), OriginProbe.Sinks(SinkConcern.XPath, source));
        Assert.Equal(Expect("16"), OriginProbe.Sinks(SinkConcern.Ldap, source));
        Assert.Equal(Expect("12", "13", "14", "15", "16"), OriginProbe.Sinks(SinkConcern.Generic, source));
    }

    [Fact]
    public void Is_local_url_guards_a_redirect_only()
    {
        const string source = """
            using System;
            using Microsoft.AspNetCore.Mvc;
            class C
            {
                void M(IUrlHelper url)
                {
                    var next = Console.ReadLine()!;
                    if (url.IsLocalUrl(next)) { Probe.Sink(next); }
                    if (!url.IsLocalUrl(next)) { return; }
                    Probe.Sink(next);
                }
            }
            """;
        Assert.Equal(["8:internal", "10:internal"], OriginProbe.Sinks(SinkConcern.Redirect, source));
        Assert.Equal(["8:external", "10:external"], OriginProbe.Sinks(SinkConcern.Sql, source));
    }

    [Fact]
    public void Constructor_hops_read_as_object_creation()
    {
        const string source = """
            using System;
            sealed class Archiver(string root)
            {
                public void Run() => Probe.Sink(root);
            }
            static class Program
            {
                static void Main() => new Archiver(Console.ReadLine()!).Run();
            }
            """;
        var (text, trace) = Assert.Single(OriginProbe.Traces(source));
        Assert.Equal("4:external", text);
        Assert.Equal("from Console.ReadLine() at File0.cs:8, via new Archiver(root)", trace.Describe());
    }

    [Fact]
    public void Members_of_objects_a_library_fills_in_carry_what_it_read()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Text.Json;
            using System.Xml.Serialization;
            public sealed class Job { public string Tool { get; set; } = ""; public Detail Detail { get; set; } = new(); public string Label => Tool + "!"; }
            public sealed class Detail { public string Path = ""; }
            public sealed record Step(string Command);
            class C
            {
                void M()
                {
                    var job = JsonSerializer.Deserialize<Job>(Console.ReadLine()!)!;
                    Probe.Sink(job.Tool);
                    Probe.Sink(job.Detail.Path);
                    Probe.Sink(job.Label);
                    var jobs = JsonSerializer.Deserialize<List<Job>>(Console.ReadLine()!)!;
                    foreach (var each in jobs) { Probe.Sink(each.Tool); }
                    Probe.Sink(jobs[0].Tool);
                    var fromXml = (Job)new XmlSerializer(typeof(Job)).Deserialize(File.OpenRead("jobs.xml"))!;
                    Probe.Sink(fromXml.Tool);
                    var step = JsonSerializer.Deserialize<Step>(Console.ReadLine()!)!;
                    Probe.Sink(step.Command);
                }
            }
            """;
        Assert.Equal(["14:external", "15:external", "16:external", "18:external", "19:external", "21:external", "23:external"], Sinks(source));
    }

    [Fact]
    public void Members_of_objects_the_project_makes_or_a_library_hands_back_keep_what_was_stored()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text.Json;
            public sealed class Job { public string Tool { get; set; } = ""; public string Owner { get; set; } = ""; }
            public sealed class Blank { public string Tool { get; set; } = "tar"; }
            public sealed record Step(string Command);
            class C
            {
                void M()
                {
                    var fixedJob = JsonSerializer.Deserialize<Job>("{}")!;
                    Probe.Sink(fixedJob.Tool);
                    var jobs = new List<Job> { new Job { Owner = Console.ReadLine()! } };
                    Probe.Sink(jobs.First().Tool);
                    Probe.Sink(Activator.CreateInstance<Blank>().Tool);
                    Probe.Sink(new Step("ls").Command);
                }
            }
            """;
        Assert.Equal(["13:constant", "15:constant", "16:constant", "17:constant"], Sinks(source));
    }

    [Fact]
    public void A_record_property_holds_what_its_creations_passed()
    {
        const string source = """
            using System;
            public sealed record Step(string Command, string Title, string Owner);
            class C
            {
                void M()
                {
                    var step = new Step(Console.ReadLine()!, "title", "me");
                    Probe.Sink(step.Command);
                    Probe.Sink(step.Title);
                    Probe.Sink((step with { Owner = Console.ReadLine()! }).Owner);
                }
            }
            """;
        Assert.Equal(["8:external", "9:constant", "10:external"], Sinks(source));
    }

    [Fact]
    public void Objects_bound_from_a_request_or_configuration_carry_that_origin()
    {
        const string source = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Routing;
            using Microsoft.Extensions.Options;
            namespace Microsoft.Extensions.Options { public interface IOptions<out T> where T : class { T Value { get; } } }
            public sealed class Order { public string Note { get; set; } = ""; }
            public sealed class Settings { public string Tool { get; set; } = ""; }
            [ApiController]
            public class OrdersController : ControllerBase
            {
                public IActionResult Post(Order order) { Probe.Sink(order.Note); return Ok(); }
            }
            public sealed class Startup
            {
                public void Map(IEndpointRouteBuilder app) => app.MapPost("/orders", (Order order) => Probe.Sink(order.Note));
            }
            public sealed class Runner(IOptions<Settings> options)
            {
                public void Run() => Probe.Sink(options.Value.Tool);
            }
            """;
        Assert.Equal(["11:external", "15:external", "19:configuration"], Sinks(source));
    }

    [Fact]
    public void Objects_a_private_method_receives_from_the_project_keep_what_was_stored()
    {
        const string source = """
            using Microsoft.AspNetCore.Mvc;
            public sealed class Order { public string Note { get; set; } = ""; }
            [ApiController]
            public class OrdersController : ControllerBase
            {
                public IActionResult Post() { Save(new Order()); return Ok(); }
                private void Save(Order order) => Probe.Sink(order.Note);
            }
            """;
        Assert.Equal(["7:constant"], Sinks(source));
    }
}

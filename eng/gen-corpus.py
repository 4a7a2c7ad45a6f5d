#!/usr/bin/env python3
"""Generates the labelled corpus under tests/SecurityGate.Corpus in the style of NIST Juliet:
one flaw per case (a Bad() flow), with GoodG2B (good source, bad sink) and GoodB2G (bad source, safe sink)
twins that must stay silent. Re-run after editing the templates; hand-written cases live beside the generated ones."""
import os, shutil, textwrap

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "SecurityGate.Corpus")

USINGS = """using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Text.RegularExpressions;
"""

RULES = {
    "SG4001": dict(category="CommandExecution", cwe="CWE-78",
        sink='Process.Start("git", "log --author=" + {e});',
        san='({e} switch {{ "status" => "status", "log" => "log", _ => "help" }})',
        san2_stmts='var mode = Enum.Parse<Mode>({e}); var {v} = mode == Mode.Status ? "status" : "log";',
        check='Allowed.Contains({e})', sanitiser="allow-list mapping"),
    "SG4002": dict(category="CommandExecution", cwe="CWE-426",
        sink='Process.Start({e});',
        san='({e} switch {{ "git" => "/usr/bin/git", _ => "/usr/bin/true" }})',
        san2_stmts='var mode = Enum.Parse<Mode>({e}); var {v} = mode == Mode.Status ? "/usr/bin/git" : "/usr/bin/true";',
        check='Allowed.Contains({e})', sanitiser="allow-list mapping"),
    "SG4003": dict(category="CommandExecution", cwe="CWE-78",
        sink='Process.Start("/bin/sh", "-c \\"grep " + {e} + " /var/log/app.log\\"");',
        san='({e} switch {{ "error" => "error", _ => "warning" }})',
        san2_stmts='var mode = Enum.Parse<Mode>({e}); var {v} = mode == Mode.Status ? "error" : "warning";',
        check='Allowed.Contains({e})', sanitiser="allow-list mapping"),
    "SG1001": dict(category="InputValidation", cwe="CWE-89",
        sink='var command = DbProviderFactories.GetFactory("Microsoft.Data.Sqlite").CreateCommand()!; command.CommandText = "SELECT * FROM users WHERE name = \'" + {e} + "\'"; command.ExecuteNonQuery();',
        san='int.Parse({e}).ToString()',
        san2_stmts='var {v} = Guid.Parse({e}).ToString();',
        check='Regex.IsMatch({e}, "^[A-Za-z0-9_]+$", RegexOptions.None, TimeSpan.FromSeconds(1))', sanitiser="numeric parsing"),
    "SG1002": dict(category="InputValidation", cwe="CWE-22",
        sink='var content = File.ReadAllText("/srv/files/" + {e});',
        san='Path.GetFileName({e})',
        san2_stmts='var {v} = Path.GetFileName({e});',
        check='Regex.IsMatch({e}, "^[A-Za-z0-9_]+\\\\.txt$", RegexOptions.None, TimeSpan.FromSeconds(1))', sanitiser="Path.GetFileName"),
    "SG1003": dict(category="InputValidation", cwe="CWE-90", usings="using System.DirectoryServices;\nusing Microsoft.Security.Application;\n",
        sink='new DirectorySearcher("(&(objectClass=user)(uid=" + {e} + "))").FindOne();',
        san='Encoder.LdapFilterEncode({e})',
        san2_stmts='var mode = Enum.Parse<Mode>({e}); var {v} = mode == Mode.Status ? "alice" : "bob";',
        check='Regex.IsMatch({e}, "^[A-Za-z0-9_]+$", RegexOptions.None, TimeSpan.FromSeconds(1))', sanitiser="Encoder.LdapFilterEncode"),
    "SG1004": dict(category="InputValidation", cwe="CWE-643", usings="using System.Security;\nusing System.Xml;\n",
        sink='var doc = new XmlDocument(); doc.LoadXml("<users><user name=\'alice\'/></users>"); var node = doc.SelectSingleNode("/users/user[@name=\'" + {e} + "\']");',
        san='SecurityElement.Escape({e})',
        san2_stmts='var {v} = int.Parse({e}).ToString();',
        check='Regex.IsMatch({e}, "^[A-Za-z0-9_]+$", RegexOptions.None, TimeSpan.FromSeconds(1))', sanitiser="SecurityElement.Escape"),
    "SG1005": dict(category="InputValidation", cwe="CWE-1333",
        sink='var matched = Regex.IsMatch("user-42 logged in", {e}, RegexOptions.None, TimeSpan.FromSeconds(1));',
        san='Regex.Escape({e})',
        san2_stmts='var {v} = int.Parse({e}).ToString();',
        check='Regex.IsMatch({e}, "^[A-Za-z0-9_]+$", RegexOptions.None, TimeSpan.FromSeconds(1))', sanitiser="Regex.Escape"),
    "SG1006": dict(category="InputValidation", cwe="CWE-1333",
        sink='var matched = Regex.IsMatch({e}, "^(\\\\w+\\\\s?)*$");',
        san='int.Parse({e}).ToString()',
        san2_stmts='var {v} = Guid.Parse({e}).ToString();',
        check='Regex.IsMatch({e}, "^[A-Za-z0-9_]{{1,32}}$", RegexOptions.None, TimeSpan.FromSeconds(1))', sanitiser="numeric parsing"),
    "SG1007": dict(category="InputValidation", cwe="CWE-601", usings="using Microsoft.AspNetCore.Mvc;\n",
        sink='var redirect = new RedirectResult({e});',
        san='({e} switch {{ "status" => "/status", _ => "/" }})',
        san2_stmts='var {v} = "/search?q=" + Uri.EscapeDataString({e});',
        check='Regex.IsMatch({e}, "^/[A-Za-z0-9_/]*$", RegexOptions.None, TimeSpan.FromSeconds(1))', sanitiser="allow-list mapping"),
    "SG1008": dict(category="InputValidation", cwe="CWE-611", usings="using System.Security;\nusing System.Xml;\n", expect="SG1008, SG5011, SG5011",
        # The DTD-enabled settings with a fetching resolver are shared, so SG5011 reports the two switches once each,
        # outside the Good twins. DTD processing alone reads no external entity on .NET 5+, so the resolver is the flaw.
        support="""
public static class XmlSettings
{
    public static readonly XmlReaderSettings Legacy = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
}
""",
        sink='XmlReader.Create(new StringReader({e}), XmlSettings.Legacy).Dispose();',
        san='"<user>" + SecurityElement.Escape({e}) + "</user>"',
        san2_stmts='var {v} = "<id>" + int.Parse({e}) + "</id>";',
        check='Regex.IsMatch({e}, "^[A-Za-z0-9_]+$", RegexOptions.None, TimeSpan.FromSeconds(1))', sanitiser="markup escaping"),
    "SG4004": dict(category="CommandExecution", cwe="CWE-78", expect="SG4004, SG4002",
        sink='Process.Start(new ProcessStartInfo {{ FileName = {e}, UseShellExecute = true }});',
        san='({e} switch {{ "status" => "https://example.org/status", _ => "https://example.org/" }})',
        san2_stmts='var mode = Enum.Parse<Mode>({e}); var {v} = mode == Mode.Status ? "status.html" : "index.html";',
        check='Allowed.Contains({e})', sanitiser="allow-list mapping"),
}

SOURCES = {
    "console": ["var data = Console.ReadLine() ?? string.Empty;"],
    "environment": ['var data = Environment.GetEnvironmentVariable("APP_INPUT") ?? string.Empty;'],
    "file": ['var data = File.ReadAllText("input.txt").Trim();'],
    "socket": ['using var client = new TcpClient("example.org", 9000);',
               "using var reader = new StreamReader(client.GetStream());",
               "var data = reader.ReadLine() ?? string.Empty;"],
    "args": ["var data = args.Length > 0 ? args[0] : string.Empty;"],
}


def sink(rule, e):
    return RULES[rule]["sink"].format(e=e)


def san(rule, e):
    return RULES[rule]["san"].format(e=e)


def check(rule, e):
    return RULES[rule]["check"].format(e=e)


def body(lines, indent=8):
    return "\n".join(" " * indent + l for l in lines)


def klass(name, members, extra=""):
    return f"""public sealed class {name}
{{
    private static readonly HashSet<string> Allowed = new() {{ "status", "log", "error", "git" }};

{members}
}}
{extra}"""


def header(rule, shape, description, expect=None):
    r = RULES[rule]
    return (f"// expect: {expect or r.get('expect', rule)}\n"
            f"// {r['cwe']} via {rule}; shape: {shape}. {description}\n"
            f"// Bad() carries the flaw; Good* twins use the same sink safely and must stay silent.\n")


def src(source):
    return SOURCES[source]


def method(name, lines, params=""):
    return f"    public void {name}({params})\n    {{\n{body(lines)}\n    }}\n"


def same_method(rule, source):
    p = "string[] args" if source == "args" else ""
    members = method("Bad", src(source) + [sink(rule, "data")], p)
    members += "\n" + method("GoodG2B", ['var data = "status";', sink(rule, "data")])
    members += "\n" + method("GoodB2G", src(source) + [f"var safe = {san(rule, 'data')};", sink(rule, "safe")], p)
    if source == "args":
        members += """
    public static void Main(string[] args)
    {
        var program = new Case();
        program.Bad(args);
        program.GoodG2B();
        program.GoodB2G(args);
    }
"""
    return members


CASES = []


def case(rule, number, shape, description, files):
    CASES.append((rule, number, shape, description, files))


def generate(rule):
    r = RULES[rule]
    U = USINGS + r.get("usings", "")
    n = 0
    def nxt():
        nonlocal n
        n += 1
        return f"{n:02d}"

    # 1 same method, console
    case(rule, nxt(), "same-method", "Console input reaches the sink in the same method.",
         {"Case.cs": U + "\n" + klass("Case", same_method(rule, "console"))})

    # 2 another method
    members = method("Bad", src("environment") + ["BadSink(data);"])
    members += "\n    private void BadSink(string data)\n    {\n" + body([sink(rule, "data")]) + "\n    }\n"
    members += "\n" + method("GoodG2B", ['GoodG2BSink("status");'])
    members += "\n    private void GoodG2BSink(string data)\n    {\n" + body([sink(rule, "data")]) + "\n    }\n"
    members += "\n" + method("GoodB2G", src("environment") + ["GoodB2GSink(data);"])
    members += "\n    private void GoodB2GSink(string data)\n    {\n" + body([f"var safe = {san(rule, 'data')};", sink(rule, "safe")]) + "\n    }\n"
    case(rule, nxt(), "another-method", "An environment variable is passed to a private sink method.",
         {"Case.cs": U + "\n" + klass("Case", members)})

    # 3 another class in another file
    members = method("Bad", src("file") + ["new CaseSinks().BadSink(data);"])
    members += "\n" + method("GoodG2B", ['new CaseSinks().GoodG2BSink("status");'])
    members += "\n" + method("GoodB2G", src("file") + ["new CaseSinks().GoodB2GSink(data);"])
    sinks = method("BadSink", [sink(rule, "data")], "string data")
    sinks += "\n" + method("GoodG2BSink", [sink(rule, "data")], "string data")
    sinks += "\n" + method("GoodB2GSink", [f"var safe = {san(rule, 'data')};", sink(rule, "safe")], "string data")
    case(rule, nxt(), "another-class", "File contents cross to a sink in another class declared in another file.",
         {"Case.cs": U + "\n" + klass("Case", members), "CaseSinks.cs": U + "\n" + klass("CaseSinks", sinks)})

    # 4 instance field
    members = "    private string _badData = string.Empty;\n    private string _goodG2BData = string.Empty;\n    private string _goodB2GData = string.Empty;\n\n"
    members += method("Bad", src("socket") + ["_badData = data;", "BadSink();"])
    members += "\n    private void BadSink()\n    {\n" + body([sink(rule, "_badData")]) + "\n    }\n"
    members += "\n" + method("GoodG2B", ['_goodG2BData = "status";', "GoodG2BSink();"])
    members += "\n    private void GoodG2BSink()\n    {\n" + body([sink(rule, "_goodG2BData")]) + "\n    }\n"
    members += "\n" + method("GoodB2G", src("socket") + ["_goodB2GData = data;", "GoodB2GSink();"])
    members += "\n    private void GoodB2GSink()\n    {\n" + body([f"var safe = {san(rule, '_goodB2GData')};", sink(rule, "safe")]) + "\n    }\n"
    case(rule, nxt(), "field", "Socket data is stored in an instance field and used by another method.",
         {"Case.cs": U + "\n" + klass("Case", members)})

    # 5 static field
    members = "    private static string s_badData = string.Empty;\n    private static string s_goodG2BData = string.Empty;\n\n"
    members += method("Bad", src("console") + ["s_badData = data;", "new CaseSinks().BadSink();"])
    members += "\n" + method("GoodG2B", ['s_goodG2BData = "status";', "new CaseSinks().GoodG2BSink();"])
    members += "\n    internal static string BadData => s_badData;\n\n    internal static string GoodG2BData => s_goodG2BData;\n"
    sinks = method("BadSink", [sink(rule, "Case.BadData")])
    sinks += "\n" + method("GoodG2BSink", [sink(rule, "Case.GoodG2BData")])
    case(rule, nxt(), "static-field", "Console input is kept in a static field read through a property from another class and file.",
         {"Case.cs": U + "\n" + klass("Case", members), "CaseSinks.cs": U + "\n" + klass("CaseSinks", sinks)})

    # 6 collection
    kinds = {"SG4001": ("List<string>", "Add({v})", "items[items.Count - 1]"),
             "SG4002": ("Dictionary<string, string>", 'Add("key", {v})', 'items["key"]'),
             "SG4003": ("Queue<string>", "Enqueue({v})", "items.Dequeue()"),
             "SG1001": ("LinkedList<string>", "AddLast({v})", "items.Last!.Value"),
             "SG1002": ("Stack<string>", "Push({v})", "items.Pop()"),
             "SG1003": ("List<string>", "Insert(0, {v})", "items[0]"),
             "SG1004": ("Dictionary<int, string>", "Add(1, {v})", "items[1]"),
             "SG1005": ("Queue<string>", "Enqueue({v})", "items.Peek()"),
             "SG1006": ("SortedList<string, string>", 'Add("key", {v})', 'items["key"]'),
             "SG1007": ("List<string>", "AddRange(new[] {{ {v} }})", "items[0]"),
             "SG1008": ("LinkedList<string>", "AddFirst({v})", "items.First!.Value"),
             "SG4004": ("Stack<string>", "Push({v})", "items.Peek()")}
    ctype, add, get = kinds[rule]
    members = method("Bad", src("environment") + [f"var items = new {ctype}();", "items." + add.format(v="data") + ";", "BadSink(items);"])
    members += f"\n    private void BadSink({ctype} items)\n    {{\n" + body([f"var data = {get};", sink(rule, "data")]) + "\n    }\n"
    members += "\n" + method("GoodG2B", [f"var items = new {ctype}();", "items." + add.format(v='"status"') + ";", "GoodG2BSink(items);"])
    members += f"\n    private void GoodG2BSink({ctype} items)\n    {{\n" + body([f"var data = {get};", sink(rule, "data")]) + "\n    }\n"
    case(rule, nxt(), "collection", f"An environment variable travels inside a {ctype.split('<')[0]}.",
         {"Case.cs": U + "\n" + klass("Case", members)})

    # 7 virtual call
    members = method("Bad", src("console") + ["CaseSinkBase sink = new BadCaseSink();", "sink.Action(data);"])
    members += "\n" + method("GoodG2B", ["CaseSinkBase sink = new GoodG2BCaseSink();", 'sink.Action("status");'])
    members += "\n" + method("GoodB2G", src("console") + ["CaseSinkBase sink = new GoodB2GCaseSink();", "sink.Action(data);"])
    extra = f"""
public abstract class CaseSinkBase
{{
    public abstract void Action(string data);
}}

public sealed class BadCaseSink : CaseSinkBase
{{
    public override void Action(string data)
    {{
        {sink(rule, "data")}
    }}
}}

public sealed class GoodG2BCaseSink : CaseSinkBase
{{
    public override void Action(string data)
    {{
        {sink(rule, "data")}
    }}
}}

public sealed class GoodB2GCaseSink : CaseSinkBase
{{
    public override void Action(string data)
    {{
        var safe = {san(rule, "data")};
        {sink(rule, "safe")}
    }}
}}
"""
    case(rule, nxt(), "virtual-call", "Console input reaches the sink through an abstract method resolved to the project's override.",
         {"Case.cs": U + "\n" + klass("Case", members, extra)})

    # 8 dead branch with a constant condition
    members = """    private const bool PrivateConstFalse = false;
    private static readonly bool StaticReadonlyTrue = true;
    private static readonly int StaticReadonlyFive = 5;

    private static bool StaticReturnsFalse() => false;

"""
    read = "data = Console.ReadLine() ?? string.Empty;"
    members += method("Bad", ["var data = string.Empty;", "if (StaticReadonlyTrue)", "{", "    " + read, "}", sink(rule, "data")])
    members += "\n" + method("GoodG2B1", ['var data = "status";', "if (StaticReadonlyFive != 5)", "{", "    " + read, "}", sink(rule, "data")])
    members += "\n" + method("GoodG2B2", ['var data = "status";', "if (StaticReturnsFalse())", "{", "    " + read, "}", sink(rule, "data")])
    members += "\n" + method("GoodB2G1", ["var data = Console.ReadLine() ?? string.Empty;", "if (PrivateConstFalse)", "{", "    " + sink(rule, "data"), "}"])
    members += "\n" + method("GoodB2G2", ["var data = Console.ReadLine() ?? string.Empty;", "switch (StaticReadonlyFive)", "{", "    case 6:", "        " + sink(rule, "data"), "        break;", "}"])
    members += "\n" + method("GoodB2G3", ["var data = Console.ReadLine() ?? string.Empty;", "while (StaticReturnsFalse())", "{", "    " + sink(rule, "data"), "}"])
    case(rule, nxt(), "dead-branch", "The flaw sits behind conditions fixed at compile time: taken in Bad, never taken in the Good twins.",
         {"Case.cs": U + "\n" + klass("Case", members)})

    # 9 sanitised
    members = method("Bad", src("console") + [sink(rule, "data")])
    members += "\n" + method("GoodB2G1", src("console") + [f"var safe = {san(rule, 'data')};", sink(rule, "safe")])
    members += "\n" + method("GoodB2G2", src("console") + [r["san2_stmts"].format(e="data", v="safe"), sink(rule, "safe")])
    extra = "\npublic enum Mode\n{\n    Status,\n    Log,\n}\n"
    case(rule, nxt(), "sanitised", f"Console input is used raw in Bad and passes a sanitiser ({r['sanitiser']}) in the Good twins.",
         {"Case.cs": U + "\n" + klass("Case", members, extra)})

    # 10 validated (guard)
    members = method("Bad", src("environment") + [sink(rule, "data")])
    members += "\n" + method("GoodB2G1", src("environment") + [f"if (!{check(rule, 'data')})", "{", "    return;", "}", sink(rule, "data")])
    members += "\n" + method("GoodB2G2", src("environment") + [f"if ({check(rule, 'data')})", "{", "    " + sink(rule, "data"), "}"])
    members += "\n" + method("GoodB2G3", src("environment") + ["if (!IsSafe(data))", "{", '    throw new ArgumentException("rejected input");', "}", sink(rule, "data")])
    members += f"\n    private static bool IsSafe(string value) => {check(rule, 'value')};\n"
    case(rule, nxt(), "validated", "An environment variable is used unchecked in Bad and behind a dominating validation check in the Good twins.",
         {"Case.cs": U + "\n" + klass("Case", members)})

    # 11-14 sources
    for source, text in [("environment", "An environment variable"), ("file", "File contents"), ("socket", "A line read from a TcpClient stream"), ("args", "A command-line argument of Main")]:
        case(rule, nxt(), f"source-{source}", f"{text} reaches the sink in the same method.",
             {"Case.cs": U + "\n" + klass("Case", same_method(rule, source))})


def main():
    for rule in RULES:
        generate(rule)
    for rule in RULES:
        shutil.rmtree(os.path.join(ROOT, RULES[rule]["category"], rule), ignore_errors=True)
    for rule, number, shape, description, files in CASES:
        directory = os.path.join(ROOT, RULES[rule]["category"], rule)
        os.makedirs(directory, exist_ok=True)
        head = header(rule, shape, description)
        files = dict(files)
        files["Case.cs"] += RULES[rule].get("support", "")
        if len(files) == 1:
            with open(os.path.join(directory, f"{number}-{shape}.cs"), "w") as f:
                f.write(head + "\n" + files["Case.cs"])
        else:
            folder = os.path.join(directory, f"{number}-{shape}")
            os.makedirs(folder, exist_ok=True)
            for name, text in files.items():
                with open(os.path.join(folder, name), "w") as f:
                    f.write((head if name == "Case.cs" else "// part of the case declared in Case.cs\n") + "\n" + text)
    print(f"{len(CASES)} cases")


main()

#!/usr/bin/env python3
"""Splits Localization/BotTexts (and its two language subclasses) into text classes per feature folder and
rewrites the call sites from `texts.Member` to `texts.Folder.Member`.

Run from the repository root:  python3 tools/texts-split/split.py [--prune]
It reads tools/texts-split/map.txt. It is re-runnable on a tree that still has the single BotTexts; on a tree
already split it does nothing. --prune then builds and removes the using directives the build reports unused.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import lexer  # noqa: E402
import members  # noqa: E402
import usage  # noqa: E402

REPO = os.getcwd()
SRC = os.path.join(REPO, "src", "PciBot")
LOC = os.path.join(SRC, "Localization")
STATICS_KEPT = {"Vietnamese", "English", "For"}


def read_map():
    folders, owner, files = {}, {}, {}
    for line in open(os.path.join(HERE, "map.txt"), encoding="utf-8"):
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        if parts[0] == "folder":
            folders[parts[1]] = parts[2]
        elif parts[0] == "file":
            files[parts[1]] = parts[2]
        else:
            owner[parts[0]] = parts[1]
    return folders, owner, files


def move_files(files):
    """Other files of Localization that belong to one feature move there (git mv keeps their history)."""
    for name, folder in files.items():
        old = os.path.join(LOC, name)
        if not os.path.exists(old):
            continue
        new = os.path.join(SRC, folder, name)
        subprocess.run(["git", "mv", old, new], check=True)
        text = open(new, encoding="utf-8").read().replace("namespace PciBot.Localization;", f"namespace PciBot.{folder};")
        if "BotTexts" in text:
            text = add_using(text, "PciBot.Localization")
        write(new, text)


def type_index():
    """Type name -> folder, for the using directives of generated files."""
    index = {}
    decl = re.compile(r"\b(?:class|record(?:\s+struct|\s+class)?|struct|enum|interface)\s+(\w+)")
    for path in usage.cs_files(SRC):
        rel = os.path.relpath(path, SRC).split(os.sep)
        if len(rel) < 2 or rel[0] in ("Localization",) or "Migrations" in rel:
            continue
        for m in decl.finditer(open(path, encoding="utf-8").read()):
            index.setdefault(m.group(1), rel[0])
    return index


def is_static(text):
    return re.search(r"^\s*(?:///.*\n\s*)*public static", text, re.M) is not None


def rewrite_body(text, here, folders, owner, statics):
    """Inside a moved member: a bare reference to another member goes through the kit texts or the owner's class."""
    ident = re.compile(r"(?<![\w.])(\w+)\b(?!\s*=>\s*\w+\s*switch)")

    def repl(m):
        name = m.group(1)
        if name not in owner or owner[name] == here:
            return name
        target = owner[name]
        if name in statics:
            return ("BotTexts." if target == "Kit" else folders[target] + ".") + name
        if here == "Kit":
            raise SystemExit(f"kit member uses {name} of {target}")
        return "Texts." + name if target == "Kit" else f"Texts.{target}.{name}"

    # The members were written inside Localization with qualified feature types; in their folders the using
    # directives of the generated files name those namespaces instead.
    text = lexer.sub_in_code(re.compile(r"\b(?:PciBot\.[A-Z]\w*|System\.Globalization)\.(?=[A-Z])"), "", text)
    # The declaration line names the member itself: do not rewrite the declared name.
    lines = text.split("\n")
    out = []
    for line in lines:
        decl = re.match(r"^(\s*(?:public|protected)[^=({]*?\b)(\w+)(\s*(?:\(|=>|\{).*)$", line)
        if decl:
            out.append(decl.group(1) + decl.group(2) + lexer.sub_in_code(ident, repl, decl.group(3)))
        else:
            out.append(lexer.sub_in_code(ident, repl, line) if not line.strip().startswith("///") else line)
    return "\n".join(out)


def usings_for(text, own_folder, types, extra=()):
    code = lexer.code_only(text)
    needed = set(extra)
    for m in re.finditer(r"(?<![\w.])([A-Z]\w+)\b", code):
        folder = types.get(m.group(1))
        if folder and folder != own_folder:
            needed.add("PciBot." + folder)
    if re.search(r"(?<![\w.])(?:CultureInfo|DateTimeStyles|NumberStyles)\b", code):
        needed.add("System.Globalization")
    system = sorted(n for n in needed if n.startswith("System"))
    rest = sorted(n for n in needed if not n.startswith("System"))
    lines = [f"using {n};" for n in system + rest]
    return ("\n".join(lines) + "\n\n") if lines else ""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.rstrip("\n") + "\n")


def join_members(blocks):
    return "\n\n".join(blocks)


def split():
    folders, owner, files = read_map()
    move_files(files)
    _, base = members.parse(os.path.join(LOC, "BotTexts.cs"))
    _, vi = members.parse(os.path.join(LOC, "VietnameseTexts.cs"))
    _, en = members.parse(os.path.join(LOC, "EnglishTexts.cs"))
    names = [n for n, _ in base if n not in STATICS_KEPT]
    unmapped = sorted(set(names) - set(owner))
    if unmapped:
        raise SystemExit("members missing from map.txt: " + " ".join(unmapped))
    statics = {n for n, t in base if is_static(t) and n not in STATICS_KEPT}
    types = type_index()
    types.update({stem: folder for folder, stem in folders.items()})
    types["BotTexts"] = "Localization"
    owner_all = dict(owner)

    by_folder = {}
    for source, kind in ((base, "base"), (vi, "vi"), (en, "en")):
        for name, text in source:
            if name in STATICS_KEPT or name == "Language":
                continue
            target = owner_all[name]
            by_folder.setdefault(target, {"base": [], "vi": [], "en": []})[kind].append(
                rewrite_body(text, target, folders, owner_all, statics))

    for folder, stem in folders.items():
        parts = by_folder.get(folder)
        if not parts:
            continue
        needs_kit = any(re.search(r"(?<![\w.])Texts\.", t) for k in parts for t in parts[k])
        ctor = "(BotTexts texts)" if needs_kit else ""
        kit_field = (
            "    // The kit texts of the same language: dates, generic words and the phrases of other folders.\n"
            "    protected BotTexts Texts { get; } = texts;\n\n") if needs_kit else ""
        body = join_members(parts["base"])
        text = (f"namespace PciBot.{folder};\n\n"
                f"/// <summary>What {folder} says, one subclass per language; reached as <c>texts.{folder}</c>.</summary>\n"
                f"internal abstract class {stem}{ctor}\n{{\n"
                f"    public static {stem} Vietnamese {{ get; }} = new Vietnamese{stem}();\n\n"
                f"    public static {stem} English {{ get; }} = new English{stem}();\n\n"
                f"{kit_field}{body}\n}}\n")
        write(os.path.join(SRC, folder, stem + ".cs"), usings_for(text, folder, types, ["PciBot.Localization"] if needs_kit else ()) + text)
        for lang, lang_name in (("vi", "Vietnamese"), ("en", "English")):
            base_call = f"() : {stem}(BotTexts.{lang_name})" if needs_kit else f" : {stem}"
            text = (f"namespace PciBot.{folder};\n\n"
                    f"internal sealed class {lang_name}{stem}{base_call}\n{{\n"
                    f"{join_members(parts[lang])}\n}}\n")
            extra = ["PciBot.Localization"] if needs_kit else ()
            write(os.path.join(SRC, folder, lang_name + stem + ".cs"), usings_for(text, folder, types, extra) + text)
        access = (f"using PciBot.Localization;\n\nnamespace PciBot.{folder};\n\n"
                  f"internal static class {stem}Access\n{{\n"
                  f"    extension(BotTexts texts)\n    {{\n"
                  f"        /// <summary>The phrases of {folder} in the language of <paramref name=\"texts\"/>.</summary>\n"
                  f"        public {stem} {folder} => texts.Pick({stem}.Vietnamese, {stem}.English);\n"
                  f"    }}\n}}\n")
        write(os.path.join(SRC, folder, stem + "Access.cs"), access)

    write_kit(base, vi, en, by_folder.get("Kit", {"base": [], "vi": [], "en": []}), types)
    rewrite_call_sites(folders, owner_all, statics)


def write_kit(base, vi, en, kit, types):
    keep = {n: t for n, t in base if n in STATICS_KEPT}
    text = ("namespace PciBot.Localization;\n\n"
            "/// <summary>\n"
            "/// The language of one conversation or person, and what every folder shares: dates, moments, numbers and generic\n"
            "/// words. Each folder keeps its own phrases in its own text classes, reached through an extension property.\n"
            "/// </summary>\n"
            "internal abstract class BotTexts\n{\n"
            f"{keep['Vietnamese']}\n\n{keep['English']}\n\n{keep['For']}\n\n"
            "    /// <summary>vi-VN or en-US: formats numbers and names the language of the cards.</summary>\n"
            "    public abstract CultureInfo Culture { get; }\n\n"
            "    /// <summary>The card language, \"vi\" or \"en\".</summary>\n"
            "    public string Language => Culture.TwoLetterISOLanguageName;\n\n"
            "    /// <summary>Picks the value that belongs to this language; the folders' text properties rest on it.</summary>\n"
            "    public abstract T Pick<T>(T vietnamese, T english);\n\n"
            f"{join_members(kit['base'])}\n}}\n")
    write(os.path.join(LOC, "BotTexts.cs"), usings_for(text, "Localization", types, ["System.Globalization"]) + text)
    for lang, name, culture, pick in (("vi", "Vietnamese", "vi-VN", "vietnamese"), ("en", "English", "en-US", "english")):
        text = ("namespace PciBot.Localization;\n\n"
                f"internal sealed class {name}Texts : BotTexts\n{{\n"
                f"    public override CultureInfo Culture {{ get; }} = CultureInfo.GetCultureInfo(\"{culture}\");\n\n"
                f"    public override T Pick<T>(T vietnamese, T english) => {pick};\n\n"
                f"{join_members(kit[lang])}\n}}\n")
        write(os.path.join(LOC, name + "Texts.cs"), usings_for(text, "Localization", types, ["System.Globalization"]) + text)


def rewrite_call_sites(folders, owner, statics):
    moved = {n: f for n, f in owner.items() if f != "Kit" and n not in statics}
    moved_static = {n: f for n, f in owner.items() if f != "Kit" and n in statics}
    receiver = re.compile(usage.RECEIVER + r"(\s*\.)(\w+)\b")
    static_use = re.compile(r"\b(?:(?:PciBot\.)?Localization\.)?BotTexts\.(\w+)\b")
    generated = {os.path.join(SRC, f, p + s + ".cs") for f, s in folders.items() for p in ("", "Vietnamese", "English")}
    generated |= {os.path.join(SRC, f, s + "Access.cs") for f, s in folders.items()}
    for path in list(usage.cs_files(SRC)) + list(usage.cs_files(os.path.join(REPO, "tests"))):
        if path in generated or os.path.dirname(path) == LOC and path.endswith("Texts.cs"):
            continue
        text = open(path, encoding="utf-8").read()
        used = set()

        # Matches are found on the text with literals blanked (so a receiver like BotTexts.For("vi") matches
        # across its string argument) and applied to the original at the same offsets.
        masked = lexer.code_only(text)
        edits = []
        for m in receiver.finditer(masked):
            name = m.group(2)
            if name in moved:
                used.add(moved[name])
                edits.append((m.start(2), m.start(2), moved[name] + "."))
        for m in static_use.finditer(masked):
            name = m.group(1)
            if name in moved_static:
                used.add(moved_static[name])
                edits.append((m.start(0), m.start(1), folders[moved_static[name]] + "."))
        new = text
        for start, end, insert in sorted(edits, reverse=True):
            new = new[:start] + insert + new[end:]
        if new == text:
            continue
        ns = re.search(r"^namespace ([\w.]+);", new, re.M)
        namespace = ns.group(1) if ns else ""
        for folder in sorted(used):
            nsname = "PciBot." + folder
            if namespace == nsname or namespace.startswith(nsname + ".") or re.search(rf"^using {re.escape(nsname)};", new, re.M):
                continue
            new = add_using(new, nsname)
        write(path, new)


def add_using(text, nsname):
    lines = text.split("\n")
    usings = [i for i, l in enumerate(lines) if re.match(r"^using [\w.]+;", l)]
    if not usings:
        return f"using {nsname};\n\n" + text
    # Keep System first, then the rest in order.
    pos = usings[-1] + 1
    for i in usings:
        name = lines[i][6:-1]
        if not name.startswith("System") and name > nsname:
            pos = i
            break
    lines.insert(pos, f"using {nsname};")
    return "\n".join(lines)


def set_aside_old_calendar_texts():
    """Calendar/CalendarTexts was a static class of holiday and period words; it becomes CalendarWords until its
    words are folded by hand into the new CalendarTexts classes, so that the generated CalendarTexts can take its name."""
    old = os.path.join(SRC, "Calendar", "CalendarTexts.cs")
    if not os.path.exists(old) or "internal static class CalendarTexts" not in open(old, encoding="utf-8").read():
        return
    for path in list(usage.cs_files(SRC)) + list(usage.cs_files(os.path.join(REPO, "tests"))):
        text = open(path, encoding="utf-8").read()
        new = re.sub(r"\bCalendarTexts\.(Vi|En)\b", r"CalendarWords.\1", text)
        if path == old:
            new = new.replace("internal static class CalendarTexts", "internal static class CalendarWords")
            write(os.path.join(SRC, "Calendar", "CalendarWords.cs"), new)
            os.remove(old)
        elif new != text:
            write(path, new)


def prune():
    """Builds and removes each using directive the build calls unnecessary, until none is left."""
    for _ in range(4):
        result = subprocess.run(["dotnet", "build", "PciBot.sln", "-nologo", "-clp:NoSummary"], capture_output=True, text=True)
        found = set(re.findall(r"^(.+?\.cs)\((\d+),\d+\): error (?:IDE0005|CS8019|CS0105)", result.stdout, re.M))
        if not found:
            print(result.stdout[-3000:])
            return
        by_file = {}
        for path, line in found:
            by_file.setdefault(path, set()).add(int(line))
        for path, lines in by_file.items():
            content = open(path, encoding="utf-8").read().split("\n")
            content = [l for i, l in enumerate(content, 1) if i not in lines]
            text = "\n".join(content)
            text = re.sub(r"\A\n+", "", text)
            write(path, text)
        print(f"pruned {len(found)} using directives")


if __name__ == "__main__":
    if "--prune-only" not in sys.argv:
        if "abstract T Pick<T>" in open(os.path.join(LOC, "BotTexts.cs"), encoding="utf-8").read():
            raise SystemExit("BotTexts is already split")
        set_aside_old_calendar_texts()
        split()
    if "--prune" in sys.argv or "--prune-only" in sys.argv:
        prune()

"""Which folders use which BotTexts member, read from the source and test trees."""
import os
import re

RECEIVER = r"(?:\btexts|\bTexts|\bthis\.texts|BotTexts\.(?:Vietnamese|English)|BotTexts\.For\([^()]*(?:\([^()]*\))?[^()]*\))"


def cs_files(root):
    for base, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in ("bin", "obj")]
        for f in files:
            if f.endswith(".cs"):
                yield os.path.join(base, f)


def folder_of(path, repo):
    rel = os.path.relpath(path, repo).split(os.sep)
    if rel[0] == "src" and rel[1] == "PciBot" and len(rel) > 3:
        return rel[2]
    if rel[0] == "tests":
        return "tests:" + rel[1] + "/" + (rel[2] if len(rel) > 3 else "")
    return "/".join(rel[:2])


def usages(repo, names, statics):
    found = {n: set() for n in names}
    pattern = re.compile(RECEIVER + r"\s*\.(\w+)\b")
    static_pattern = re.compile(r"\bBotTexts\.(\w+)\b")
    for path in list(cs_files(os.path.join(repo, "src"))) + list(cs_files(os.path.join(repo, "tests"))):
        if "/Localization/" in path and ("Texts.cs" in path):
            continue
        text = open(path, encoding="utf-8").read()
        folder = folder_of(path, repo)
        for m in pattern.finditer(text):
            if m.group(1) in found:
                found[m.group(1)].add(folder)
        for m in static_pattern.finditer(text):
            if m.group(1) in statics:
                found[m.group(1)].add(folder)
    return found

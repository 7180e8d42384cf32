"""Reads the members of BotTexts, VietnameseTexts and EnglishTexts as blocks of source text."""
import re

MEMBER_START = re.compile(r"^    (public|protected|private|internal)\b")
NAME = re.compile(r"\b(?:string|bool|int|decimal|CultureInfo|BotTexts|IReadOnlyList<[^=]*?>|[\w.<>?,() ]+?)\s+(\w+)\s*(?:\(|\{|=>|=|;)")


def depth_change(line):
    # Strings may hold braces; strip string literals roughly before counting.
    stripped = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
    return sum(stripped.count(c) for c in "{([") - sum(stripped.count(c) for c in "})]")


def member_name(header):
    header = re.sub(r"^\s*(public|protected|private|internal)\s+", "", header)
    words = re.match(r"((?:static|abstract|override|sealed|virtual|readonly|new)\s+)*(.*)", header).group(2)
    # Skip the type: it may hold generics and tuples with spaces.
    d = 0
    i = 0
    while i < len(words):
        c = words[i]
        if c in "<(":
            d += 1
        elif c in ">)":
            d -= 1
        elif c == " " and d == 0:
            break
        i += 1
    rest = words[i:].strip()
    m = re.match(r"(\w+)", rest)
    return m.group(1) if m else None


def parse(path):
    """Returns (head, members, tail): head is the text before the first member (usings, class line),
    members an ordered list of (name, text), tail the closing brace."""
    lines = open(path, encoding="utf-8").read().split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("{")) + 1
    end = max(i for i, l in enumerate(lines) if l.startswith("}"))
    head = "\n".join(lines[:start])
    members = []
    pending = []  # comments and blank lines before a member
    current = None
    depth = 0
    for line in lines[start:end]:
        # A member goes on until its brackets close on a line ending with ";" or "}".
        if current is not None and (depth > 0 or not current[-1].rstrip().endswith((";", "}"))):
            current.append(line)
            depth += depth_change(line)
            continue
        if MEMBER_START.match(line):
            current = pending + [line]
            pending = []
            depth = depth_change(line)
            members.append([member_name(line), current])
            continue
        # blank or comment line at class level
        current = None
        pending.append(line)
    members = [(name, "\n".join(l for l in _trim(text))) for name, text in members]
    return head, members


def _trim(lines):
    while lines and lines[0].strip() == "":
        lines = lines[1:]
    while lines and lines[-1].strip() == "":
        lines = lines[:-1]
    return lines

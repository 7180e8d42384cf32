"""Splits C# source into code and literal spans so rewrites touch code only (interpolation holes are code)."""


def code_spans(text):
    """Returns the sorted, disjoint (start, end) regions of code: no string or char literal text, no comments."""
    spans = []
    n = len(text)

    def string_start(i):
        j = i
        while j < n and text[j] in "$@":
            j += 1
        if j < n and text[j] == '"' and j - i <= 2:
            return j
        return None

    def scan_string(i, interpolated, verbatim):
        # i is just after the opening quote; returns the index after the closing quote.
        while i < n:
            c = text[i]
            if not verbatim and c == "\\":
                i += 2
                continue
            if c == '"':
                if verbatim and i + 1 < n and text[i + 1] == '"':
                    i += 2
                    continue
                return i + 1
            if interpolated and c == "{":
                if i + 1 < n and text[i + 1] == "{":
                    i += 2
                    continue
                i = scan_code(i + 1, "}") + 1
                continue
            i += 1
        return i

    def scan_code(i, until):
        # Records code from i up to an unmatched `until` (or the end); returns that index.
        start = i
        depth = 0
        while i < n:
            c = text[i]
            if until is None and text.startswith("//", i):
                spans.append((start, i))
                i = text.find("\n", i)
                i = n if i < 0 else i
                start = i
                continue
            quote = string_start(i) if c in '"$@' else None
            if quote is not None:
                spans.append((start, i))
                prefix = text[i:quote]
                i = scan_string(quote + 1, "$" in prefix, "@" in prefix)
                start = i
                continue
            if c == "'":
                spans.append((start, i))
                i = text.index("'", i + 2 if text[i + 1] == "\\" else i + 1) + 1
                start = i
                continue
            if c in "({[":
                depth += 1
            elif c in ")}]":
                if depth == 0 and c == until:
                    spans.append((start, i))
                    return i
                depth -= 1
            i += 1
        spans.append((start, i))
        return i

    scan_code(0, None)
    return sorted((s, e) for s, e in spans if e > s)


def sub_in_code(pattern, repl, text):
    """re.sub restricted to code spans."""
    out = []
    last = 0
    for s, e in code_spans(text):
        out.append(text[last:s])
        out.append(pattern.sub(repl, text[s:e]))
        last = e
    out.append(text[last:])
    return "".join(out)


def code_only(text):
    """The text with literal content and comments blanked, for finding identifiers."""
    chars = [" "] * len(text)
    for s, e in code_spans(text):
        chars[s:e] = text[s:e]
    return "".join(chars)

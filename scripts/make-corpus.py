#!/usr/bin/env python3
"""Builds the bad-input corpus of feedback-fuzz (src/test/resources/corpus).

Valid data comes from the project's own generator (`otklik generate`, `otklik forms export`,
`otklik demo`); each case breaks one record or one file in a known way, or is a hand-written
edge case, and carries its expected outcome in corpus/cases.jsonl:

  {"id", "class", "kind", "file", "exit", "kept": [ids], "rejects": [{"line", "field", "reason"}]}

kind is responses | appeals | processes | surveyjs | form | rules | registry | manual | measures |
themes | targets. `exit` is the documented exit code of the CLI; for record files, `kept` are the
ids of every record that must be accepted, `rejects` the line, field ("*": any) and a piece of
the reason of every reject. The 50 MB line, the directory, the FIFO and the vanishing file are
made by the test itself. Deterministic: the same script gives the same corpus.

Usage: scripts/make-corpus.py   (from the repository root; builds the CLI on first use)
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "feedback-fuzz", "src", "test", "resources", "corpus")
OTKLIK = os.path.join(ROOT, "otklik")
R = random.Random(19)
CASES = []

BAD_BYTES = {
    "lone-continuation": b"\x80",
    "invalid-lead": b"\xff",
    "overlong-slash": b"\xc0\xaf",
    "overlong-3": b"\xe0\x80\xaf",
    "cesu-surrogate": b"\xed\xa0\x80",
    "above-10ffff": b"\xf4\x90\x80\x80",
    "truncated-seq": b"\xd0",
    "cp1251": "Привет".encode("cp1251"),
}


def run(*args, cwd=None):
    subprocess.run([OTKLIK, *args], check=True, cwd=cwd, stdout=subprocess.DEVNULL)


def case(cls, kind, name, data, exit_code, kept=None, rejects=None, ext=None):
    n = len(CASES) + 1
    ext = ext or {"responses": "jsonl", "appeals": "csv", "processes": "csv"}.get(kind, "json")
    rel = "%s/%04d-%s.%s" % (kind, n, name, ext)
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    entry = {"id": "%04d" % n, "class": cls, "kind": kind, "file": rel, "exit": exit_code}
    if kept is not None:
        entry["kept"] = kept
        entry["rejects"] = rejects or []
    CASES.append(entry)


def rej(line, field, reason):
    return {"line": line, "field": field, "reason": reason}


# ------------------------------------------------------------------ responses (JSON Lines)

def responses_cases(lines):
    ids = [json.loads(l)["id"] for l in lines]
    enc = [l.encode() for l in lines]

    def with_line(k, new, cls, name, field, reason, exit_code=1, drop=True, extra_rejects=None):
        body = enc[:k] + [new] + enc[k + 1:]
        kept = [i for j, i in enumerate(ids) if j != k] if drop else list(ids)
        rejects = [] if not drop else [rej(k + 1, field, reason)]
        case(cls, "responses", name, b"\n".join(body) + b"\n", exit_code, kept, rejects + (extra_rejects or []))

    n = len(lines)
    for t in range(40):  # truncation of one line at a random byte
        k = R.randrange(n)
        p = R.randrange(1, len(enc[k]) - 1)
        with_line(k, enc[k][:p], "truncation", "trunc", None, "malformed JSON")
    for t in range(10):  # the file cut inside its last line, no newline
        p = R.randrange(1, len(enc[-1]) - 1)
        case("truncation", "responses", "cut-end", b"\n".join(enc[:-1]) + b"\n" + enc[-1][:p], 1, ids[:-1],
             [rej(n, None, "malformed JSON")])
    for name, bad in BAD_BYTES.items():  # invalid or overlong UTF-8 anywhere in a line
        for t in range(8):
            k = R.randrange(n)
            p = R.randrange(0, len(enc[k]))
            with_line(k, enc[k][:p] + bad + enc[k][p:], "invalid-utf8", name, None, "not UTF-8 at byte")
    for t in range(15):  # NUL
        k = R.randrange(n)
        p = R.randrange(0, len(enc[k]))
        with_line(k, enc[k][:p] + b"\x00" + enc[k][p:], "nul", "nul", None, "NUL byte")
    for t in range(8):  # BOM at the start of a line other than the first
        k = R.randrange(1, n)
        with_line(k, b"\xef\xbb\xbf" + enc[k], "bom-mid-file", "bom", None, "byte order mark")
    case("bom", "responses", "bom-first", b"\xef\xbb\xbf" + b"\n".join(enc) + b"\n", 0, ids, [])
    for codec, bom in [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-32-le", b"\xff\xfe\x00\x00"),
                       ("utf-32-be", b"\x00\x00\xfe\xff")]:
        for k in range(0, n, 3):
            with_line(k, bom + lines[k].encode(codec), "utf16-32", codec, None, "UTF-8" if bom[0] != 0 else "NUL byte")
        # a little-endian file's last LF is followed by its NUL byte(s): one more line, rejected too
        last = n + 1 if codec.endswith("-le") else n
        case("utf16-32", "responses", codec + "-file", bom + "\n".join(lines).encode(codec) + "\n".encode(codec), 1, [],
             [rej(1, None, "")] + [rej(k + 1, None, "") for k in range(1, last)])
    for t in range(10):  # lone surrogate escapes: in the id, and in a text answer
        k = R.randrange(n)
        o = json.loads(lines[k])
        with_line(k, json.dumps(o, ensure_ascii=False).replace('"%s"' % o["id"], '"%s\\ud800"' % o["id"], 1).encode(),
                  "lone-surrogate", "id", "id", "malformed identifier")
        o["answers"]["comment"] = "ok"
        with_line(k, json.dumps(o, ensure_ascii=False).replace('"ok"', '"x\\udc00y"').encode(), "lone-surrogate",
                  "text", "answers.comment", "lone surrogate")
    for year in ["0000", "1899", "+10000", "-0001", "+999999999", "+292278994"]:  # years out of range
        for field in ["submittedAt"]:
            k = R.randrange(n)
            o = json.loads(lines[k])
            v = year + "-06-01T00:00:00Z" if year[0] in "+-" or len(year) == 4 else year
            o[field] = v
            reason = "outside the accepted range" if year not in ("-0001",) else "outside the accepted range"
            with_line(k, json.dumps(o, ensure_ascii=False).encode(), "instant-range", "year" + year.strip("+-"), field,
                      "timestamp")
    for bad in ["2025-02-30T00:00:00Z", "2025-13-01T00:00:00Z", "2025-01-01T25:00:00Z", "2025-01-01T00:61:00Z",
                "2025-01-01T00:00:00", "2025-01-01", "1e9", "2025-01-01T00:00:00+25:00", "2024-02-30T00:00:00Z"]:
        k = R.randrange(n)
        o = json.loads(lines[k])
        o["submittedAt"] = bad
        with_line(k, json.dumps(o, ensure_ascii=False).encode(), "impossible-date", "date", "submittedAt", "timestamp")
    for num in ["1e999999", "-0", "4.0", "9223372036854775808", "-9223372036854775809", "4e0", "1" + "0" * 400, "0.5",
                "-1", "6", "NaN", "Infinity", "0x4", "04", "+4", ".5"]:
        k = R.randrange(n)
        o = json.loads(lines[k])
        text = json.dumps(o, ensure_ascii=False)
        new = text.replace('"overall": %d' % o["answers"]["overall"], '"overall": ' + num, 1)
        json_ok = num not in ("NaN", "Infinity", "0x4", "04", "+4", ".5")
        with_line(k, new.encode(), "numbers", "num", "answers.overall" if json_ok else None,
                  "" if json_ok else "malformed JSON")
    for t in range(20):  # duplicate keys
        k = R.randrange(n)
        o = json.loads(lines[k])
        key = R.choice(["id", "form", "agency", "channel", "submittedAt"])
        text = json.dumps(o, ensure_ascii=False)
        new = text[:-1] + ', "%s": %s}' % (key, json.dumps(o[key]))
        with_line(k, new.encode(), "duplicate-key", "dup", None, "Duplicate field")
        a = dict(o["answers"])
        q = R.choice(list(a))
        new = text.replace('"answers": {', '"answers": {"%s": %s, ' % (q, json.dumps(a[q])), 1)
        with_line(k, new.encode(), "duplicate-key", "dup-answer", None, "Duplicate field")
    for depth in [101, 150, 1000, 100000]:  # deep nesting
        k = R.randrange(n)
        o = json.loads(lines[k])
        text = json.dumps(o, ensure_ascii=False)
        new = text.replace('"answers": {', '"deep": ' + "[" * depth + "]" * depth + ', "answers": {', 1)
        with_line(k, new.encode(), "deep-nesting", "deep%d" % depth, None, "nests deeper than 100")
    k = R.randrange(n)
    o = json.loads(lines[k])
    text = json.dumps(o, ensure_ascii=False)
    with_line(k, text.replace('"answers": {', '"deep": ' + "[" * 97 + "]" * 97 + ', "answers": {', 1).encode(),
              "deep-nesting", "deep-ok", None, "", drop=False, exit_code=0)
    lookalikes = {"r": "\u0433", "0": "\u041e", "1": "\u0406", "-": "\u2010"}
    for t in range(20):  # look-alike Unicode in ids and codes
        k = R.randrange(n)
        o = json.loads(lines[k])
        src, dst = R.choice(list(lookalikes.items()))
        field = R.choice(["id", "agency", "process", "form"])
        if src not in o.get(field, ""):
            src = o[field][0]
            dst = "\u0430" if src == "a" else "\u0435" if src == "e" else "\uff10"
        o[field] = o[field].replace(src, dst, 1)
        with_line(k, json.dumps(o, ensure_ascii=False).encode(), "lookalike-id", "lookalike", field, "")
    for t in range(12):  # terminal escapes in ids
        k = R.randrange(n)
        o = json.loads(lines[k])
        o["id"] = o["id"] + R.choice(["\u001b[31m", "\u001b]0;pwn\u0007", "\r", "\u009b2J"])
        with_line(k, json.dumps(o).encode(), "terminal-escape", "esc", "id", "malformed identifier")
    for t in range(10):  # a repeated id
        k = R.randrange(1, n)
        j = R.randrange(0, k)
        o = json.loads(lines[k])
        o["id"] = ids[j]
        body = enc[:k] + [json.dumps(o, ensure_ascii=False).encode()] + enc[k + 1:]
        case("duplicate-id", "responses", "dup-id", b"\n".join(body) + b"\n", 1, [i for x, i in enumerate(ids) if x != k],
             [rej(k + 1, "id", "repeats an earlier")])
    for t in range(20):  # missing, wrong-typed and unknown-enum fields
        k = R.randrange(n)
        o = json.loads(lines[k])
        what = R.choice(["drop", "type", "enum"])
        field = R.choice(["form", "agency", "channel", "submittedAt", "formVersion"])
        if what == "drop":
            del o[field]
        elif what == "type":
            o[field] = R.choice([1, True, None, [], {}])
        else:
            o["channel"] = "TELEGRAPH"
            field = "channel"
        with_line(k, json.dumps(o, ensure_ascii=False).encode(), "fields", what, field, "")
    for t in range(8):  # not an object
        k = R.randrange(n)
        with_line(k, R.choice([b"[]", b"42", b'"x"', b"null", b"true", b"{}[]", b"}", b"{"]), "not-object", "notobj", None, "")
    # CR-only line ends: one line for the reader (formats §1: LF or CRLF)
    case("cr-only", "responses", "cr-only", b"\r".join(enc) + b"\r", 1, [], [rej(1, None, "content after the end")])
    case("crlf", "responses", "crlf", b"\r\n".join(enc) + b"\r\n", 0, ids, [])
    case("blank-lines", "responses", "blank", b"\n\n".join(enc) + b"\n \t\n", 0, ids, [])
    case("empty", "responses", "empty", b"", 0, [], [])
    case("empty", "responses", "only-newlines", b"\n\n\r\n", 0, [], [])
    case("trailing", "responses", "trailing-garbage", b"\n".join(enc[:-1] + [enc[-1] + b" x"]) + b"\n", 1, ids[:-1],
         [rej(n, None, "malformed JSON")])
    case("trailing", "responses", "two-objects-one-line", b"\n".join(enc[:-1] + [enc[-1] + enc[0]]) + b"\n", 1, ids[:-1],
         [rej(n, None, "content after the end")])
    case("overlong-field", "responses", "long-string",
         b"\n".join(enc[:1] + [b'{"id":"r-long","comment":"' + b"a" * 300_000 + b'"}'] + enc[1:]) + b"\n", 1, ids,
         [rej(2, "*", "")])
    case("formula", "responses", "formula-id",
         b"\n".join(enc[:1] + [enc[1].replace(ids[1].encode(), b"=HYPERLINK(1)")] + enc[2:]) + b"\n", 1,
         [i for x, i in enumerate(ids) if x != 1], [rej(2, "id", "malformed identifier")])


# ------------------------------------------------------------------ CSV (appeals, process instances)

def csv_cases(kind, text):
    rows = text.split("\n")
    header, rows = rows[0], [r for r in rows[1:] if r]
    ids = [r.split(",")[0] for r in rows]
    cols = header.split(",")
    n = len(rows)

    def body(rs, head=header, end="\n"):
        return (head + end + end.join(rs) + end).encode()

    def one(k, new_row, cls, name, field, reason, exit_code=1, drop=True):
        rs = rows[:k] + [new_row] + rows[k + 1:]
        data = body(rs) if isinstance(new_row, str) else None
        if data is None:
            data = (header + "\n").encode() + b"\n".join([r.encode() for r in rows[:k]] + [new_row] + [r.encode() for r in rows[k + 1:]]) + b"\n"
        kept = [i for j, i in enumerate(ids) if j != k] if drop else ids
        case(cls, kind, name, data, exit_code, kept, [rej(k + 2, field, reason)] if drop else [])

    for t in range(20):  # truncation of one row inside a field
        k = R.randrange(n)
        cut = rows[k][:R.randrange(1, rows[k].rfind(","))]
        one(k, cut, "truncation", "trunc", "*", "")
    for name, bad in BAD_BYTES.items():  # invalid bytes (Windows-1251 among them)
        for t in range(4):
            k = R.randrange(n)
            p = R.randrange(0, len(rows[k]))
            one(k, rows[k][:p].encode() + bad + rows[k][p:].encode(), "invalid-utf8", name, None, "not UTF-8 at line %d, byte %d" % (k + 2, p + 1))
    for t in range(8):
        k = R.randrange(n)
        p = R.randrange(0, len(rows[k]))
        one(k, rows[k][:p].encode() + b"\x00" + rows[k][p:].encode(), "nul", "nul", None, "NUL byte at line %d" % (k + 2))
    for t in range(12):  # an opening quote that never closes, in any field
        k = R.randrange(n)
        fields = rows[k].split(",")
        f = R.randrange(len(fields))
        fields[f] = '"' + fields[f]
        one(k, ",".join(fields), "quoting", "unclosed", None, "unterminated quoted field")
    for t in range(12):  # a character after a closing quote
        k = R.randrange(n)
        fields = rows[k].split(",")
        f = R.randrange(len(fields))
        fields[f] = '"' + fields[f] + '"x'
        one(k, ",".join(fields), "quoting", "after-quote", None, "after the closing quote")
    for t in range(8):  # quoted fields, escaped quotes: still the same record
        k = R.randrange(n)
        fields = rows[k].split(",")
        fields = ['"' + f + '"' for f in fields]
        one(k, ",".join(fields), "quoting", "all-quoted", None, "", exit_code=0, drop=False)
    for t in range(8):  # a quote inside an id
        k = R.randrange(n)
        fields = rows[k].split(",")
        fields[0] = fields[0][:2] + '"' + fields[0][2:]
        one(k, ",".join(fields), "quoting", "quote-in-id", "id", "malformed identifier")
    for t in range(12):  # extra and missing columns
        k = R.randrange(n)
        new = rows[k] + ",x" * R.randrange(1, 3) if t % 2 == 0 else ",".join(rows[k].split(",")[:-1 - R.randrange(2)])
        one(k, new, "columns", "width", None, "fields, the header has")
    for t in range(10):  # formula-leading cells in ids and codes
        k = R.randrange(n)
        fields = rows[k].split(",")
        col = R.choice(["id", "agency", "process"])
        fields[cols.index(col)] = R.choice(["=1+2", "+cmd", "-2+3", "@SUM(A1)", "=HYPERLINK(\"x\")".replace('"', "")])
        one(k, ",".join(fields), "formula", "formula", col, "malformed")
    date_cols = [c for c in cols if c.endswith("At")]
    for year in ["0000", "1899", "+10000", "+999999999", "-0001", "2025-02-30", "2025-13-01", "25:00"]:
        k = R.randrange(n)
        fields = rows[k].split(",")
        col = date_cols[0]
        v = fields[cols.index(col)]
        fields[cols.index(col)] = (year + v[4:]) if len(year) in (4, 5, 6, 10) and not year.startswith("2025") else (
            year + v[10:] if year.startswith("2025") else v[:11] + year + v[16:])
        one(k, ",".join(fields), "instant-range" if len(year) < 10 else "impossible-date", "date", col, "")
    for t in range(10):  # look-alike ids
        k = R.randrange(n)
        fields = rows[k].split(",")
        fields[0] = fields[0].replace(fields[0][0], R.choice(["\u0430", "\u0440", "\uff41"]), 1)
        one(k, ",".join(fields), "lookalike-id", "lookalike", "id", "malformed identifier")
    for t in range(8):  # terminal escapes
        k = R.randrange(n)
        fields = rows[k].split(",")
        fields[0] = fields[0] + "\u001b[2J"
        one(k, ",".join(fields), "terminal-escape", "esc", "id", "malformed identifier")
    for t in range(6):  # a repeated id
        k = R.randrange(1, n)
        j = R.randrange(0, k)
        fields = rows[k].split(",")
        fields[0] = ids[j]
        one(k, ",".join(fields), "duplicate-id", "dup", "id", "repeats an earlier row")
    for t in range(6):  # BOM at the start of a row in the middle: part of the id
        k = R.randrange(n)
        one(k, "\ufeff" + rows[k], "bom-mid-file", "bom", "id", "malformed identifier")
    # whole-file cases
    case("semicolon", kind, "semicolon", body([r.replace(",", ";") for r in rows], header.replace(",", ";")), 2)
    case("header-only", kind, "header-only", (header + "\n").encode(), 0, [], [])
    case("empty", kind, "empty", b"", 2)
    case("empty", kind, "blank-lines-only", b"\n \n\t\n", 2)
    case("bom", kind, "bom", b"\xef\xbb\xbf" + body(rows), 0, ids, [])
    case("cr-only", kind, "cr-only", body(rows, end="\r"), 0, ids, [])
    case("crlf", kind, "crlf", body(rows, end="\r\n"), 0, ids, [])
    case("columns", kind, "reordered", ((",".join(reversed(cols))) + "\n" + "\n".join(",".join(reversed(r.split(","))) for r in rows) + "\n").encode(), 0, ids, [])
    case("columns", kind, "missing-required", body([",".join(r.split(",")[1:]) for r in rows], ",".join(cols[1:])), 2)
    case("columns", kind, "repeated", body([r + "," + r.split(",")[0] for r in rows], header + ",id"), 2)
    case("utf16-32", kind, "utf16", b"\xff\xfe" + (header + "\n" + "\n".join(rows) + "\n").encode("utf-16-le"), 2)
    case("invalid-utf8", kind, "cp1251-header", body(rows, header.replace("id", "id\u0416", 1)).replace("Ж".encode(), "Ж".encode("cp1251"), 1), 2)
    case("quoting", kind, "unclosed-last", body(rows[:-1]) + ('"' + rows[-1]).encode(), 1, ids[:-1], [rej(n + 1, None, "unterminated")])
    case("quoting", kind, "unclosed-first-then-all", body(['"' + rows[0]] + rows[1:]), 1, ids[1:], [rej(2, None, "unterminated")])
    big = rows[0].split(",")
    big[-1] = '"' + "x" * 300_000 + '"'
    case("overlong-field", kind, "long-field", body([",".join(big)] + rows[1:]), 1, ids[1:], [rej(2, "*", "")])


# ------------------------------------------------------------------ SurveyJS survey.data

def surveyjs_cases(data_objects, definition):
    for i, o in enumerate(data_objects[:10]):
        case("valid", "surveyjs", "valid", json.dumps(o, ensure_ascii=False).encode(), 0)
    base = json.dumps(data_objects[0], ensure_ascii=False).encode()
    for t in range(15):
        p = R.randrange(1, len(base) - 1)
        case("truncation", "surveyjs", "trunc", base[:p], 2)
    case("trailing", "surveyjs", "two-results", base + b"\n" + base, 2)
    case("trailing", "surveyjs", "garbage", base + b" x", 2)
    case("trailing", "surveyjs", "array", b"[" + base + b"]", 2)
    case("definition", "surveyjs", "definition", definition, 2)
    for name, bad in BAD_BYTES.items():
        p = R.randrange(1, len(base) - 1)
        case("invalid-utf8", "surveyjs", name, base[:p] + bad + base[p:], 2)
    case("bom", "surveyjs", "bom", b"\xef\xbb\xbf" + base, 0)
    case("utf16-32", "surveyjs", "utf16", b"\xff\xfe" + base.decode().encode("utf-16-le"), 2)
    case("duplicate-key", "surveyjs", "dup", base[:-1] + b', "overall": 1}', 2)
    case("deep-nesting", "surveyjs", "deep", base[:-1] + b', "x": ' + b"[" * 5000 + b"]" * 5000 + b"}", 2)
    for num in [b"1e999999", b"-0", b"4.0", b"9223372036854775808", b"1" + b"0" * 900]:
        case("numbers", "surveyjs", "num", base.replace(b'"overall": ', b'"overall": ' + num + b', "o2": ', 1), 0)
    case("numbers", "surveyjs", "num-too-long", base.replace(b'"overall": ', b'"overall": 1' + b"0" * 5000 + b', "o2": ', 1), 2)
    case("empty", "surveyjs", "empty", b"", 2)
    case("empty", "surveyjs", "whitespace", b" \n", 2)
    case("not-object", "surveyjs", "null", b"null", 2)
    case("lone-surrogate", "surveyjs", "surrogate", base[:-1] + b', "comment": "\\ud800"}', 2)


# ------------------------------------------------------------------ configuration files

def config_cases(kind, valid, count):
    case("valid", kind, "valid", valid, 0)
    last = max(i for i, b in enumerate(valid) if b not in b" \n\r\t")
    for t in range(count // 3):
        p = R.randrange(1, last)
        case("truncation", kind, "trunc", valid[:p], 2)
    for name, bad in BAD_BYTES.items():
        q = [i for i in range(len(valid)) if valid[i:i + 1] == b'"']
        p = R.choice(q) + 1  # inside a string
        case("invalid-utf8", kind, name, valid[:p] + bad + valid[p:], 2)
    q = [i for i in range(len(valid)) if valid[i:i + 1] == b'"']
    case("nul", kind, "nul", valid[:q[1] + 1] + b"\x00" + valid[q[1] + 1:], 2)
    case("trailing", kind, "garbage", valid + b"x", 2)
    case("trailing", kind, "twice", valid + valid, 2)
    case("bom", kind, "bom", b"\xef\xbb\xbf" + valid, 0)
    case("bom-mid-file", kind, "bom-mid", valid[:q[0]] + b"\xef\xbb\xbf" + valid[q[0]:], 2)
    case("utf16-32", kind, "utf16", b"\xff\xfe" + valid.decode().encode("utf-16-le"), 2)
    case("utf16-32", kind, "utf32", b"\xff\xfe\x00\x00" + valid.decode().encode("utf-32-le"), 2)
    case("deep-nesting", kind, "deep", b"[" * 3000 + valid + b"]" * 3000, 2)
    case("empty", kind, "empty", b"", 2)
    case("not-object", kind, "null", b"null", 2)
    case("numbers", kind, "number", b"1e999999", 2)
    text = valid.decode()
    strings = [i for i in range(len(text)) if text[i] == '"']
    for t in range(count // 3):  # a lone surrogate escape inside a string value (after a ':')
        colon = [i for i in range(1, len(text)) if text[i] == '"' and text[:i].rstrip().endswith(":")]
        if not colon:
            break
        p = R.choice(colon) + 1
        case("lone-surrogate", kind, "surrogate", (text[:p] + "\\ud83d" + text[p:]).encode(), 2)
    for t in range(count // 4):  # a duplicate key in an object
        keys = [i for i in range(1, len(text)) if text[i] == '"' and text[i - 1] in "{,"
                or text[i] == '"' and text[:i].rstrip()[-1:] in ("{", ",")]
        if not keys:
            break
        # keys whose object opens before them with no object closing in between
        keys = [k for k in keys if text.rfind("{", 0, k) > text.rfind("}", 0, k) and text.rfind("{", 0, k) >= 0]
        if not keys:
            break
        p = R.choice(keys)
        end = text.index('"', p + 1)
        key = text[p:end + 1]
        # the key again with a string value right after its object opens: repeated in the same object
        obj = text.rfind("{", 0, p)
        case("duplicate-key", kind, "dup", (text[:obj + 1] + key + ': "x", ' + text[obj + 1:]).encode(), 2)
    for t in range(count // 4):  # a string value replaced by a number or a wrong type
        colon = [i for i in range(1, len(text)) if text[i] == '"' and text[:i].rstrip().endswith(":")]
        if not colon:
            break
        p = R.choice(colon)
        end = text.index('"', p + 1)
        case("fields", kind, "type", (text[:p] + R.choice(["1e999999", "-0", "4.0", "9223372036854775808", "[]", "{}", "null", "true"]) + text[end + 1:]).encode(), 2)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="otklik-corpus-")
    try:
        gen = os.path.join(tmp, "gen")
        run("generate", "--out", gen, "--responses", "12", "--appeals", "12", "--processes", "12", "--seed", "19")
        lines = [l for l in open(os.path.join(gen, "responses.jsonl"), encoding="utf-8").read().split("\n") if l]
        # the generator's lines re-serialized with ", " and ": " so that the mutations can find the keys
        lines = [json.dumps(json.loads(l), ensure_ascii=False) for l in lines]
        responses_cases(lines)
        csv_cases("appeals", open(os.path.join(gen, "appeals.csv"), encoding="utf-8").read())
        csv_cases("processes", open(os.path.join(gen, "processes.csv"), encoding="utf-8").read())
        # survey.data of EXT-1 responses: their answers
        ext1 = [json.loads(l)["answers"] for l in lines]
        definition = subprocess.run([OTKLIK, "forms", "export", "EXT-1", "--format", "surveyjs"], check=True,
                                    capture_output=True).stdout
        surveyjs_cases(ext1, definition)
        form = subprocess.run([OTKLIK, "forms", "export", "EXT-1", "--format", "otklik"], check=True,
                              capture_output=True).stdout.decode()
        form = form.replace('"id" : "EXT-1"', '"id" : "AGENCY-1"', 1).replace('"id": "EXT-1"', '"id": "AGENCY-1"', 1)
        config_cases("form", form.encode(), 40)
        config_cases("rules", open(os.path.join(ROOT, "examples/src/main/resources/minsoc-rules.json"), "rb").read(), 40)
        demo = os.path.join(tmp, "demo")
        run("demo", "--out", demo, "--responses", "30")
        config_cases("registry", open(os.path.join(gen, "registry.json"), "rb").read(), 40)
        config_cases("manual", open(os.path.join(demo, "manual.json"), "rb").read(), 30)
        config_cases("measures", open(os.path.join(demo, "measures.json"), "rb").read(), 30)
        config_cases("targets", open(os.path.join(demo, "targets.json"), "rb").read(), 30)
        themes = open(os.path.join(ROOT, "feedback-text/src/main/resources/io/github/otklik/text/theme/standard-ru.json"), "rb").read()
        config_cases("themes", themes, 30)
        shutil.copy(os.path.join(gen, "appeals.csv"), os.path.join(OUT, "valid-appeals.csv"))
    finally:
        shutil.rmtree(tmp)
    with open(os.path.join(OUT, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    by = {}
    for c in CASES:
        by[c["kind"]] = by.get(c["kind"], 0) + 1
    print("corpus: %d cases %s" % (len(CASES), by), file=sys.stderr)


if __name__ == "__main__":
    main()

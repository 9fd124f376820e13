#!/usr/bin/env python3
"""Writes crates/domain/src/names.tsv from the Unicode CLDR (the npm package cldr-localenames-full,
and cldr-dates-full, pinned in this folder's package.json): the name of every ISO 639-1 language
and every ISO 3166 territory in each language bridges' interface speaks, each language's name in
itself, and each interface language's months, day periods and patterns for a date and a time.

    npm ci --prefix scripts/cldr && python3 scripts/cldr/names.py

Lines are `kind<TAB>code<TAB>locale<TAB>name`: kind `L` for a language, `T` for a territory; the
locale `self` holds a language's own name for itself, where CLDR has it. Kind `M` is a month (code
1 to 12, as a date writes it: Ukrainian "грудня"), `P` a day period (`am`, `pm`), `F` a pattern
(`date`, `time`, and `join`, which puts a date `{1}` and a time `{0}` together). English is
British English's: the organisations bridges serves are European."""
import json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
main = os.path.join(here, "node_modules", "cldr-localenames-full", "main")
root = os.path.join(here, "..", "..")
org_rs = open(os.path.join(root, "crates", "domain", "src", "org.rs"), encoding="utf-8").read()
enum = org_rs.split("pub enum Language {", 1)[1].split("}", 1)[0]
interface = [v.strip(" ,").lower() for v in enum.splitlines() if re.fullmatch(r"\s*[A-Z][a-z],?\s*", v)]


def names(locale, kind):
    path = os.path.join(main, locale, f"{kind}.json")
    return json.load(open(path, encoding="utf-8"))["main"][locale]["localeDisplayNames"][kind]


english = names("en", "languages")
languages = sorted(c for c in english if re.fullmatch(r"[a-z]{2}", c))
territories = sorted(c for c in names("en", "territories") if re.fullmatch(r"[A-Z]{2}", c))
lines = []
for locale in interface:
    langs, terrs = names(locale, "languages"), names(locale, "territories")
    lines += [f"L\t{c}\t{locale}\t{langs[c]}" for c in languages if c in langs]
    lines += [f"T\t{c}\t{locale}\t{terrs[c]}" for c in territories if c in terrs]
dates = os.path.join(here, "node_modules", "cldr-dates-full", "main")
for locale in interface:
    source = "en-GB" if locale == "en" else locale
    g = json.load(open(os.path.join(dates, source, "ca-gregorian.json"), encoding="utf-8"))
    g = g["main"][source]["dates"]["calendars"]["gregorian"]
    lines += [f"M\t{m}\t{locale}\t{g['months']['format']['wide'][str(m)]}" for m in range(1, 13)]
    lines += [f"P\t{p}\t{locale}\t{g['dayPeriods']['format']['abbreviated'][p]}" for p in ("am", "pm")]
    lines.append(f"F\tdate\t{locale}\t{g['dateFormats']['long']}")
    lines.append(f"F\ttime\t{locale}\t{g['timeFormats']['short']}")
    lines.append(f"F\tjoin\t{locale}\t{g['dateTimeFormats']['medium']}")
for c in languages:
    if os.path.exists(os.path.join(main, c, "languages.json")):
        own = names(c, "languages").get(c)
        if own:
            lines.append(f"L\t{c}\tself\t{own}")
for line in lines:
    assert "\t" not in line.split("\t", 3)[3] and "\n" not in line, line
out = os.path.join(root, "crates", "domain", "src", "names.tsv")
open(out, "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(f"{len(lines)} names for {', '.join(interface)} written to {os.path.relpath(out, root)}", file=sys.stderr)

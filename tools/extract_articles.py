"""Regenerate ``src/cixi_innovation/data/articles.json`` from the Measures' Markdown texts.

The Chinese text (``measures.zh.md``, verbatim, authoritative) and the English working
translation (``measures.en.md``) mirror each other paragraph by paragraph.  This script
reads both, takes out the Markdown labels (``**第十条**``, ``**Art. 10 (第十条)**``,
``*(¶2)*``, ``**Annex 1 §2(2)**``) and the translator's notes (``[TN 10.3: …]``, kept
apart), checks that the two texts have the same structure, and writes one JSON file
that the package reads with :mod:`importlib.resources`.

Usage (from the repository root)::

    python tools/extract_articles.py             # rewrite the JSON file
    python tools/extract_articles.py --check     # exit 1 if the JSON file is stale
    python tools/extract_articles.py --stdout    # print the JSON instead

The policy texts are looked up in ``../shared/policy`` beside the repository unless
``--policy-dir`` says otherwise.  The output depends on nothing but the two input
files: the same inputs always give the same bytes.

Only the standard library is used, so the script runs before the package is installed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_POLICY_DIR = REPO_ROOT.parent / "shared" / "policy"
DEFAULT_OUTPUT = REPO_ROOT / "src" / "cixi_innovation" / "data" / "articles.json"

#: Version of the JSON layout; bumped on any incompatible change.
FORMAT_VERSION = 1

_CN_DIGITS = "零一二三四五六七八九"

Json = dict[str, Any]


class ExtractionError(Exception):
    """The Markdown texts do not have the expected shape."""


def from_chinese(text: str) -> int:
    """Read a Chinese numeral from 1 to 99 (一, 十, 十二, 二十四).

    >>> [from_chinese(t) for t in ("一", "十", "十二", "二十", "二十四")]
    [1, 10, 12, 20, 24]
    """
    if "十" not in text:
        return _CN_DIGITS.index(text)
    head, _, tail = text.partition("十")
    tens = _CN_DIGITS.index(head) if head else 1
    return tens * 10 + (_CN_DIGITS.index(tail) if tail else 0)


# --- translator's notes -------------------------------------------------------

_NOTE_ID = re.compile(r"(?:^|(?<=\s))(TN (?:\d+|[MC]|A\d)\.\d+): ")


def _closing_bracket(text: str, start: int) -> int:
    depth = 0
    for index in range(start, len(text)):
        if text[index] == "[":
            depth += 1
        elif text[index] == "]":
            depth -= 1
            if depth == 0:
                return index
    raise ExtractionError(f"unbalanced brackets after: {text[start : start + 60]!r}")


def split_notes(text: str) -> tuple[str, list[Json]]:
    """Take the ``[TN …]`` blocks out of ``text``; return the rest and the notes.

    Other square brackets (words implied by the Chinese) stay in the text.

    >>> split_notes("It applies [to all]. [TN 1.1: a note. TN 1.2: another [one].]")
    ('It applies [to all].', [{'id': 'TN 1.1', 'text': 'a note.'}, {'id': 'TN 1.2', 'text': 'another [one].'}])
    """
    notes: list[Json] = []
    while (start := text.find("[TN ")) >= 0:
        end = _closing_bracket(text, start)
        block = text[start + 1 : end]
        pieces = _NOTE_ID.split(block)
        if pieces[0].strip():
            raise ExtractionError(f"a note block does not start with a note id: {block[:60]!r}")
        for note_id, note_text in zip(pieces[1::2], pieces[2::2], strict=True):
            notes.append({"id": note_id, "text": note_text.strip()})
        text = text[:start].rstrip() + text[end + 1 :]
    return text.strip(), notes


def _strip_suffix(text: str, chinese: str) -> str:
    """Drop a trailing ``(中文)`` that only repeats the Chinese counterpart."""
    suffix = f" ({chinese})"
    return text[: -len(suffix)] if text.endswith(suffix) else text


def _plain(text: str) -> str:
    """Remove Markdown emphasis and escapes from running English text."""
    text = re.sub(r"(?<![*\w])\*([^*\s][^*]*?)\*(?![*\w])", r"\1", text)
    return text.replace("\\.", ".")


# --- reading the Markdown -----------------------------------------------------


def _blocks(markdown: str) -> list[str]:
    """Lines of the document without HTML comments, trailing spaces kept out."""
    markdown = re.sub(r"<!--.*?-->", "", markdown, flags=re.DOTALL)
    return [line.rstrip() for line in markdown.splitlines()]


def _table_row(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


class _Reader:
    """A cursor over the non-blank lines of a document."""

    def __init__(self, markdown: str) -> None:
        self.lines = [line for line in _blocks(markdown) if line.strip()]
        self.pos = 0

    def peek(self) -> str | None:
        return self.lines[self.pos] if self.pos < len(self.lines) else None

    def next(self) -> str:
        line = self.peek()
        if line is None:
            raise ExtractionError("unexpected end of the document")
        self.pos += 1
        return line

    def expect(self, pattern: str) -> re.Match[str]:
        line = self.next()
        match = re.fullmatch(pattern, line)
        if match is None:
            raise ExtractionError(f"expected {pattern!r}, found {line[:80]!r}")
        return match


_ZH = {
    "chapter": r"## (第([一二三四五六七八九十]+)章 .+)",
    "article": r"\*\*第([一二三四五六七八九十]+)条\*\* (.+)",
    "annex": r"## 附件(\d):(.+)",
    "section": r"- ([一二三四五六七八九十]+)、.+",
    "item": r"  - [((]([一二三四五六七八九十]+)[))].+",
}
_EN = {
    "chapter": r"## (Chapter (\d+) .+) \((第.+章 .+)\)",
    "article": r"\*\*Art\. (\d+) \(第.+条\)\*\* (.+)",
    "paragraph": r"\*\(¶(\d+)\)\* (.+)",
    "annex": r"## Annex (\d) \(附件\d\): (.+)",
    "section": r"- \*\*Annex \d §(\d)\*\* (.+)",
    "item": r"  - \*\*Annex \d §\d\((\d)\)\*\* (.+)",
}


#: The notice's title, metadata rows, body lines and the Measures' own title.
Front = tuple[str, list[list[str]], list[str], str]


def _read_front(reader: _Reader, field_header: str, *, notes: bool = False) -> Front:
    """The notice's title, its metadata table, its body and the Measures' own title.

    With ``notes``, quoted lines (``>``) right after the title are passed over.
    """
    title = reader.expect(r"# (.+)").group(1)
    while notes and (reader.peek() or "").startswith(">"):
        reader.next()
    metadata: list[list[str]] = []
    while (line := reader.peek()) is not None and line.startswith("|"):
        row = _table_row(reader.next())
        if row[0] not in (field_header, "---"):
            metadata.append(row)
    body: list[str] = []
    while not (reader.peek() or "").startswith("# "):
        body.append(reader.next())
    return title, metadata, body, reader.expect(r"# (.+)").group(1)


def _document(
    front: Front,
    chapters: list[Json],
    articles: list[Json],
    listing: list[str],
    annexes: list[Json],
    colophon: list[str],
) -> Json:
    """One language's document, its parts under fixed keys in reading order."""
    title, metadata, body, measures_title = front
    return {
        "title": title,
        "metadata": metadata,
        "body": body,
        "measures_title": measures_title,
        "chapters": chapters,
        "articles": articles,
        "listing": listing,
        "annexes": annexes,
        "colophon": colophon,
    }


def _listing(reader: _Reader, heading: str, entry: str) -> list[str]:
    """The titles of the annexes listed after ``heading``, one ``- N.`` line each."""
    reader.expect(heading)
    listing: list[str] = []
    while (reader.peek() or "").startswith("- "):
        listing.append(reader.expect(entry).group(1))
    return listing


def _read_zh(markdown: str) -> Json:
    """The Chinese document as nested dicts (texts verbatim)."""
    reader = _Reader(markdown)
    front = _read_front(reader, "字段")

    chapters: list[Json] = []
    articles: list[Json] = []
    while (line := reader.next()) != "---":
        if match := re.fullmatch(_ZH["chapter"], line):
            chapters.append({"number": from_chinese(match[2]), "zh": match[1], "articles": []})
        elif match := re.fullmatch(_ZH["article"], line):
            number = from_chinese(match[1])
            chapters[-1]["articles"].append(number)
            articles.append({"number": number, "chapter": chapters[-1]["number"], "paragraphs": []})
            articles[-1]["paragraphs"].append(match[2])
        elif line.startswith(("#", "-", "*", "|")) or not articles:
            raise ExtractionError(f"unexpected line among the articles: {line[:80]!r}")
        else:
            articles[-1]["paragraphs"].append(line)

    listing = _listing(reader, "附件:", r"- \d\.(.+)")

    annexes: list[Json] = []
    while (line := reader.next()) != "---":
        if match := re.fullmatch(_ZH["annex"], line):
            annexes.append({"number": int(match[1]), "title": match[2], "sections": []})
        elif re.fullmatch(_ZH["section"], line):
            sections = annexes[-1]["sections"]
            sections.append({"number": len(sections) + 1, "text": [line[2:]], "items": []})
        elif match := re.fullmatch(_ZH["item"], line):
            items = annexes[-1]["sections"][-1]["items"]
            if from_chinese(match[1]) != len(items) + 1:
                raise ExtractionError(f"items out of order: {line!r}")
            items.append(line[4:])
        elif line.startswith("  ") and not line.lstrip().startswith("-"):
            annexes[-1]["sections"][-1]["text"].append(line.strip())
        else:
            raise ExtractionError(f"unexpected line in an annex: {line[:80]!r}")
    colophon = [reader.next() for _ in range(len(reader.lines) - reader.pos)]
    return _document(front, chapters, articles, listing, annexes, colophon)


def _read_en(markdown: str) -> Json:
    """The English document as nested dicts (labels removed, notes still inline)."""
    reader = _Reader(markdown.split("\n# Glossary", 1)[0])
    front = _read_front(reader, "Field", notes=True)

    chapters: list[Json] = []
    articles: list[Json] = []
    while (line := reader.next()) != "---":
        if match := re.fullmatch(_EN["chapter"], line):
            chapters.append({"number": int(match[2]), "en": match[1], "zh": match[3]})
        elif match := re.fullmatch(_EN["article"], line):
            articles.append({"number": int(match[1]), "paragraphs": [match[2]]})
        elif match := re.fullmatch(_EN["paragraph"], line):
            if int(match[1]) != len(articles[-1]["paragraphs"]) + 1:
                raise ExtractionError(f"paragraphs out of order: {line[:80]!r}")
            articles[-1]["paragraphs"].append(match[2])
        else:
            raise ExtractionError(f"unexpected line among the articles: {line[:80]!r}")

    listing = _listing(reader, r"Annexes \(附件\):", r"- \d\\\. (.+)")

    annexes: list[Json] = []
    while (line := reader.next()) != "---":
        if match := re.fullmatch(_EN["annex"], line):
            annexes.append({"number": int(match[1]), "title": match[2], "sections": []})
        elif match := re.fullmatch(_EN["section"], line):
            sections = annexes[-1]["sections"]
            if int(match[1]) != len(sections) + 1:
                raise ExtractionError(f"sections out of order: {line!r}")
            sections.append({"number": int(match[1]), "text": [match[2]], "items": []})
        elif match := re.fullmatch(_EN["item"], line):
            items = annexes[-1]["sections"][-1]["items"]
            if int(match[1]) != len(items) + 1:
                raise ExtractionError(f"items out of order: {line!r}")
            items.append(match[2])
        elif line.startswith("  ") and not line.lstrip().startswith("-"):
            annexes[-1]["sections"][-1]["text"].append(line.strip())
        else:
            raise ExtractionError(f"unexpected line in an annex: {line[:80]!r}")
    colophon = []
    while (following := reader.peek()) is not None and following != "---":
        colophon.append(reader.next())
    return _document(front, chapters, articles, listing, annexes, colophon)


# --- merging ------------------------------------------------------------------


def _same_length(what: str, zh: list[Any], en: list[Any]) -> None:
    if len(zh) != len(en):
        raise ExtractionError(f"{what}: {len(zh)} in Chinese, {len(en)} in English")


def _en_text(text: str) -> tuple[str, list[Json]]:
    clean, notes = split_notes(text)
    return _plain(clean), notes


def _texts(zh_lines: list[str], en_lines: list[str], what: str) -> Json:
    _same_length(what, zh_lines, en_lines)
    notes: list[Json] = []
    en_parts = []
    for line in en_lines:
        clean, found = _en_text(line)
        en_parts.append(clean)
        notes.extend(found)
    return {"zh": "\n".join(zh_lines), "en": "\n".join(en_parts), "notes": notes}


def _notice(zh: Json, en: Json) -> Json:
    _same_length("metadata rows", zh["metadata"], en["metadata"])
    metadata = []
    notes: list[Json] = []
    for (key_zh, value_zh), (key_en, value_en) in zip(zh["metadata"], en["metadata"], strict=True):
        value, found = _en_text(value_en)
        notes.extend(found)
        metadata.append(
            {
                "key_zh": key_zh,
                "key_en": _strip_suffix(key_en, key_zh),
                "value_zh": value_zh,
                "value_en": value,
                "notes": found,
            }
        )
    body = _texts(zh["body"], en["body"], "notice paragraphs")
    colophon = _texts(zh["colophon"], en["colophon"], "colophon lines")
    return {
        "title_zh": zh["title"],
        "title_en": _strip_suffix(en["title"], zh["title"]),
        "measures_title_zh": zh["measures_title"],
        "measures_title_en": _strip_suffix(en["measures_title"], zh["measures_title"]),
        "metadata": metadata,
        "body_zh": body["zh"],
        "body_en": body["en"],
        "colophon_zh": colophon["zh"],
        "colophon_en": colophon["en"],
        "notes": notes + body["notes"] + colophon["notes"],
    }


def _chapters(zh: Json, en: Json) -> list[Json]:
    _same_length("chapters", zh["chapters"], en["chapters"])
    chapters = []
    for zh_chapter, en_chapter in zip(zh["chapters"], en["chapters"], strict=True):
        if (zh_chapter["number"], zh_chapter["zh"]) != (en_chapter["number"], en_chapter["zh"]):
            raise ExtractionError(f"chapter headings differ: {zh_chapter} / {en_chapter}")
        chapters.append(
            {
                "number": zh_chapter["number"],
                "zh": zh_chapter["zh"],
                "en": en_chapter["en"],
                "articles": zh_chapter["articles"],
            }
        )
    return chapters


def _articles(zh: Json, en: Json) -> list[Json]:
    _same_length("articles", zh["articles"], en["articles"])
    articles = []
    for expected, (zh_art, en_art) in enumerate(
        zip(zh["articles"], en["articles"], strict=True), 1
    ):
        number = zh_art["number"]
        if number != expected or en_art["number"] != expected:
            raise ExtractionError(f"article {expected} is out of order")
        what = f"paragraphs of Art. {number}"
        _same_length(what, zh_art["paragraphs"], en_art["paragraphs"])
        paragraphs = []
        for k, (zh_par, en_par) in enumerate(
            zip(zh_art["paragraphs"], en_art["paragraphs"], strict=True), 1
        ):
            text, notes = _en_text(en_par)
            paragraphs.append({"number": k, "zh": zh_par, "en": text, "notes": notes})
        articles.append(
            {
                "number": number,
                "chapter": zh_art["chapter"],
                "heading_zh": f"第{_numeral(number)}条",
                "heading_en": f"Art. {number}",
                "paragraphs": paragraphs,
            }
        )
    return articles


def _numeral(n: int) -> str:
    tens, units = divmod(n, 10)
    if tens == 0:
        return _CN_DIGITS[units]
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[units] if units else "")


def _annexes(zh: Json, en: Json) -> list[Json]:
    _same_length("annexes", zh["annexes"], en["annexes"])
    _same_length("annex list", zh["listing"], en["annexes"])
    annexes = []
    for zh_annex, en_annex, zh_listed, en_listed in zip(
        zh["annexes"], en["annexes"], zh["listing"], en["listing"], strict=True
    ):
        number = zh_annex["number"]
        if zh_listed != zh_annex["title"]:
            raise ExtractionError(f"Annex {number}: listed as {zh_listed!r}")
        listed_en, listed_notes = _en_text(en_listed)
        title_en = _strip_suffix(en_annex["title"], zh_annex["title"])
        if _strip_suffix(listed_en, zh_annex["title"]) != title_en:
            raise ExtractionError(f"Annex {number}: listed as {listed_en!r}")
        _same_length(f"sections of Annex {number}", zh_annex["sections"], en_annex["sections"])
        sections = []
        for zh_sec, en_sec in zip(zh_annex["sections"], en_annex["sections"], strict=True):
            what = f"Annex {number} §{zh_sec['number']}"
            section = _texts(zh_sec["text"], en_sec["text"], what)
            _same_length(f"items of {what}", zh_sec["items"], en_sec["items"])
            items = []
            for j, (zh_item, en_item) in enumerate(
                zip(zh_sec["items"], en_sec["items"], strict=True), 1
            ):
                text, notes = _en_text(en_item)
                items.append({"number": j, "zh": zh_item, "en": text, "notes": notes})
            sections.append({"number": zh_sec["number"], **section, "items": items})
        annexes.append(
            {
                "number": number,
                "heading_zh": f"附件{number}",
                "heading_en": f"Annex {number}",
                "title_zh": zh_annex["title"],
                "title_en": title_en,
                "notes": listed_notes,
                "sections": sections,
            }
        )
    return annexes


def build(zh_markdown: str, en_markdown: str) -> Json:
    """Read both texts and return the package data as a JSON-ready dict.

    Raises:
        ExtractionError: when a text does not have the expected shape, or the Chinese
            and English structures differ.
    """
    zh = _read_zh(zh_markdown)
    en = _read_en(en_markdown)
    return {
        "format": FORMAT_VERSION,
        "sources": {
            "zh": {"file": "measures.zh.md", "sha256": _sha256(zh_markdown)},
            "en": {"file": "measures.en.md", "sha256": _sha256(en_markdown)},
        },
        "notice": _notice(zh, en),
        "chapters": _chapters(zh, en),
        "articles": _articles(zh, en),
        "annexes": _annexes(zh, en),
    }


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def render(data: Json) -> str:
    """Serialise deterministically: fixed key order, UTF-8 text, a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--policy-dir", type=Path, default=DEFAULT_POLICY_DIR)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="exit 1 if the output is stale")
    mode.add_argument("--stdout", action="store_true", help="print instead of writing")
    args = parser.parse_args(argv)

    policy: Path = args.policy_dir
    try:
        text = render(
            build(
                (policy / "measures.zh.md").read_text(encoding="utf-8"),
                (policy / "measures.en.md").read_text(encoding="utf-8"),
            )
        )
    except (OSError, ExtractionError) as error:
        print(f"extract_articles: {error}", file=sys.stderr)
        return 2

    output: Path = args.output
    if args.stdout:
        sys.stdout.write(text)
    elif args.check:
        current = output.read_text(encoding="utf-8") if output.exists() else ""
        if current != text:
            print(f"{output} is stale: run tools/extract_articles.py", file=sys.stderr)
            return 1
    else:
        output.write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

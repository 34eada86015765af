"""The Measures article by article, generated from ``ARTICLES`` and the registry.

For each article: the Chinese text, the English translation, the translator's notes,
the library's readings that cite it, and the code that implements it (from
:func:`cixi_innovation.law.registry.trace`) or the reason it is not modelled.  The annexes
get the same, section by section and item by item; the notice its metadata and the
dates of Art. 24 under every reading.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from cixi_docs import open_points
from cixi_docs import readings as found
from cixi_docs.markdown import code, escape, quote, ref
from cixi_innovation.law.articles import ANNEXES, ARTICLES, CHAPTERS, NOTICE, TranslatorNote
from cixi_innovation.law.measures import (
    MEASURES,
    EffectiveDateReading,
    PublicationBaseReading,
    ValidityReading,
)
from cixi_innovation.law.registry import TraceRow, trace
from cixi_innovation.values.citations import Citation, chinese_numeral


def _rows() -> dict[Citation, TraceRow]:
    return {row.citation: row for row in trace()}


def _notes(notes: Iterable[TranslatorNote]) -> str:
    lines = [f"- **{escape(n.id)}** {escape(n.text)}" for n in notes]
    return "\n".join(lines) + "\n" if lines else ""


def _code_section(row: TraceRow, *, label: str = "Implemented by") -> str:
    out = [f"**{label}** (from the implements-registry, {code('registry.trace()')}):", ""]
    if not row.implementations:
        out.append("- no code implements this provision.")
    for implementation in row.implementations:
        cited = ", ".join(c.en for c in implementation.citations)
        note = f" — {escape(implementation.note)}" if implementation.note else ""
        out.append(f"- {ref(implementation.name)} ({escape(cited)}){note}")
    out.append("")
    if row.not_modelled:
        out += ["**Not modelled:**", ""]
        for entry in row.not_modelled:
            what = escape(entry.citation.en) + (" (in part)" if entry.partial else "")
            out.append(f"- {what}: {escape(entry.en)}")
            out.append(f"  {escape(entry.zh)}")
        out.append("")
    if not row.covered:
        out += [
            f"```{{warning}}\n{row.citation.en} is neither implemented nor listed as not "
            "modelled.\n```",
            "",
        ]
    return "\n".join(out) + "\n"


def _open_points(article: int) -> str:
    """Links to the open points whose translator's notes are on ``article``."""
    numbers = [
        point["number"]
        for point in open_points.points()
        if any(note.startswith(f"TN {article}.") for note in point["notes"])
    ]
    if not numbers:
        return ""
    links = ", ".join(f"{{ref}}`{n} <open-point-{n}>`" for n in numbers)
    return f"**Open points** on this article: {links}.\n\n"


def _readings_section(article: int) -> str:
    chosen = found.readings_of(article)
    if not chosen:
        return (
            "**The library's reading:** no named reading; the text is applied as "
            "written.\n\n" + _open_points(article)
        )
    out = [
        "**The library's reading** (the default is marked; the others can be chosen):",
        "",
    ]
    out += [found.render(reading) for reading in chosen]
    return "\n".join(out) + "\n" + _open_points(article)


def article(number: int, rows: dict[Citation, TraceRow] | None = None) -> str:
    """One article: heading, zh, en, notes, readings, code."""
    rows = rows if rows is not None else _rows()
    art = ARTICLES[number]
    several = len(art.paragraphs) > 1
    out = [f"(article-{number})=", f"## {art.heading_en} {art.heading_zh}", ""]
    out += ["**中文** (the Chinese text prevails):", ""]
    for p in art.paragraphs:
        mark = f"第{chinese_numeral(p.number)}款 " if several else ""
        out.append(quote(f"{mark}{p.zh}" if mark else p.zh))
    out += ["**English** (working translation):", ""]
    for p in art.paragraphs:
        out.append(quote(f"¶{p.number} {p.en}" if several else p.en))
    if art.notes:
        out += ["**Translator's notes:**", "", _notes(art.notes)]
    out.append(_readings_section(number))
    out.append(_code_section(rows[art.citation]))
    return "\n".join(out)


def chapter(number: int) -> str:
    """A chapter page: its heading and every article in it."""
    ch = CHAPTERS[number]
    rows = _rows()
    first, last = ch.articles[0], ch.articles[-1]
    out = [
        f"# {escape(ch.en)}",
        "",
        f"**{escape(ch.zh)}** — Art. {first}–{last}. Each article gives the Chinese text "
        "(which prevails), the English translation, the translator's notes, the library's "
        "reading of what the text leaves open, and the code that implements it.  This page "
        "is generated from `cixi_innovation.ARTICLES` and the implements-registry when "
        "the documentation is built.",
        "",
    ]
    out += [article(n, rows) for n in ch.articles]
    return "\n".join(out)


def _annex_part(
    citation: Citation, zh: str, en: str, notes: Iterable[TranslatorNote], level: str
) -> list[str]:
    anchor = citation.en.lower().replace(" §", "-").replace("(", "-").replace(")", "")
    anchor = anchor.replace(" ", "-")
    out = [f"({anchor})=", f"{level} {escape(citation.en)} {escape(citation.zh)}", ""]
    out += [quote(zh), quote(en)]
    text = _notes(notes)
    if text:
        out += ["**Translator's notes:**", "", text]
    return out


def annexes() -> str:
    """The three annexes, section by section and item by item."""
    rows = _rows()
    out = [
        "# Annexes 1–3",
        "",
        "The annexes are reference outlines for drafting construction plans (编写参考提纲).  "
        "The library models each outline as a typed plan "
        f"({ref('cixi_innovation.lifecycles.plans.ComplexPlan')}, "
        f"{ref('cixi_innovation.lifecycles.plans.ConsortiumPlan')}, "
        f"{ref('cixi_innovation.lifecycles.plans.CenterPlan')}): a plan missing a section is refused "
        "naming the section.  What a section says is for the reviewers to judge.  This page "
        "is generated from `cixi_innovation.ANNEXES` and the implements-registry.",
        "",
    ]
    for number in ANNEXES:
        annex = ANNEXES[number]
        out += [
            f"(annex-{number})=",
            f"## {escape(annex.heading_en)} {escape(annex.heading_zh)}",
            "",
            quote(annex.title_zh),
            quote(annex.title_en),
        ]
        if annex.notes:
            out += ["**Translator's notes:**", "", _notes(annex.notes)]
        for section in annex.sections:
            out += _annex_part(section.citation, section.zh, section.en, section.notes, "###")
            out.append(_code_section(rows[section.citation]))
            for item in section.items:
                out += _annex_part(item.citation, item.zh, item.en, item.notes, "####")
                out.append(_code_section(rows[item.citation]))
    return "\n".join(out)


def _dates_table() -> str:
    out = [
        "| 发布之日 (base) | 30日后 (effective) | 有效期五年 (validity) | in force from | "
        "last day in force |",
        "| --- | --- | --- | --- | --- |",
    ]
    for base, effective, validity in itertools.product(
        PublicationBaseReading, EffectiveDateReading, ValidityReading
    ):
        m = MEASURES.with_readings(effective=effective, validity=validity, base=base)
        default = (
            m.base_reading is MEASURES.base_reading
            and m.effective_reading is MEASURES.effective_reading
            and m.validity_reading is MEASURES.validity_reading
        )
        cells = [code(base.code), code(effective.code), code(validity.code)]
        dates = [str(m.effective_date), str(m.last_day_in_force)]
        if default:
            cells = [f"**{c}**" for c in cells]
            dates = [f"**{d}**" for d in dates]
        out.append("| " + " | ".join(cells + dates) + " |")
    return "\n".join(out) + "\n"


def notice() -> str:
    """The notice: titles, metadata, body, colophon, notes, and the dates of Art. 24."""
    m = MEASURES
    out = [
        "# The notice and the document's dates",
        "",
        f"**{escape(NOTICE.title_zh)}**",
        "",
        f"*{escape(NOTICE.title_en)}*",
        "",
        f"The notice issues the Measures, 《{escape(NOTICE.measures_title_zh)}》 "
        f"(*{escape(NOTICE.measures_title_en)}*), document number "
        f"{escape(m.document_number)}.  This page is generated from "
        f"{ref('cixi_innovation.law.articles.NOTICE', 'NOTICE')} and "
        f"{ref('cixi_innovation.law.measures.MEASURES', 'MEASURES')}.",
        "",
        "## Metadata",
        "",
        "| 字段 | Field | 值 | Value | Notes |",
        "| --- | --- | --- | --- | --- |",
    ]
    for entry in NOTICE.metadata:
        notes = ", ".join(n.id for n in entry.notes) or "—"
        out.append(
            f"| {escape(entry.key_zh)} | {escape(entry.key_en)} | {escape(entry.value_zh)} | "
            f"{escape(entry.value_en)} | {escape(notes)} |"
        )
    out += [
        "",
        "## The notice",
        "",
        quote(NOTICE.body_zh),
        quote(NOTICE.body_en),
        "## Colophon",
        "",
        quote(NOTICE.colophon_zh),
        quote(NOTICE.colophon_en),
        "## Translator's notes",
        "",
        _notes(NOTICE.notes),
        "## Dates and force (Art. 24)",
        "",
        f"- Document date (成文日期): {m.document_date}",
        f"- Publication date (发布日期): {m.publication_date}",
        f"- In force from (施行): **{m.effective_date}**",
        f"- Last day in force (有效期至): **{m.last_day_in_force}** — the period of force "
        f"is the half-open interval {code(str(m.period))}.",
        "",
        "Art. 24 can be counted in more than one way (TN 24.1 and the section “Dates” of "
        "the translation).  Every combination of the three named readings, the default "
        "in bold:",
        "",
        _dates_table(),
        "",
    ]
    for reading in found.readings_of(24):
        out.append(found.render(reading))
    return "\n".join(out)

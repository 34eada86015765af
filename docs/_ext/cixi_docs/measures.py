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
from cixi_docs.markdown import code, escape, quote, ref, tr
from cixi_innovation.law.articles import ANNEXES, ARTICLES, CHAPTERS, NOTICE, TranslatorNote
from cixi_innovation.law.coverage import TraceRow
from cixi_innovation.law.measures import (
    MEASURES,
    EffectiveDateReading,
    PublicationBaseReading,
    ValidityReading,
)
from cixi_innovation.law.registry import trace
from cixi_innovation.values.citations import Citation, chinese_numeral


def _rows() -> dict[Citation, TraceRow]:
    return {row.citation: row for row in trace()}


_NOTES = {"en": "**Translator's notes:**", "zh": "**译者注**(英文):"}


def _notes(notes: Iterable[TranslatorNote]) -> str:
    lines = [f"- **{escape(n.id)}** {escape(n.text)}" for n in notes]
    return "\n".join(lines) + "\n" if lines else ""


def _code_section(row: TraceRow, lang: str = "en") -> str:
    registry = code("registry.trace()")
    out = [
        tr(
            lang,
            f"**Implemented by** (from the implements-registry, {registry}):",
            f"**实现代码**(来自实现登记表 {registry}):",
        ),
        "",
    ]
    if not row.implementations:
        out.append(tr(lang, "- no code implements this provision.", "- 没有代码实现本条款。"))
    for implementation in row.implementations:
        cited = tr(lang, ", ", "、").join(c.render(lang) for c in implementation.citations)
        note = f" — {escape(implementation.note)}" if implementation.note else ""
        out.append(f"- {ref(implementation.name)} ({escape(cited)}){note}")
    out.append("")
    if row.not_modelled:
        out += [tr(lang, "**Not modelled:**", "**未建模:**"), ""]
        for entry in row.not_modelled:
            part = tr(lang, " (in part)", "(部分)") if entry.partial else ""
            what = escape(entry.citation.render(lang)) + part
            first, second = (entry.zh, entry.en) if lang == "zh" else (entry.en, entry.zh)
            out.append(f"- {what}: {escape(first)}")
            out.append(f"  {escape(second)}")
        out.append("")
    if not row.covered:
        out += [
            f"```{{warning}}\n{row.citation.en} is neither implemented nor listed as not "
            "modelled.\n```",
            "",
        ]
    return "\n".join(out) + "\n"


def _open_points(article: int, lang: str = "en") -> str:
    """Links to the open points whose translator's notes are on ``article``."""
    numbers = [
        point["number"]
        for point in open_points.points()
        if any(note.startswith(f"TN {article}.") for note in point["notes"])
    ]
    if not numbers:
        return ""
    links = ", ".join(f"{{ref}}`{n} <open-point-{n}>`" for n in numbers)
    return (
        tr(lang, f"**Open points** on this article: {links}.", f"本条的**待明确事项**:{links}。")
        + "\n\n"
    )


def _readings_section(article: int, lang: str = "en") -> str:
    chosen = found.readings_of(article)
    if not chosen:
        return (
            tr(
                lang,
                "**The library's reading:** no named reading; the text is applied as written.",
                "**本库的解读:** 无具名解读,按条文原文适用。",
            )
            + "\n\n"
            + _open_points(article, lang)
        )
    out = [
        tr(
            lang,
            "**The library's reading** (the default is marked; the others can be chosen):",
            "**本库的解读**(标明默认解读,其余可另行选择):",
        ),
        "",
    ]
    out += [found.render(reading, lang=lang) for reading in chosen]
    return "\n".join(out) + "\n" + _open_points(article, lang)


def article(number: int, rows: dict[Citation, TraceRow] | None = None, lang: str = "en") -> str:
    """One article: heading, zh, en, notes, readings, code."""
    rows = rows if rows is not None else _rows()
    art = ARTICLES[number]
    several = len(art.paragraphs) > 1
    heading = tr(lang, f"{art.heading_en} {art.heading_zh}", art.heading_zh)
    out = [f"(article-{number})=", f"## {heading}", ""]
    out += [tr(lang, "**中文** (the Chinese text prevails):", "**中文**(以中文文本为准):"), ""]
    for p in art.paragraphs:
        mark = f"第{chinese_numeral(p.number)}款 " if several else ""
        out.append(quote(f"{mark}{p.zh}" if mark else p.zh))
    out += [tr(lang, "**English** (working translation):", "**English**(参考译文):"), ""]
    for p in art.paragraphs:
        out.append(quote(f"¶{p.number} {p.en}" if several else p.en))
    if art.notes:
        out += [_NOTES[lang], "", _notes(art.notes)]
    out.append(_readings_section(number, lang))
    out.append(_code_section(rows[art.citation], lang))
    return "\n".join(out)


def chapter(number: int, lang: str = "en") -> str:
    """A chapter page: its heading and every article in it."""
    ch = CHAPTERS[number]
    rows = _rows()
    first, last = ch.articles[0], ch.articles[-1]
    source = "`cixi_innovation.ARTICLES`"
    out = [
        f"# {escape(tr(lang, ch.en, ch.zh))}",
        "",
        tr(
            lang,
            f"**{escape(ch.zh)}** — Art. {first}–{last}. Each article gives the Chinese text "
            "(which prevails), the English translation, the translator's notes, the library's "
            "reading of what the text leaves open, and the code that implements it.  This "
            f"page is generated from {source} and the implements-registry when the "
            "documentation is built.",
            f"**{escape(ch.en)}** — 第{chinese_numeral(first)}条至第{chinese_numeral(last)}条。"
            "每条依次列出中文原文(以中文为准)、英文参考译文、译者注、本库对条文未明确之处"
            f"的解读,以及实现该条的代码。本页在构建文档时由 {source} 和实现登记表生成"
            "(译者注为英文)。",
        ),
        "",
    ]
    out += [article(n, rows, lang) for n in ch.articles]
    return "\n".join(out)


def _annex_part(
    citation: Citation,
    zh: str,
    en: str,
    notes: Iterable[TranslatorNote],
    level: str,
    lang: str = "en",
) -> list[str]:
    anchor = citation.en.lower().replace(" §", "-").replace("(", "-").replace(")", "")
    anchor = anchor.replace(" ", "-")
    heading = tr(lang, f"{citation.en} {citation.zh}", citation.zh)
    out = [f"({anchor})=", f"{level} {escape(heading)}", ""]
    out += [quote(zh), quote(en)]
    text = _notes(notes)
    if text:
        out += [_NOTES[lang], "", text]
    return out


def annexes(lang: str = "en") -> str:
    """The three annexes, section by section and item by item."""
    rows = _rows()
    plans = ", ".join(
        ref(f"cixi_innovation.lifecycles.plans.{name}")
        for name in ("ComplexPlan", "ConsortiumPlan", "CenterPlan")
    )
    source = "`cixi_innovation.ANNEXES`"
    out = [
        tr(lang, "# Annexes 1–3", "# 附件1—3"),
        "",
        tr(
            lang,
            "The annexes are reference outlines for drafting construction plans (编写参考提纲).  "
            f"The library models each outline as a typed plan ({plans}): a plan missing a "
            "section is refused naming the section.  What a section says is for the reviewers "
            f"to judge.  This page is generated from {source} and the implements-registry.",
            "附件是建设方案的编写参考提纲。本库把每份提纲建模为一个有类型的方案"
            f"({plans}):缺少某一部分的方案会被拒绝,并指明所缺的部分。各部分写得如何,"
            f"由评审者判断。本页由 {source} 和实现登记表生成。",
        ),
        "",
    ]
    for number in ANNEXES:
        annex = ANNEXES[number]
        out += [
            f"(annex-{number})=",
            f"## {escape(tr(lang, f'{annex.heading_en} {annex.heading_zh}', annex.heading_zh))}",
            "",
            quote(annex.title_zh),
            quote(annex.title_en),
        ]
        if annex.notes:
            out += [_NOTES[lang], "", _notes(annex.notes)]
        for section in annex.sections:
            out += _annex_part(section.citation, section.zh, section.en, section.notes, "###", lang)
            out.append(_code_section(rows[section.citation], lang))
            for item in section.items:
                out += _annex_part(item.citation, item.zh, item.en, item.notes, "####", lang)
                out.append(_code_section(rows[item.citation], lang))
    return "\n".join(out)


def _dates_table(lang: str = "en") -> str:
    out = [
        "| 发布之日 (base) | 30日后 (effective) | 有效期五年 (validity) | "
        + tr(lang, "in force from | last day in force |", "施行之日 | 有效期最后一日 |"),
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


def notice(lang: str = "en") -> str:
    """The notice: titles, metadata, body, colophon, notes, and the dates of Art. 24."""
    m = MEASURES
    sources = (
        f"{ref('cixi_innovation.law.articles.NOTICE', 'NOTICE')}"
        + tr(lang, " and ", " 和 ")
        + f"{ref('cixi_innovation.law.measures.MEASURES', 'MEASURES')}"
    )
    title_zh, title_en = escape(NOTICE.measures_title_zh), escape(NOTICE.measures_title_en)
    number = escape(m.document_number)
    out = [
        tr(lang, "# The notice and the document's dates", "# 通知与文件日期"),
        "",
        f"**{escape(NOTICE.title_zh)}**",
        "",
        f"*{escape(NOTICE.title_en)}*",
        "",
        tr(
            lang,
            f"The notice issues the Measures, 《{title_zh}》 (*{title_en}*), document number "
            f"{number}.  This page is generated from {sources}.",
            f"本通知印发《{title_zh}》(*{title_en}*),文号 {number}。本页由 {sources} 生成。",
        ),
        "",
        tr(lang, "## Metadata", "## 文件信息"),
        "",
        "| 字段 | Field | 值 | Value | " + tr(lang, "Notes |", "译者注 |"),
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
        tr(lang, "## The notice", "## 通知正文"),
        "",
        quote(NOTICE.body_zh),
        quote(NOTICE.body_en),
        tr(lang, "## Colophon", "## 落款"),
        "",
        quote(NOTICE.colophon_zh),
        quote(NOTICE.colophon_en),
        tr(lang, "## Translator's notes", "## 译者注(英文)"),
        "",
        _notes(NOTICE.notes),
        tr(lang, "## Dates and force (Art. 24)", "## 日期与效力(第二十四条)"),
        "",
        *_dates(lang),
        "",
        _dates_table(lang),
        "",
    ]
    for reading in found.readings_of(24):
        out.append(found.render(reading, lang=lang))
    return "\n".join(out)


def _dates(lang: str) -> list[str]:
    m = MEASURES
    period = code(str(m.period))
    if lang == "zh":
        return [
            f"- 成文日期:{m.document_date}",
            f"- 发布日期:{m.publication_date}",
            f"- 施行之日:**{m.effective_date}**",
            f"- 有效期至:**{m.last_day_in_force}** — 有效期为左闭右开区间 {period}。",
            "",
            "第二十四条的期限可以有不止一种算法(TN 24.1 及译文的“Dates”一节)。"
            "下表列出三项具名解读的全部组合,默认解读以粗体标出:",
        ]
    return [
        f"- Document date (成文日期): {m.document_date}",
        f"- Publication date (发布日期): {m.publication_date}",
        f"- In force from (施行): **{m.effective_date}**",
        f"- Last day in force (有效期至): **{m.last_day_in_force}** — the period of force "
        f"is the half-open interval {period}.",
        "",
        "Art. 24 can be counted in more than one way (TN 24.1 and the section “Dates” of "
        "the translation).  Every combination of the three named readings, the default "
        "in bold:",
    ]

"""The 20 open points of the translation, with the library's default reading and alternatives.

The points and the hand-written part come from ``open_points.toml`` beside this module;
the readings and the open inputs are found in the library: a reading belongs to a point
when its docstring cites one of the point's translator's notes or names the point
("open point 8"); the open inputs by the articles they cite.  A reading or an open input
that belongs to no point is a build warning, so a new one cannot be left out.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from sphinx.util import logging

from cixi_docs import readings as found
from cixi_docs.i18n import join_cjk_lines
from cixi_docs.markdown import code, escape, tr
from cixi_innovation.law.open_inputs import OPEN_INPUTS

logger = logging.getLogger(__name__)

DATA = Path(__file__).with_name("open_points.toml")

# Which open inputs belong to which point (by the article the input cites).
_INPUT_POINTS = {10: 4, 16: 5, 20: 6, 22: 1}


def points() -> list[dict[str, Any]]:
    """The open points of ``open_points.toml``, in order."""
    points: list[dict[str, Any]] = tomllib.loads(DATA.read_text(encoding="utf-8"))["point"]
    return points


def _readings_of(point: dict[str, Any]) -> list[found.Reading]:
    notes = set(point["notes"])
    number = point["number"]
    return [
        r
        for r in found.readings()
        if notes & set(r.notes) or number in r.open_points or (number == 14 and 24 in r.articles)
    ]


_MISSING = "{py:class}`~cixi_innovation.values.errors.MissingInputError`"


def _input(item: Any, lang: str) -> str:
    if lang == "zh":
        return f"{escape(item.zh)}({escape(item.en)});缺少时计算抛出 {_MISSING}。"
    return f"{escape(item.en)} ({escape(item.zh)}); without it the computation raises {_MISSING}."


def _texts(point: dict[str, Any], lang: str) -> tuple[str, str]:
    """The point's text and what the library does, in ``lang``.

    The Chinese is written on several lines of the file; a line break between two
    Chinese characters would show as a space, so those lines are joined.
    """
    if lang == "zh":
        return point["text_zh"], join_cjk_lines(point["library_zh"].strip())
    return point["text"], point["library"].strip()


def render(lang: str = "en") -> str:
    """Every open point: the text, what the library does, its readings and open inputs."""
    all_points = points()
    used: set[str] = set()
    inputs_used: set[str] = set()
    out: list[str] = []
    for point in all_points:
        number = point["number"]
        notes = escape(", ".join(point["notes"]))
        chosen = _readings_of(point)
        used |= {r.fullname for r in chosen}
        inputs = [i for i in OPEN_INPUTS.values() if _INPUT_POINTS.get(i.article.number) == number]
        inputs_used |= {i.name for i in inputs}
        text, library = _texts(point, lang)
        out += [
            f"(open-point-{number})=",
            f"## {number}. {text.split('**')[1] if '**' in text else ''}",
            "",
            tr(
                lang,
                f"**What the text leaves open** (translator's notes {notes}): ",
                f"**条文未明确之处**(译者注 {notes}):",
            )
            + text,
            "",
            tr(lang, "**What the library does.** ", "**本库的处理**:") + library,
            "",
        ]
        if inputs:
            out += [
                tr(
                    lang,
                    "**Inputs the caller must supply** (no default):",
                    "**须由调用方提供的输入**(无默认值):",
                ),
                "",
            ]
            for item in inputs:
                out.append(
                    f"- {code(item.name)} ({escape(item.article.render(lang))}): {_input(item, lang)}"
                )
            out.append("")
        if chosen:
            out += [
                tr(
                    lang,
                    "**Named readings** (the default is marked):",
                    "**具名解读**(标明默认解读):",
                ),
                "",
            ]
            out += [found.render(r, lang=lang) for r in chosen]
    beyond = {
        entry["reading"]: entry
        for entry in tomllib.loads(DATA.read_text(encoding="utf-8")).get("beyond", [])
    }
    others = [r for r in found.readings() if r.fullname in beyond and r.fullname not in used]
    if others:
        out += [
            "(open-point-beyond)=",
            tr(
                lang,
                "## Readings beyond the open points",
                "## 开放问题之外的具名解读",
            ),
            "",
        ]
        for reading in others:
            entry = beyond[reading.fullname]
            text = entry["text"] if lang == "en" else join_cjk_lines(entry["text_zh"])
            out += [" ".join(text.split()) if lang == "en" else text.strip(), ""]
            out += [found.render(reading, lang=lang), ""]
        used |= {r.fullname for r in others}
    for reading in found.readings():
        if reading.fullname not in used:
            logger.warning(
                "reading %s belongs to no open point: cite a TN of one in its docstring",
                reading.fullname,
                location="open-points",
            )
    for name in sorted(set(OPEN_INPUTS) - inputs_used):
        logger.warning("open input %s belongs to no open point", name, location="open-points")
    return "\n".join(out)

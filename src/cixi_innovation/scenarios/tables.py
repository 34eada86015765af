"""Tables as text (表格): plain text that fits a terminal, HTML and CSV.

The renderings of :mod:`cixi_innovation.scenarios.results` share these: a plain-text
table escapes control characters (so that a name can neither break a row nor drive the
terminal), counts a Chinese character as two columns, and, given a width, folds into
blocks that fit it (:func:`text_table`); HTML escapes every cell; CSV uses :mod:`csv`.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterable, Sequence
from typing import Final

__all__ = [
    "MIN_TABLE_WIDTH",
    "clip",
    "csv_text",
    "display_width",
    "escape",
    "fold",
    "html_table",
    "text_table",
]

#: The narrowest width a table is folded to, in terminal columns.
MIN_TABLE_WIDTH: Final = 40

# Control characters (C0, DEL, C1) and the line and paragraph separators, written as
# Python escapes, so that a name holding one can neither break a row nor drive the
# terminal.
_CONTROLS: Final = {
    code: repr(chr(code))[1:-1] for code in [*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029]
}


def escape(text: str) -> str:
    r"""``text`` with its control characters escaped (``\x1b``, ``\n``).

    >>> print(escape("CX\x1b[31m-01\n"))
    CX\x1b[31m-01\n
    """
    return text.translate(_CONTROLS)


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` terminal columns, ending with "…" when cut."""
    if display_width(text) <= width:
        return text
    # The columns taken by each prefix only grow: count those that leave room for "…".
    ends = itertools.accumulate(display_width(char) for char in text)
    return text[: sum(1 for end in ends if end < width)] + "…"


def fold(text: str, width: int | None) -> str:
    """Each line of ``text`` wrapped at spaces (or anywhere, in Chinese) to ``width`` columns."""
    if width is None:
        return text
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0  # the line so far and its columns (widths add up char by char)
        for char in paragraph:
            columns = display_width(char)
            if used + columns > width:
                cut = line.rfind(" ")
                head, line = (line[:cut], line[cut + 1 :]) if cut > 0 else (line, "")
                lines.append(head.rstrip())
                used = display_width(line)
            line += char
            used += columns
        lines.append(line)
    return "\n".join(lines)


def text_table(
    headers: Sequence[str],
    body: Sequence[Sequence[str]],
    numeric: set[int],
    *,
    width: int | None = None,
    keys: Sequence[int] = (0,),
) -> str:
    """A plain-text table; when wider than ``width``, folded into blocks that fit.

    Each block repeats the ``keys`` columns (what identifies a row) and takes as many of
    the other columns as fit, in their order; a line still too long (a single very wide
    column) is cut with "…".  ``width`` is at least :data:`MIN_TABLE_WIDTH`.
    """
    headers = [escape(h) for h in headers]
    body = [[escape(c) for c in row] for row in body]
    widths = [
        max([display_width(h)] + [display_width(row[i]) for row in body])
        for i, h in enumerate(headers)
    ]
    columns = list(range(len(headers)))
    if width is None or sum(widths) + 2 * (len(widths) - 1) <= width:
        return _block(headers, body, numeric, widths, columns, None)
    width = max(width, MIN_TABLE_WIDTH)
    # First fit: each column goes to the first block it fits in, so that one wide
    # column does not leave a block half empty.
    free: list[int] = []
    blocks: list[list[int]] = []
    for column in (c for c in columns if c not in keys):
        fits = [b for b, room in enumerate(free) if widths[column] + 2 <= room]
        if not fits:
            free.append(width - sum(widths[k] + 2 for k in keys))
            blocks.append([])
            fits = [len(blocks) - 1]
        free[fits[0]] -= widths[column] + 2
        blocks[fits[0]].append(column)
    return "\n\n".join(
        _block(headers, body, numeric, widths, [*keys, *block], width) for block in blocks
    )


def _block(
    headers: Sequence[str],
    body: Sequence[Sequence[str]],
    numeric: set[int],
    widths: Sequence[int],
    columns: Sequence[int],
    width: int | None,
) -> str:
    def line(cells: Sequence[str]) -> str:
        parts = []
        for i in columns:
            pad = " " * (widths[i] - display_width(cells[i]))
            parts.append(pad + cells[i] if i in numeric else cells[i] + pad)
        text = "  ".join(parts).rstrip()
        return text if width is None else clip(text, width)

    rule = "  ".join("-" * widths[i] for i in columns)
    return "\n".join(
        [line(headers), rule if width is None else clip(rule, width)] + [line(r) for r in body]
    )


def display_width(text: str) -> int:
    """The columns ``text`` takes in a terminal: two for an East Asian wide character.

    >>> display_width("CX-01"), display_width("慈溪")
    (5, 4)
    """
    if text.isascii():  # most cells: no wide character, one column each
        return len(text)
    # East Asian wide characters take two columns in a terminal.
    return sum(2 if "\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" else 1 for ch in text)


def html_table(headers: Sequence[str], body: Iterable[Sequence[object]], caption: str) -> str:
    """An HTML table (for notebooks), every cell and the caption escaped."""
    import html  # with its table of entities, for a notebook only

    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in headers)
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in body
    )
    return (
        f"<table><caption>{html.escape(caption)}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )


def csv_text(headers: Sequence[str], body: Iterable[Sequence[object]]) -> str:
    """CSV text, header line first; None is written as an empty field."""
    import csv  # for this format only

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(headers)
    for row in body:
        writer.writerow(["" if c is None else str(c) for c in row])
    return buffer.getvalue()

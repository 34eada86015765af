"""Citations of the Measures: 第十条第二款 / Art. 10 ¶2, 附件1第二部分(二) / Annex 1 §2(2).

A :class:`Citation` names one provision of the Measures: an article (第N条) with an
optional paragraph (款), or an annex section (附件N第k部分) with an optional item
(第(j)项).  Citations are small frozen values that render in Chinese and English and
parse back from either form.

>>> Citation.article(8, 2).zh
'第八条第二款'
>>> str(Citation.article(8, 2))
'Art. 8 ¶2'
>>> Citation.parse("Annex 1 §2(2)").zh
'附件1第二部分(二)'
>>> Citation.parse("第二十四条") == Citation.article(24)
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs

from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.errors import InvalidCitationError

__all__ = [
    "ANNEX_SECTIONS",
    "ARTICLE_COUNT",
    "PARAGRAPHS",
    "Citation",
    "Cites",
    "all_provisions",
    "chinese_numeral",
    "cites",
]

#: The Measures have 24 articles (第一条 … 第二十四条).
ARTICLE_COUNT = 24

#: How many paragraphs (款) each article has; articles not listed have one.
PARAGRAPHS: dict[int, int] = {6: 2, 7: 2, 8: 2, 9: 2, 18: 2, 20: 2}

#: The sections of each annex and, per section, how many items it has (0 = no items).
ANNEX_SECTIONS: dict[int, dict[int, int]] = {
    1: {1: 2, 2: 2, 3: 0},
    2: {1: 0, 2: 0, 3: 0, 4: 0},
    3: {1: 0, 2: 5, 3: 0, 4: 0, 5: 2, 6: 0, 7: 0},
}

_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """Write 1 ≤ n ≤ 99 in Chinese numerals as legal texts do.

    >>> [chinese_numeral(n) for n in (1, 10, 12, 20, 24)]
    ['一', '十', '十二', '二十', '二十四']
    """
    if not 1 <= n <= 99:
        raise ValueError(f"{n} is outside 1..99")
    tens, units = divmod(n, 10)
    if tens == 0:
        return _DIGITS[units]
    head = "" if tens == 1 else _DIGITS[tens]
    return head + "十" + (_DIGITS[units] if units else "")


def _digits(text: str, most: int = 9) -> bool:
    return 0 < len(text) <= most and text.isdecimal()


def _quick_parse(text: str) -> tuple[bool, int, int, int] | None:
    r"""``(True, article, paragraph, 0)`` or ``(False, annex, section, item)``, or None.

    "Art. 10", "Art. 8 ¶2" and "Annex 1 §3(2)" are the forms the modules cite when they
    are imported: read here as the en-art and en-annex patterns read them (their ``\d``
    is a Unicode decimal digit, as for :meth:`str.isdecimal`), without compiling them.
    """
    if text[:5] == "Art. ":
        number, mark, paragraph = text[5:].partition(" ¶")
        if _digits(number) and (not mark or _digits(paragraph)):
            return (True, int(number), int(paragraph) if mark else 0, 0)
    elif text[:6] == "Annex ":
        annex, mark, rest = text[6:].partition(" §")
        section, bracket, item = rest.partition("(")
        if mark and _digits(annex, 1) and _digits(section, 1):
            if not bracket:
                return (False, int(annex), int(section), 0)
            if item[-1:] == ")" and _digits(item[:-1], 1):
                return (False, int(annex), int(section), int(item[:-1]))
    return None


def _from_arabic(text: str) -> int:
    return int(text) if text else 0


def _from_chinese(text: str) -> int:
    if not text:
        return 0
    if "十" not in text:
        return _DIGITS.index(text)
    head, _, tail = text.partition("十")
    return (_DIGITS.index(head) if head else 1) * 10 + (_DIGITS.index(tail) if tail else 0)


# A Chinese numeral from 1 to 99 as written in legal texts (一, 十, 十二, 二十四): one
# character per place, so "二三" or "十一二" is no numeral at all.
_CN = "[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]"


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The rendered forms a citation is parsed from, compiled on the first parse that needs them."""
    return (
        (re.compile(r"^Art\.?\s*(\d{1,9})(?:\s*¶\s*(\d{1,9}))?$"), "en-art"),
        (re.compile(r"^Annex\s*(\d)\s*§\s*(\d)(?:\((\d)\))?$"), "en-annex"),
        (re.compile(rf"^第({_CN})条(?:第({_CN})款)?$"), "zh-art"),
        (re.compile(rf"^附件(\d)第({_CN})部分(?:[((]({_CN})[))])?$"), "zh-annex"),
    )


# The hash is kept: a citation keys the dicts that gather a row's and a decision's
# articles, again and again for the same few provisions.
@frozen(order=True, cache_hash=True)
class Citation:
    """One provision of the Measures: an article (and paragraph) or an annex section (and item).

    Build one with :meth:`article` or :meth:`annex_section`, or :meth:`parse` a rendered
    form.  Invalid numbers (article 25, paragraph 3 of Art. 10, Annex 4) are refused with
    :class:`~cixi_innovation.values.errors.InvalidCitationError`.
    """

    annex: int = 0
    number: int = attrs.field(default=0)
    sub: int = 0

    @classmethod
    def article(cls, number: int, paragraph: int = 0) -> Citation:
        """Cite article ``number`` (1-24), optionally its ``paragraph`` (款, 1-based)."""
        if not 1 <= number <= ARTICLE_COUNT:
            raise InvalidCitationError(
                f"the Measures have articles 1 to {ARTICLE_COUNT}, not {number}",
                zh=f"《办法》共有第 1 至 {ARTICLE_COUNT} 条,没有第 {number} 条",
            )
        if paragraph and not 1 <= paragraph <= PARAGRAPHS.get(number, 1):
            raise InvalidCitationError(
                f"Art. {number} has no paragraph {paragraph}",
                zh=f"第 {number} 条没有第 {paragraph} 款",
            )
        return cls(0, number, paragraph)

    @classmethod
    def annex_section(cls, annex: int, section: int, item: int = 0) -> Citation:
        """Cite section ``section`` of Annex ``annex``, optionally its ``item``."""
        sections = ANNEX_SECTIONS.get(annex)
        if sections is None:
            raise InvalidCitationError(
                f"the Measures have Annexes 1 to 3, not {annex}",
                zh=f"《办法》共有附件 1 至 3,没有附件 {annex}",
            )
        if section not in sections:
            raise InvalidCitationError(
                f"Annex {annex} has no section {section}", zh=f"附件 {annex} 没有第 {section} 部分"
            )
        if item and not 1 <= item <= sections[section]:
            raise InvalidCitationError(
                f"Annex {annex} §{section} has no item {item}",
                zh=f"附件 {annex} 第 {section} 部分没有第 {item} 项",
            )
        return cls(annex, section, item)

    @classmethod
    def parse(cls, text: str) -> Citation:
        """Parse ``Art. 10 ¶2``, ``Annex 1 §2(2)``, ``第十条第二款`` or ``附件1第二部分(二)``."""
        # stored decisions cite the same few provisions over and over: each text is
        # parsed once (only valid citations are kept, so the cache stays small)
        known = _PARSED.get(text) if type(text) is str else None
        if known is not None:
            return known
        citation = _PARSED[text] = cls._parse(text)
        return citation

    @classmethod
    def _parse(cls, text: str) -> Citation:
        if not isinstance(text, str):  # e.g. a number read from a file
            raise InvalidCitationError(
                f"{text!r} is not a citation of the Measures (e.g. 'Art. 10 ¶2')",
                zh=f"{text!r} 不是《办法》的条款引用(例如 'Art. 10 ¶2')",
            )
        text = text.strip()
        quick = _quick_parse(text)
        if quick is not None:
            article, first, second, third = quick
            return (
                cls.article(first, second) if article else cls.annex_section(first, second, third)
            )
        for pattern, kind in _patterns():
            match = pattern.match(text)
            if match is None:
                continue
            groups: list[str] = [g or "" for g in match.groups()]
            a, b, c = (*groups, "")[:3]
            number = _from_chinese if kind.startswith("zh") else _from_arabic
            if kind.endswith("art"):
                return cls.article(number(a), number(b))
            return cls.annex_section(int(a), number(b), number(c))
        raise InvalidCitationError(
            f"{text!r} is not a citation of the Measures (e.g. 'Art. 10 ¶2')",
            zh=f"{text!r} 不是《办法》的条款引用(例如 'Art. 10 ¶2')",
        )

    @property
    def is_annex(self) -> bool:
        """True for an annex section, False for an article."""
        return self.annex != 0

    @property
    def paragraph(self) -> int:
        """The paragraph (款) of an article citation, 0 when the whole article is cited."""
        return 0 if self.is_annex else self.sub

    @property
    def whole(self) -> Citation:
        """The whole article (or annex section) this citation belongs to."""
        return attrs.evolve(self, sub=0)

    @property
    def en(self) -> str:
        """English form: ``Art. 10 ¶2`` or ``Annex 1 §2(2)``."""
        if self.is_annex:
            return f"Annex {self.annex} §{self.number}" + (f"({self.sub})" if self.sub else "")
        return f"Art. {self.number}" + (f" ¶{self.sub}" if self.sub else "")

    @property
    def zh(self) -> str:
        """Chinese form: ``第十条第二款`` or ``附件1第二部分(二)``."""
        if self.is_annex:
            item = f"({chinese_numeral(self.sub)})" if self.sub else ""
            return f"附件{self.annex}第{chinese_numeral(self.number)}部分{item}"
        para = f"第{chinese_numeral(self.sub)}款" if self.sub else ""
        return f"第{chinese_numeral(self.number)}条{para}"

    def render(self, lang: str = "en") -> str:
        """Render in ``"zh"`` or ``"en"``."""
        return self.zh if lang == "zh" else self.en

    def __str__(self) -> str:
        return self.en


Cites = tuple[Citation, ...]
_PARSED: dict[str, Citation] = {}


def cites(*refs: str | Citation) -> Cites:
    """Build a tuple of citations from rendered forms.

    >>> [c.en for c in cites("Art. 10", "Art. 8 ¶2")]
    ['Art. 10', 'Art. 8 ¶2']
    """
    return tuple(r if isinstance(r, Citation) else Citation.parse(r) for r in refs)


def all_provisions() -> Iterable[Citation]:
    """Every article and every annex section and item, in document order."""
    for n in range(1, ARTICLE_COUNT + 1):
        yield Citation.article(n)
    for annex, sections in ANNEX_SECTIONS.items():
        for section, items in sections.items():
            yield Citation.annex_section(annex, section)
            for item in range(1, items + 1):
                yield Citation.annex_section(annex, section, item)

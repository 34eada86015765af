"""The Measures' vocabulary as bilingual enumerations (glossary of measures.en.md).

Here are the labelled enumeration every such name is built on and the platforms' kinds
and levels (平台类别、级别); the applicants and bodies are in
:mod:`~cixi_innovation.values.bodies`, the assessments' results and consequences in
:mod:`~cixi_innovation.values.assessments`.

Every member has a stable ``value`` (its code, used in files and JSON), a Chinese
label ``zh`` and an English label ``en``:

>>> Level.NINGBO.zh, Level.NINGBO.en, Level.NINGBO.ningbo_or_above
('宁波市级', 'Ningbo municipal level', True)
>>> Level.parse("provincial") is Level.PROVINCIAL
True
"""

from __future__ import annotations

import enum
from typing import Any, ClassVar, Literal, Self, TypeVar

from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.errors import InvalidChoiceError

__all__ = [
    "Label",
    "LabelledEnum",
    "Lang",
    "Level",
    "PlatformKind",
]

#: The two languages every label and explanation is rendered in.
Lang = Literal["zh", "en"]


@frozen
class Label:
    """A bilingual label with a stable code, for outcomes and other open sets of names."""

    code: str
    zh: str
    en: str

    def render(self, lang: str = "en") -> str:
        """The label in ``"zh"`` or ``"en"``."""
        return self.zh if lang == "zh" else self.en

    def __str__(self) -> str:
        return self.en


class LabelledEnum(enum.Enum):
    """An enumeration whose members carry a code (the value) and zh / en labels.

    A subclass names what its members are in Chinese, in the Measures' terms, with the
    class keyword ``noun`` (``class Level(LabelledEnum, noun="级别")``): the Chinese text
    of a choice error says it (``'x' 不是可选的级别``).  Without one, it says "值".
    """

    zh: str
    en: str
    #: What a member is, in Chinese (级别, 平台类型 ...): the noun of a choice error.
    noun: ClassVar[str]

    def __init_subclass__(cls, *, noun: str = "值", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.noun = noun

    def __new__(cls, code: str, zh: str, en: str) -> Self:  # noqa: D102 - enum machinery
        return cls._labelled(code, zh, en)

    @classmethod
    def _labelled(cls, code: str, zh: str, en: str) -> Self:
        """A new member with its code and labels (for the ``__new__`` of a subclass too)."""
        member = object.__new__(cls)
        member._value_ = code
        member.zh = zh
        member.en = en
        return member

    @property
    def code(self) -> str:
        """The stable code used in files and JSON."""
        return str(self.value)

    def render(self, lang: str = "en") -> str:
        """The label in ``"zh"`` or ``"en"``."""
        return self.zh if lang == "zh" else self.en

    @classmethod
    def parse(cls, value: object, *, field: str | None = None) -> Self:
        """Find the member whose code, name or Chinese label is ``value``.

        Raises:
            InvalidChoiceError: naming the field and listing the valid codes.
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            found = _spellings(cls).get(value)
            if found is not None:
                return found
        choices = ", ".join(m.code for m in cls)
        what, what_zh = _describe(cls), cls.noun
        article = "an" if what[0] in "aeiou" else "a"
        raise InvalidChoiceError(
            f"{value!r} is not {article} {what}; choose one of: {choices}",
            zh=f"{value!r} 不是可选的{what_zh};可选:{choices}",
            field=field or _describe(cls),
        )

    def __str__(self) -> str:
        return self.en

    # A member is equal to itself only (Enum's identity), so the identity hash is its
    # hash: the same answers as Enum's hash of the name, without a Python call each time
    # a member keys a dict (a state, a reading, a kind: on every step of the engine).
    __hash__ = object.__hash__


_E = TypeVar("_E", bound=LabelledEnum)

#: Per enumeration: each code, name and Chinese label, to the first member (in order)
#: that has it, as a search of the members in order would find it; made on first use.
_SPELLINGS: dict[type, dict[object, Any]] = {}


def _spellings(cls: type[_E]) -> dict[object, _E]:
    found = _SPELLINGS.get(cls)
    if found is None:
        found = {}
        for member in cls:
            for spelling in (member.value, member.name, member.zh):
                found.setdefault(spelling, member)
        _SPELLINGS[cls] = found
    return found


def _describe(cls: type) -> str:
    return "".join(f" {c.lower()}" if c.isupper() else c for c in cls.__name__).strip()


class PlatformKind(LabelledEnum, noun="平台类型"):
    """The three kinds of industrial innovation platform the Measures regulate (Art. 1-4)."""

    COMPLEX = ("complex", "产业创新服务综合体", "industrial innovation service complex")
    CONSORTIUM = ("consortium", "企业创新联合体", "enterprise innovation consortium")
    INNOVATION_CENTER = ("center", "产业技术创新中心", "industrial technology innovation center")


class Level(LabelledEnum, noun="级别"):
    """A platform's recognised level; "Ningbo municipal level or above" is inclusive (TN 8.8)."""

    CIXI = ("cixi", "慈溪市级", "Cixi municipal level")
    NINGBO = ("ningbo", "宁波市级", "Ningbo municipal level")
    PROVINCIAL = ("provincial", "省级", "provincial level")
    NATIONAL = ("national", "国家级", "national level")

    @property
    def ningbo_or_above(self) -> bool:
        """True for Ningbo, provincial and national level (宁波市级及以上)."""
        return self is not Level.CIXI

"""The plain citation forms are read without the patterns, exactly as the patterns read them.

``Citation.parse`` reads "Art. 10", "Art. 8 ¶2" and "Annex 1 §3(2)" (the forms the
modules cite when they are imported) by splitting the text, so that importing a rule
compiles no regular expression; every other form goes to the patterns.  For any text,
both ways give the same citation or the same error.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from cixi_innovation.values import citations
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import InvalidCitationError


def _by_patterns(text: str) -> tuple[str, object]:
    """What the patterns alone make of ``text``: a citation, or the error's message."""
    try:
        for pattern, kind in citations._patterns():
            match = pattern.match(text)
            if match is not None:
                a, b, c = (*(g or "" for g in match.groups()), "")[:3]
                if kind == "en-art":
                    return ("citation", Citation.article(int(a), int(b or 0)))
                if kind == "en-annex":
                    return ("citation", Citation.annex_section(int(a), int(b), int(c or 0)))
                return ("other", kind)
    except InvalidCitationError as error:
        return ("error", str(error))
    return ("none", None)


def _by_parse(text: str) -> tuple[str, object]:
    try:
        return ("citation", Citation.parse(text))
    except InvalidCitationError as error:
        return ("error", str(error))


_pieces = st.sampled_from(["Art. ", "Annex ", " ¶", " §", "(", ")", "¶", "§", " ", "Art.", "Art"])
_digits = st.text(st.sampled_from("0123456789٣５"), min_size=0, max_size=11)
_texts = st.lists(st.one_of(_pieces, _digits), max_size=6).map("".join)


@given(_texts)
@example("Art. 10")
@example("Art. 8 ¶2")
@example("Art. 8 ¶")
@example("Art. ٣")
@example("Art. 1234567890")
@example("Annex 1 §3")
@example("Annex 1 §3(2)")
@example("Annex 1 §3(2")
@example("Annex 1 §3()")
@example("Annex 12 §3")
@example("Art. 0")
@example("Art. 25")
def test_the_quick_reading_agrees_with_the_patterns(text: str) -> None:
    quick = citations._quick_parse(text)
    if quick is not None:
        assert _by_parse(text) == _by_patterns(text)
        assert _by_patterns(text)[0] in ("citation", "error")


def test_the_plain_forms_are_read_quickly() -> None:
    assert citations._quick_parse("Art. 10") == (True, 10, 0, 0)
    assert citations._quick_parse("Art. 8 ¶2") == (True, 8, 2, 0)
    assert citations._quick_parse("Annex 1 §3") == (False, 1, 3, 0)
    assert citations._quick_parse("Annex 2 §4(1)") == (False, 2, 4, 1)
    assert citations._quick_parse("Art.10") is None
    assert citations._quick_parse("第十条") is None
    assert Citation.parse("Annex 3 §2(5)") == Citation.annex_section(3, 2, 5)

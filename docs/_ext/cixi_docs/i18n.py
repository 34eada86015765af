"""The Chinese edition (中文版): what the translation catalogs hold, the language link, CJK text.

The narrative pages are translated with Sphinx's own machinery: ``sphinx-build -b
gettext`` writes a ``.pot`` per page, ``sphinx-intl update`` keeps the catalogs of
``docs/locale/zh_CN/LC_MESSAGES/`` in step, and ``sphinx-build -D language=zh_CN``
builds the Chinese edition beside the English one (``docs/_build/html/zh_CN/``).

* What the extension generates from the library (the article texts, the lifecycles,
  the readings, the open points, the bad inputs) is written in the build's language
  from the library's own bilingual texts, so it is kept out of the catalogs: the
  ``source-read`` handler fences it between two comments and :class:`Untranslated`
  marks everything between them as not translatable, as it does the API pages.
* In the Chinese edition every message of a page that has a catalog must be
  translated: one that is not is a build warning (so ``-W`` fails), like one whose text
  is unchanged.  A new page shows in English until its ``.po`` is added.
* Every page links to the same page in the other edition.
* A line break inside Chinese text (in a docstring, a catalog, a page) shows as a
  space in HTML ("其中支付薪酬的人员 限于"); :class:`JoinCjkLines` removes it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform
from sphinx.util import logging
from sphinx.util.nodes import extract_messages

logger = logging.getLogger(__name__)

BEGIN = "% cixi:generated"
END = "% cixi:end-generated"

#: The docnames kept out of the catalogs: the API reference, the changelog and the
#: executed notebooks.
UNTRANSLATED_DOCS = re.compile(r"^(api/.*|changelog|notebooks/.*)$")

#: Where each edition's pages are, relative to the English root, and the link's text.
EDITIONS = {"en": ("", "English"), "zh_CN": ("zh_CN/", "中文")}

_CJK = "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t]*\n[ \t]*(?=[{_CJK}])")
_WORDS = re.compile(r"[A-Za-z]{2,}")
_CODE = re.compile(r"`[^`]*`|\{[a-z:]+\}|\[|\]\([^)]*\)|<[^>]*>")


def is_chinese(language: str | None) -> bool:
    """True for the Chinese edition (``zh_CN``, or any ``zh`` language)."""
    return (language or "").startswith("zh")


def lang(app: Sphinx) -> str:
    """The library's language code for the build: ``"zh"`` or ``"en"``."""
    return "zh" if is_chinese(app.config.language) else "en"


def fenced(text: str) -> str:
    """Generated Markdown between the comments that keep it out of the catalogs."""
    return f"{BEGIN}\n\n{text}\n\n{END}\n"


class Untranslated(SphinxTransform):
    """Mark generated content and the API pages as not translatable (before ``Locale``)."""

    default_priority = 10

    def apply(self, **kwargs: Any) -> None:
        """Walk the page in document order, switching at the two comments."""
        whole = bool(UNTRANSLATED_DOCS.match(self.env.docname))
        inside = False
        for node in self.document.findall():
            if isinstance(node, nodes.comment):
                text = node.astext().strip()
                if text in {BEGIN[2:], END[2:]}:
                    inside = text == BEGIN[2:]
                    continue
            if (whole or inside) and isinstance(node, nodes.TextElement | nodes.image):
                node["translatable"] = False


class CheckTranslated(SphinxTransform):
    """In the Chinese edition, warn about every narrative message left in English."""

    default_priority = 25  # after Locale (20), which marks what it translated

    def apply(self, **kwargs: Any) -> None:
        """Warn about each translatable message that ``Locale`` did not translate."""
        if not is_chinese(self.config.language):
            return
        if not self._has_catalog():
            # a page whose catalog is yet to be written shows in English; once its .po
            # exists, the page must be translated in full
            logger.verbose(
                "no %s catalog for %s: it shows in English", self.config.language, self.env.docname
            )
            return
        for node, message in extract_messages(self.document):
            if isinstance(node, addnodes.toctree):
                continue  # its caption is translated when the toctree is resolved
            prose = _CODE.sub("", message).strip()
            if node.get("translated") or " " not in prose or not _WORDS.search(prose):
                continue
            logger.warning(
                "untranslated message (add it to the zh_CN catalog): %r",
                message[:80],
                location=node,
                type="cixi",
                subtype="i18n",
            )

    def _has_catalog(self) -> bool:
        srcdir = Path(self.env.srcdir)
        return any(
            (
                srcdir / folder / self.config.language / "LC_MESSAGES" / f"{self.env.docname}.po"
            ).is_file()
            for folder in self.config.locale_dirs
        )


class JoinCjkLines(SphinxTransform):
    """Join the lines of Chinese text broken in the source (docstrings, pages, catalogs)."""

    default_priority = 400  # after Locale, and after autodoc has put the docstrings in

    def apply(self, **kwargs: Any) -> None:
        """Rewrite each text node whose line breaks fall between two CJK characters."""
        for text in list(self.document.findall(nodes.Text)):
            parent = text.parent
            if parent is None or isinstance(
                parent, nodes.FixedTextElement | nodes.literal | nodes.raw | nodes.comment
            ):
                continue
            joined = join_cjk_lines(str(text))
            if joined != str(text):
                parent.replace(text, nodes.Text(joined))


def join_cjk_lines(text: str) -> str:
    r"""``text`` with its line breaks between two CJK characters removed.

    >>> join_cjk_lines("其中支付薪酬的人员\n    限于 staff\nonly")
    '其中支付薪酬的人员限于 staff\nonly'
    """
    return _BREAK.sub("", text)


def other_edition(language: str | None, pagename: str) -> tuple[str, str]:
    """(relative URL, link text) of ``pagename`` in the other edition.

    >>> other_edition("en", "tutorials/complex")
    ('../zh_CN/tutorials/complex.html', '中文')
    >>> other_edition("zh_CN", "index")
    ('../index.html', 'English')
    """
    here, there = ("zh_CN", "en") if is_chinese(language) else ("en", "zh_CN")
    up = "../" * (pagename.count("/") + EDITIONS[here][0].count("/"))
    folder, text = EDITIONS[there]
    return f"{up}{folder}{pagename}.html", text


def _language_link(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """Put a link to the same page in the other edition at the top of the page body."""
    if doctree is None or "body" not in context:
        return
    url, text = other_edition(app.config.language, pagename)
    code = "en" if is_chinese(app.config.language) else "zh-CN"
    link = (
        f'<p class="cixi-language"><a href="{url}" hreflang="{code}" lang="{code}">{text}</a></p>\n'
    )
    context["body"] = link + context["body"]


def setup(app: Sphinx) -> None:
    """Register the transforms and the language link."""
    app.add_transform(Untranslated)
    app.add_transform(CheckTranslated)
    app.add_transform(JoinCjkLines)
    app.connect("html-page-context", _language_link)

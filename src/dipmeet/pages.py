"""HTML pages to text: the release body as lines, with navigation and page furniture dropped.

A saved page of the ministry's site holds the release among a site header,
menus, a breadcrumb trail, a sidebar and a footer. :func:`page_text` parses the
page with a real HTML parser (selectolax's Lexbor engine, an HTML5 parser),
picks the element that holds the release, and writes its text line by line, the
way a browser lays it out:

- headings, paragraphs, list items, table cells and ``<br>`` start new lines;
- items of an ordered list keep their numbers, as the page shows them:
  ``1.`` for the outer list, ``(1)`` for a list inside it, ``(a)`` deeper, or
  the style that ``type`` asks for (``start`` and ``value`` are honoured); an
  item whose text already begins with its own numbering gets none added;
- runs of white space collapse to one space, and a line break in the source
  between two Japanese characters disappears (CSS Text 3), so a sentence
  wrapped in the HTML source is one sentence again;
- scripts, styles, forms, images, ``<nav>``, ``<aside>``, ``<footer>``, hidden
  elements, and elements whose ``id`` or ``class`` names them as navigation
  (``breadcrumbs``, ``topicpath``, ``pankuzu``, ``gnavi``, ``sidebar``,
  ``footer``, ``pagetop``, ``sns``...) are dropped.

Supported page layouts:

- **Pages with a main content element** (the ministry's and the Prime
  Minister's Office pages since the late 2000s): the release is read from the
  first of ``<main>``, ``[role=main]``, ``#maincontents``, ``#main-contents``,
  ``#main_contents``, ``<article>``, ``#contents``, ``#content``, ``#main``.
  The page's ``<h1>`` is kept as the first line where it stands outside that
  element (a title block above the body).
- **Older pages without one** (table layouts of the early 2000s, ``<font>`` and
  ``<center>``): the whole ``<body>`` is read with navigation dropped as
  above, and also ``<header>`` and elements named ``header``; an ``info``
  diagnostic says so. Navigation that such a page writes as plain links
  (``トップページ > 会見・発表``, ``このページのトップへ戻る``) is what the text
  parser already sets aside as noise lines.

Frames (``<frameset>``) and pages built by scripts are not supported: a saved
frameset holds no release text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from .model import Diagnostic, DiagnosticKind, Severity

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

__all__ = ["PageText", "is_html", "page_text"]

# The start of a document that browsers sniff as HTML (WHATWG MIME Sniffing,
# "identifying a resource with an unknown MIME type"), plus an XML declaration
# followed by an HTML root, as XHTML pages of the 2000s begin.
_HTML_START: Final = re.compile(
    r"\s*(?:<!DOCTYPE\s+HTML|<!--|<\?xml[^>]*>\s*(?:<!--.*?-->\s*)*<(?:!DOCTYPE\s+)?html"
    r"|<(?:HTML|HEAD|SCRIPT|IFRAME|H1|DIV|FONT|TABLE|A|STYLE|TITLE|B|BODY|BR|P|META)[\s>/])",
    re.IGNORECASE | re.DOTALL,
)

# Where the release is, most specific first; the first match is read.
_ROOTS: Final = (
    "main",
    "[role=main]",
    "#maincontents",
    "#main-contents",
    "#main_contents",
    "article",
    "#contents",
    "#content",
    "#main",
)

# Elements that never hold release text.
_DROPPED_TAGS: Final = frozenset(
    {
        "aside",
        "audio",
        "button",
        "canvas",
        "embed",
        "footer",
        "form",
        "head",
        "iframe",
        "img",
        "input",
        "map",
        "math",
        "nav",
        "noscript",
        "object",
        "script",
        "select",
        "style",
        "svg",
        "template",
        "textarea",
        "video",
    }
)

# Words in an id or class that name page furniture: a whole name ("breadcrumbs",
# "page-top" read as "pagetop") or one of its parts ("global-navi", "sns_share").
_FURNITURE_WORDS: Final = frozenset(
    {
        "banner",
        "breadcrumb",
        "breadcrumbs",
        "footer",
        "gnav",
        "gnavi",
        "globalnav",
        "lnav",
        "lnavi",
        "localnav",
        "menu",
        "nav",
        "navi",
        "navigation",
        "pagetop",
        "pankuzu",
        "share",
        "sidebar",
        "sidenav",
        "skip",
        "skiplink",
        "sns",
        "social",
        "topicpath",
    }
)
# Dropped too when no main content element was found and the body is read whole.
_BODY_FURNITURE: Final = frozenset({"header"})
_BODY_FURNITURE_WORDS: Final = _FURNITURE_WORDS | {"header"}

# Elements that begin and end a line.
_BLOCK_TAGS: Final = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "menu",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)

# The patterns below are compiled on first use (re's cache) rather than at import:
# some take milliseconds to compile, and only pages need them.
_HIDDEN_STYLE: Final = r"(?i)display\s*:\s*none|visibility\s*:\s*hidden"
_TOKEN_PARTS: Final = r"[-_]"
_WIDE: Final = "\u2e80-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
# A line break in the source between two wide characters is no space (CSS Text 3, segment breaks).
_WIDE_BREAK: Final = rf"(?<=[{_WIDE}])[ \t\r\f]*\n[ \t\n\r\f]*(?=[{_WIDE}])"
_SPACES: Final = r"[ \t\n\r\f]+"
# Numbering already written at the head of an item: 1. / 1.冒頭 / 1 冒頭 / (1) / 1) / ① / ア / a. / iv.
_OWN_NUMBER: Final = (
    r"[((]\s*(?:(?P<paren>[0-9０-９]{1,3})|[a-zA-Zａ-ｚＡ-Ｚ]|[ivxIVX]{1,4}|[ア-ン])\s*[))]"
    r"|(?P<digits>[0-9０-９]{1,3})(?:[.．](?![0-9０-９])|[))]|[ \u3000])"
    r"|(?:[a-zA-Z]|[ivxIVX]{1,4})[.．] "
    r"|[ア-ン](?:[.．]|[ \u3000])"
    r"|(?P<circled>[\u2460-\u2473])"
)
_ROMAN: Final = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


@attrs.frozen
class PageText:
    """The text of a page's release body.

    Attributes:
        text: The body as lines of text, ready for :func:`dipmeet.parse`.
        diagnostics: What was noticed about the page (``html`` kind).
    """

    text: str
    diagnostics: tuple[Diagnostic, ...] = ()


def is_html(head: str) -> bool:
    """Tell an HTML page from plain text by how it begins, as browsers sniff an unlabelled file.

    >>> is_html('<!DOCTYPE html><html lang="ja">'), is_html("日・カザフスタン外相会談\\n<参考>")
    (True, False)
    """
    return bool(_HTML_START.match(head))


def page_text(html: str) -> PageText:
    """Extract the release body of an HTML page as lines of text.

    >>> page_text("<div id=nav>トップページ</div><main><h1>日米外相会談</h1><ol><li>冒頭</li></ol></main>").text
    '日米外相会談\\n1. 冒頭'
    """
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    diagnostics: list[Diagnostic] = []
    root = next((node for node in map(tree.css_first, _ROOTS) if node is not None), None)
    whole_body = root is None
    if root is None:
        root = tree.body or tree.root
        diagnostics.append(
            Diagnostic(
                DiagnosticKind.HTML,
                Severity.INFO,
                "the page has no main content element; its whole body was read, navigation dropped",
                rule="whole_body",
            )
        )
    if root is None:  # an empty document
        return PageText("", tuple(diagnostics))
    writer = _Writer()
    title = _outer_title(tree.css("h1"), root) if root.css_first("h1") is None else None
    if title is not None:
        _walk(title, writer, whole_body=False)
    _walk(root, writer, whole_body=whole_body)
    return PageText("\n".join(writer.finish()), tuple(diagnostics))


def _outer_title(headings: list[LexborNode], root: LexborNode) -> LexborNode | None:
    """The first ``<h1>`` outside ``root`` and outside page furniture (a title block above the body).

    A site's logo in an ``<h1>`` of its header is furniture, not a headline.
    """
    for heading in headings:
        node: LexborNode | None = heading
        while node is not None and node.mem_id != root.mem_id and not _is_furniture(node, whole_body=True):
            node = node.parent
        if node is None:
            return heading
    return None


def _is_furniture(node: LexborNode, *, whole_body: bool) -> bool:
    tag = node.tag or ""
    if tag in _DROPPED_TAGS or (whole_body and tag in _BODY_FURNITURE):
        return True
    attributes = node.attributes
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    if re.search(_HIDDEN_STYLE, attributes.get("style") or ""):
        return True
    if attributes.get("role") in ("navigation", "banner", "contentinfo", "complementary", "search"):
        return True
    words = _BODY_FURNITURE_WORDS if whole_body else _FURNITURE_WORDS
    names = f"{attributes.get('id') or ''} {attributes.get('class') or ''}".lower().split()
    # A name matches whole ("page-top" as "pagetop") or by a part ("global-navi" by "navi").
    return any(not words.isdisjoint([*re.split(_TOKEN_PARTS, name), re.sub(_TOKEN_PARTS, "", name)]) for name in names)


def _walk(root: LexborNode, writer: _Writer, *, whole_body: bool) -> None:
    """Write the text under ``root``, depth first, without recursion (pages nest deeply)."""
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            writer.leave(node)
            continue
        if node.is_text_node:
            writer.text(node.text_content or "")
            continue
        if not node.is_element_node or (node is not root and _is_furniture(node, whole_body=whole_body)):
            continue
        writer.enter(node)
        stack.append((node, True))
        children = []
        child = node.first_child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((child, False) for child in reversed(children))


@attrs.define
class _List:
    """An ordered list being written: its next number and how numbers look."""

    number: int
    style: str


class _Writer:
    """Collect text into lines as the walk enters and leaves elements (state of one call)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.lists: list[_List | None] = []  # None for an unordered list
        self.marker: tuple[str, int] | None = None  # an item's number, written before its first text
        self.pre = 0

    def enter(self, node: LexborNode) -> None:
        tag = node.tag or ""
        if tag in _BLOCK_TAGS or tag == "br":
            self.flush()
        if tag == "pre":
            self.pre += 1
        elif tag == "ol":
            self.lists.append(_List(_int(node.attributes.get("start"), 1), self._style(node)))
        elif tag in ("ul", "menu", "dir"):
            self.lists.append(None)
        elif tag == "li":
            self.marker = self._number(node)

    def leave(self, node: LexborNode) -> None:
        tag = node.tag or ""
        if tag in _BLOCK_TAGS:
            self.flush()
        if tag == "pre":
            self.pre -= 1
        elif tag in ("ol", "ul", "menu", "dir") and self.lists:
            self.lists.pop()
        elif tag == "li":
            self.marker = None

    def text(self, text: str) -> None:
        if not self.pre:
            self.parts.append(text)
            return
        first, *rest = text.split("\n")
        self.parts.append(first)
        for line in rest:
            self.flush()
            self.parts.append(line)

    def flush(self) -> None:
        joined = "".join(self.parts)
        self.parts.clear()
        line = joined.rstrip() if self.pre else re.sub(_SPACES, " ", re.sub(_WIDE_BREAK, "", joined)).strip()
        if not line.strip():
            return
        if self.marker is not None:
            label, number = self.marker
            if not _numbered(line.lstrip(), number):
                line = f"{label} {line.lstrip()}"
            self.marker = None
        self.lines.append(line)

    def finish(self) -> list[str]:
        self.flush()
        return self.lines

    def _style(self, node: LexborNode) -> str:
        kind = node.attributes.get("type") or ""
        if kind in ("a", "A", "i", "I"):
            return kind
        depth = sum(1 for entry in self.lists if entry is not None)
        return ("1", "(1)", "(a)")[min(depth, 2)]

    def _number(self, node: LexborNode) -> tuple[str, int] | None:
        current = self.lists[-1] if self.lists else None
        if current is None:
            return None
        number = _int(node.attributes.get("value"), current.number)
        current.number = number + 1
        return _format_number(number, current.style), number


def _numbered(line: str, number: int) -> bool:
    """Whether an item's text begins with its own numbering (a list styled without numbers).

    Where that numbering is a digit or a circled number, it must be the item's
    number: a second item that begins ``(1)`` starts a sub-list, not item 1.
    """
    match = re.match(_OWN_NUMBER, line)
    if match is None:
        return False
    digits = match["paren"] or match["digits"]
    if digits is not None:
        return int(digits) == number  # int() reads full-width digits too
    if match["circled"] is not None:
        return ord(match["circled"]) - 0x2460 + 1 == number
    return True


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _format_number(number: int, style: str) -> str:
    """``1.``, ``(1)``, ``(a)`` / ``a.``, ``i.``: an ordered list's number as the page shows it."""
    if style in ("a", "A", "(a)") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return f"({letter})" if style == "(a)" else f"{letter.upper() if style == 'A' else letter}."
    if style in ("i", "I") and 1 <= number < 4000:
        roman = _roman(number)
        return f"{roman.lower() if style == 'i' else roman}."
    return f"({number})" if style == "(1)" else f"{number}."


def _roman(number: int) -> str:
    digits = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        digits.append(letters * count)
    return "".join(digits)

"""Pages built in the shape of the ministry's pages, from lines of real releases.

A ministry page holds a site header with a global menu, a breadcrumb trail, a
title block (a category label and the headline), a date line, the opening
paragraph, the body as numbered lists, a sidebar, a "back to the top" link
and a footer. The test modules build such pages around short quoted lines, and
around whole texts of the shared corpus.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

# Lines quoted from the 2010 Japan-Kazakhstan Foreign Ministers' Meeting (the bundled sample).
TITLE = "日・カザフスタン外相会談"
DATE = "平成22年3月24日"
OPENING = (
    "本24日(水曜日)午後7時30分から午後9時30分頃まで、岡田外務大臣は、外務省賓客として訪日中の"
    "サウダバエフ・カザフスタン国務長官兼外相と飯倉公館において会談及び夕食会を行ったところ、概要は以下のとおりです。"
)
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "冒頭",
        (
            "岡田大臣から、サウダバエフ国務長官兼外相の訪日を歓迎する旨述べました。",
            "サウダバエフ国務長官兼外相から、日本との協力強化を図りたい旨述べました。",
        ),
    ),
    (
        "国連安保理改革",
        ("両外相は、常任議席の拡大を含む改革の早期実現に向けて共に取り組んでいくことで一致しました。",),
    ),
)


def ministry_page(
    *,
    title: str = TITLE,
    date: str = DATE,
    paragraphs: Sequence[str] = (OPENING,),
    sections: Sequence[tuple[str, Sequence[str]]] = SECTIONS,
    charset: str | None = "UTF-8",
    meta: str = "http-equiv",
    label: str = "報道発表",
) -> str:
    """A page in the shape of the ministry's: furniture around a title block, a date line and numbered lists.

    ``meta`` is ``"http-equiv"`` (the older pages' declaration) or ``"charset"``
    (HTML5); ``charset=None`` declares nothing.
    """
    if charset is None:
        declaration = ""
    elif meta == "charset":
        declaration = f'<meta charset="{charset}">'
    else:
        declaration = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    body = "".join(f"<p>{html.escape(paragraph)}</p>\n" for paragraph in paragraphs)
    if sections:
        body += "<ol>\n" + "".join(_section(heading, sentences) for heading, sentences in sections) + "</ol>\n"
    escaped = html.escape(title)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
{declaration}
<title>{escaped}｜外務省</title>
<script type="text/javascript">var menu = "<li>会見・発表</li>";</script>
<style type="text/css">.rightalign {{ text-align: right; }}</style>
</head>
<body>
<div id="header">
<p class="logo"><a href="/mofaj/index.html"><img src="/mofaj/images/logo.gif" alt="外務省"></a></p>
<ul id="global-navi"><li><a href="/mofaj/press/">会見・発表・広報</a></li><li><a href="/mofaj/area/">国・地域</a></li></ul>
</div>
<div id="breadcrumbs"><ol>
<li><a href="/mofaj/index.html">トップページ</a></li><li><a href="/mofaj/kaidan/">会談・訪問</a></li><li>{escaped}</li>
</ol></div>
<div id="main">
<div id="maincontents">
<div class="title-block"><p class="category">{html.escape(label)}</p><h1>{escaped}</h1></div>
<p class="rightalign">{html.escape(date)}</p>
{body}<p class="pagetop"><a href="#top">ページのトップへ戻る</a></p>
</div>
<div id="sidebar"><h2>関連リンク</h2><ul><li><a href="/mofaj/area/kazakhstan/">カザフスタン共和国</a></li></ul></div>
</div>
<div id="footer"><ul><li><a href="/mofaj/policy/">サイトポリシー</a></li></ul><p>Copyright &copy; Ministry of Foreign Affairs of Japan</p></div>
</body>
</html>
"""


def _section(heading: str, sentences: Sequence[str]) -> str:
    items = "".join(f"<li>{html.escape(sentence)}</li>\n" for sentence in sentences)
    return f"<li>{html.escape(heading)}\n<ol>\n{items}</ol></li>\n"


_TOP: re.Pattern[str] = re.compile(r"(?P<n>[0-9]{1,2})(?:[.．]|\s+)(?=\S)(?![0-9年月日時分])")
_NESTED: re.Pattern[str] = re.compile(r"\((?P<n>[0-9]{1,2})\)\s*")


def page_from_text(text: str, *, charset: str | None = "UTF-8") -> str:
    """A ministry-shaped page around a release text: its numbered lines become ordered lists.

    Lines numbered ``1``/``1.`` become items of the outer list and ``(1)``
    items of a list inside it, their numbers left to the list to show; other
    lines (the headline, the date line, the opening) become paragraphs, inside
    the current item where there is one.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    parts: list[str] = []
    depth = 0
    for line in lines:
        nested = _NESTED.match(line)
        top = None if nested else _TOP.match(line)
        if top:
            parts.append(_close(depth, 0) + "<ol>\n<li>" if depth == 0 else _close(depth, 1) + "</li>\n<li>")
            parts.append(html.escape(line[top.end() :]) + "\n")
            depth = 1
        elif nested and depth >= 1:
            parts.append("<ol>\n<li>" if depth == 1 else "</li>\n<li>")
            parts.append(html.escape(line[nested.end() :]) + "\n")
            depth = 2
        else:
            parts.append(f"<p>{html.escape(line)}</p>\n")
    parts.append(_close(depth, 0))
    declaration = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    return f"""<!DOCTYPE html>
<html lang="ja"><head>{declaration}<title>外務省</title><script>var x = 1;</script></head>
<body>
<div id="header"><ul class="gnavi"><li><a href="/">会見・発表・広報</a></li></ul></div>
<div id="breadcrumbs"><a href="/">トップページ</a> &gt; <a href="/press/">会談・訪問</a></div>
<div id="maincontents">
{"".join(parts)}</div>
<div id="footer"><p>Copyright &copy; Ministry of Foreign Affairs of Japan</p></div>
</body></html>
"""


def _close(depth: int, to: int) -> str:
    """Close open lists and items from ``depth`` down to ``to``."""
    return "".join("</li>\n</ol>\n" for _ in range(depth - to))

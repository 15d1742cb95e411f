"""Small example inputs for the doctests of the documentation: a saved page, an English text, a folder.

The doctests of several pages (getting started, tables, cookbook) read files
as users do. ``testsetup`` blocks, which the built pages do not show, call
these functions to write the files into a temporary folder first, so that
every page starts from the same inputs and nothing depends on the network or
on the shared corpora.

- :func:`saved_page`: a Japanese release as a page saved from the ministry's
  site, in Shift_JIS, with a breadcrumb trail and a footer around it.
- :func:`japanese_excerpt` and :func:`english_rendering`: the head and two
  sections of the bundled sample release, and an English rendering of the
  same part written for this documentation (not the ministry's translation),
  a pair to compare item by item.
- :func:`example_folder`: a folder of such releases, as a user might have.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from dipmeet.cli import sample_text

_PAGE = """<!DOCTYPE html>
<html lang="ja">
<head><meta charset="Shift_JIS"><title>日米外相電話会談 | 外務省</title></head>
<body>
<div id="header"><ul class="gnavi"><li>会見・発表</li><li>外交政策</li></ul></div>
<div id="breadcrumbs">トップページ &gt; 会見・発表 &gt; 報道発表</div>
<div id="maincontents">
<h1>日米外相電話会談</h1>
<p class="date">令和元年10月22日</p>
<p>本22日,午後8時55分頃から約20分間,茂木敏充外務大臣は,マイク・ポンペオ米国国務長官と電話会談を
行ったところ,概要以下のとおりです。</p>
<ol>
<li>茂木大臣から,日米同盟の重要性について述べました。</li>
<li>両外相は,引き続き緊密に連携していくことで一致しました。</li>
</ol>
</div>
<div id="footer">Copyright &copy; Ministry of Foreign Affairs of Japan</div>
</body>
</html>
"""

# The lines of the sample release (its first line is empty) that make up the excerpt:
# headline, date line, opening paragraph, and the sections 経済協力 and 気候変動.
_EXCERPT_LINES = (1, 2, 3, 7, 8, 9, 15, 16, 17, 18)

_ENGLISH = """Japan-Kazakhstan Foreign Ministers' Meeting
March 24, 2010
On March 24, from 7:30 p.m. to around 9:30 p.m., Mr. Katsuya Okada, Minister for Foreign Affairs of Japan, \
held a meeting and a dinner at the Iikura Guest House with H.E. Mr. Kanat Saudabayev, Secretary of State and \
Minister of Foreign Affairs of the Republic of Kazakhstan, who is visiting Japan as a guest of the Ministry of \
Foreign Affairs. The overview of the meeting is as follows.
- Economic Cooperation
(1) Minister Okada conveyed that Japan had decided to extend a yen loan of 6,361 million yen for the CAREC \
Transport Corridor (Zhambyl Oblast) Improvement Project requested by Kazakhstan, and expressed his hope that \
the road would strengthen the transport corridor in the south of Kazakhstan and help to develop the regional economy.
(2) Secretary of State and Foreign Minister Saudabayev expressed his gratitude for Japan's assistance.
- Climate Change
(1) Minister Okada appreciated that Kazakhstan had expressed its support for the Copenhagen Accord and \
submitted its emission reduction target.
(2) Secretary of State and Foreign Minister Saudabayev stated that the effects of climate change were \
appearing in Kazakhstan too, in less snow on its mountain peaks and more frequent floods, and that tackling \
climate change was extremely important for his country.
(3) The two ministers shared the recognition that international efforts on climate change must be advanced \
further, and agreed to continue to cooperate.
"""


def saved_page() -> bytes:
    """A short Japanese release as a page saved from the ministry's site: Shift_JIS, with page furniture."""
    return _PAGE.encode("cp932")


def japanese_excerpt() -> str:
    """The head of the bundled sample release and its sections 経済協力 and 気候変動."""
    lines = sample_text().splitlines()
    return "\n".join(lines[index] for index in _EXCERPT_LINES) + "\n"


def english_rendering() -> str:
    """An English rendering of :func:`japanese_excerpt`, written for this documentation."""
    return _ENGLISH


def example_folder(root: str | Path | None = None) -> Path:
    """Write a folder of releases (two years, text and a saved page) under ``root`` and return it.

    ``releases/2010/kazakhstan.txt`` is the sample release,
    ``releases/2010/kazakhstan-en.txt`` the English rendering of part of it,
    ``releases/2019/usa-call.html`` the saved page, and
    ``releases/2019/usa-call_files/`` what a browser saves beside a page
    (skipped by the command line). With no ``root``, a new temporary folder.
    """
    base = Path(root) if root is not None else Path(tempfile.mkdtemp(prefix="dipmeet-docs-"))
    folder = base / "releases"
    (folder / "2010").mkdir(parents=True, exist_ok=True)
    (folder / "2019" / "usa-call_files").mkdir(parents=True, exist_ok=True)
    (folder / "2010" / "kazakhstan.txt").write_text(sample_text(), encoding="utf-8")
    (folder / "2010" / "kazakhstan-en.txt").write_text(english_rendering(), encoding="utf-8")
    (folder / "2019" / "usa-call.html").write_bytes(saved_page())
    (folder / "2019" / "usa-call_files" / "style.css").write_text("body { margin: 0 }\n", encoding="utf-8")
    return folder

"""Rule tables for Japanese releases: what each pattern of the genre means.

Every table is data: ``(name, pattern, meaning)`` rows compiled into
:class:`~dipmeet.rules.Rule` objects. Order is meaning: where rules compete,
the first row wins, so specific rows come before general ones (電話会談 before
会談). The examples in the comments are quoted from real releases.

Patterns run on NFKC text (ASCII digits and brackets) from which the spaces
between Japanese characters have been removed. None starts with a lazy class
before a literal: each starts from its literal (大臣から, において) and looks
back over a bounded run.
"""

from __future__ import annotations

import re
import sys
from typing import Final

from ..model import Act, AgreementKind, DiagnosticKind, Format, Level
from . import compile_rules

# ---------------------------------------------------------------------------
# Named fragments
# ---------------------------------------------------------------------------

NUM_CHARS: Final = "0-9〇一二三四五六七八九十百千"
"""Characters of a whole number in digits or kanji."""

NUM: Final = rf"[{NUM_CHARS}]+"
"""A whole number in digits or kanji."""

NUM_START: Final = rf"(?<![{NUM_CHARS}])"
"""Put before a :data:`NUM` that may begin a match: a number is read from its first
digit only. Without it a search retries the run of digits from each of its
characters, and a long run (10,000 digits) is read quadratically."""

WEEKDAY_CHARS: Final = "月火水木金土日"
"""Weekday characters, Monday first (so the index is Python's weekday())."""

NAME_CHARS: Final = r"A-Za-z0-9\u30a0-\u30ff\u4e00-\u9fff々〆ヶ・=.'\-"
"""Characters of names, titles and other noun runs: katakana, kanji, Latin."""

HIRAGANA: Final = r"\u3041-\u309f"

# ---------------------------------------------------------------------------
# Lines set aside as noise (whole lines, after stripping)
# ---------------------------------------------------------------------------

NOISE_LINE_RULES: Final = compile_rules(
    [
        # 報道発表 / 外務省・新着情報 / プレスリリース / 国連外交 / 核軍縮・不拡散: labels of the site section.
        (
            "site_label",
            r"(?:報道発表|外務省・新着情報|プレスリリース|新着情報|駐日外国公館|会談・訪問|国連外交|経済外交|核軍縮・不拡散|軍縮・不拡散|国・地域|"
            r"主な要人の来日日程|大洋州|アジア大洋州|中東|欧州|北米|中南米|アフリカ|"
            r"外務大臣|総理大臣|外務副大臣|外務大臣政務官|外務副大臣・外務大臣政務官|談話・声明・論評)",
            DiagnosticKind.SITE_LABEL,
        ),
        # 高村外務大臣 / 小泉総理大臣: the page's section label, a name and a title alone.
        (
            "minister_label",
            r"[\u4e00-\u9fff々]{1,5}(?:外務大臣|総理大臣|内閣総理大臣|外務副大臣|外務大臣政務官)",
            DiagnosticKind.SITE_LABEL,
        ),
        # 英語版 (English), Japanese, English: links to the other language.
        ("language_link", r"(?:英語版\s*\(English\)|English|Japanese|英語版|日本語)", DiagnosticKind.NOISE_LINE),
        # トップページ > 会談・訪問 > 川口外務大臣 |  / site navigation rows.
        (
            "navigation",
            r".{0,80}(?:トップページ|サイトマップ|よくある質問|リンクページ|キッズ外務省|各種手続き|外務省案内|"
            r"渡航関連情報|各国・地域情勢|報道・広報|資料・公開情報).{0,80}",
            DiagnosticKind.NOISE_LINE,
        ),
        # このページのトップへ戻る / 報道発表へ戻る / 目次へ戻る / 発信元サイトへ
        ("footer_back", r".{0,60}(?:へ戻る|発信元サイトへ)", DiagnosticKind.NOISE_LINE),
        (
            "footer_label",
            r"(?:目次|関連リンク|関連情報|参考|ページの先頭へ|印刷用ページ)\s*\|?",
            DiagnosticKind.NOISE_LINE,
        ),
        # アジア | 北米 | 中南米 | 欧州(NIS諸国を含む) | 大洋州: the menu of regions above a page.
        (
            "region_menu",
            r"(?:アジア|北米|中南米|欧州|大洋州|中東|アフリカ)[^|]{0,20}"
            r"(?:\|\s*(?:アジア|北米|中南米|欧州|大洋州|中東|アフリカ)[^|]{0,20})+",
            DiagnosticKind.NOISE_LINE,
        ),
        # ![]() | / | |||| : debris of tables and images in converted pages.
        ("table_debris", r"[\s|!\[\]()<>*#]*", DiagnosticKind.NOISE_LINE),
        (
            "pdf_link",
            r"(?:\(PDF\)|PDF|別ウィンドウで開く|\(別ウィンドウ\)|\(英文\)|\(仮訳\))+",
            DiagnosticKind.NOISE_LINE,
        ),
        # (写真) / (写真提供:内閣広報室) / 写真提供:内閣広報室
        (
            "photo_credit",
            r"(?:[-・•*]\s*)?(?:\(写真[^()]{0,20}\)\s*)+(?:.{0,60})?|写真提供[::][^\s]{0,20}",
            DiagnosticKind.PHOTO_CAPTION,
        ),
        # • 画像1 / 写真2: a photo's place in a gallery, its caption on the next line.
        ("photo_number", r"(?:[-・•*]\s*)?(?:画像|写真)\s*[0-9]{1,2}", DiagnosticKind.PHOTO_CAPTION),
    ]
)

# [参考] / (参考1) / 【参考】 at the head of a line: the notes after a meeting's
# account (what a dialogue is, a statement quoted), not part of it.
REFERENCE_NOTE: Final = re.compile(r"[\[［(【<〈]参考[0-9]{0,2}[\]］)】>〉]")

PHOTO_CAPTION: Final = re.compile(
    r"(?:様子|握手|記念撮影|撮影に|模様|写真提供|\(写真|挨拶する|臨む|会談する|着席|写真|並ぶ|向き)"
)
"""Words of photo captions (…と握手する林外務大臣, …会談の様子)."""

PHOTO_MARKER: Final = re.compile(r"(?:[-・•*]\s*)?(?:(?:画像|写真)\s*[0-9]{1,2}$|\(写真[0-9]{0,2}\))")
"""A line that places a photo in a gallery (• 画像1, (写真3)…): a caption may follow it."""

PHOTO_CREDIT: Final = re.compile(r"\(?写真提供[::][^()]{0,20}\)?$")
"""A photo's credit on a line of its own ((写真提供:内閣広報室)): the line before it may be the caption."""

CAPTION_NUMBERED: Final = re.compile(
    r"^(?:[-・•*]\s*)?(?P<stem>.{4,80}?)\s*-?(?P<number>[0-9]{1,2}|\((?:握手|会談|全体|様子|記念撮影|写真撮影)\))$"
)
"""A caption that repeats a headline with a number or what it shows (日・インドネシア外相会談1, …外相会談(握手))."""

# ---------------------------------------------------------------------------
# Noise glued inside a sentence: kept in the verbatim text, noted.
# ---------------------------------------------------------------------------

INLINE_NOISE_RULES: Final = compile_rules(
    [
        (
            "pdf_new_window",
            r"\(PDF\)別ウィンドウで開く|別ウィンドウで開く|\(PDF\)|\(別ウィンドウ\)",
            DiagnosticKind.NOISE_INLINE,
        ),
        ("other_site", r"他のサイトへ|他のサイトヘ", DiagnosticKind.NOISE_INLINE),
        ("table_pipe", r"\s\|\s*$", DiagnosticKind.NOISE_INLINE),
    ]
)

# ---------------------------------------------------------------------------
# Dates and times
# ---------------------------------------------------------------------------

ERA_DATE: Final = re.compile(
    rf"(?P<era>令和|平成|昭和)(?P<year>元|{NUM})年(?:(?P<month>{NUM})月(?:(?P<day>{NUM})日)?)?"
)
"""平成22年3月24日, 令和元年10月22日, 平成16年11月 (no day)."""

WESTERN_DATE: Final = re.compile(
    rf"(?<![0-9])(?P<year>(?:19|20)[0-9]{{2}})年(?:(?P<month>{NUM})月(?:(?P<day>{NUM})日)?)?"
)
"""2005年9月26日."""

DATE_LINE: Final = re.compile(
    r"(?:\(概要\)\s*)?"  # (概要)平成12年9月15日: a headline's last word run into the date line
    rf"(?:(?P<era>令和|平成|昭和)(?P<era_year>元|{NUM})|(?P<year>(?:19|20)[0-9]{{2}}))年"
    rf"(?:(?P<month>{NUM})月(?:(?P<day>{NUM})日)?)?"
)
"""A date line: a full date standing alone at the start of a line."""

# 本24日(水曜日) / 9月26日 / 現地時間25日 / 昨23日 / 同日 / 22日(水) / 本日 / 昨日
DAY_DATE: Final[re.Pattern[str]] = re.compile(
    rf"(?:(?P<year>(?:19|20)[0-9]{{2}})年|(?P<era>令和|平成|昭和)(?P<era_year>元|{NUM})年)?"
    rf"(?:{NUM_START}(?P<month>{NUM})月)?(?:(?P<prefix>本|昨|同|翌|去る)?(?P<day>{NUM_START}{NUM}|同)日|(?P<relative>本日|今日|昨日))"
    rf"(?:\s*\((?P<weekday>[{WEEKDAY_CHARS}])(?:曜日?)?\))?"
)

# 午後7時30分 / 22時20分 / 午後19時53分 / 正午 / 午前10時 / 12時45分 / 午後3時半
CLOCK: Final[re.Pattern[str]] = re.compile(
    rf"(?:(?P<noon>正午)|(?P<half>午前|午後)?{NUM_START}(?P<hour>{NUM})時(?!間)(?:(?P<minute>{NUM})分|(?P<han>半))?)"
    r"(?P<approx>頃|ころ|ごろ|過ぎ|すぎ|前(?!の))?"
)

# 約60分間 / 約1時間15分 / 約105分 / 3時間にわたり / 20分間 / 1時間半
DURATION: Final[re.Pattern[str]] = re.compile(
    rf"(?P<approx>約|およそ)?(?:{NUM_START}(?P<hours>{NUM})時間(?:(?P<half>半)|(?P<hmin>{NUM})分)?|(?<![{NUM_CHARS}時])(?P<minutes>{NUM})分)"
    r"(?P<span>間|にわたり|にわたって|に亘り|に亘って|程度|ほど)?"
)

TIME_ZONE: Final = re.compile(
    r"(?P<zone>現地時間|日本時間|米国東部時間|米国西部時間|米国中部時間|欧州中部時間|"
    r"[A-Za-z\u30a1-\u30fa\u30fc・]{1,12}時間|(?:米国|英国|中国|韓国|豪州|欧州|東部|西部)時間)"
)
"""現地時間, 日本時間, NY時間, デリー時間, 米国東部時間."""

JAPAN_TIME: Final = "日本時間"
LOCAL_TIME: Final = "現地時間"

# ---------------------------------------------------------------------------
# Meeting formats (first match wins over an overlapping later one)
# ---------------------------------------------------------------------------

# What must follow a format word for it to name this meeting rather than, say,
# a conference the visitor is in town for (G20外相会合出席のため訪日中の); a
# subject before a comma (…との会談が、また…夕食会が行われた) names one too.
_FORMAT_TAIL = (
    r"(?=(?:\([^()]{0,15}\))?(?:を(?:行|実施|開催|主催|受け|兼ね)|が(?:行|実施|開催|、|,)|に(?:招待|臨)|及び|並びに|、|,|"
    r"の概要|形式|(?:した|し)(?:ところ|、|,|た)|する|等))"
)

# A meal is no conference: attending it (楊部長主催の昼食会に出席した) is taking part; a meal
# in brackets after the talks (会談(夕食会)を行った) or told of (…外相主催昼食会では,…意見を
# 交わしました) took place too.
_MEAL_TAIL = r"(?:(?=に出席|\)(?:を|が)(?:行|実施)|では|において)|" + _FORMAT_TAIL + ")"

FORMAT_RULES: Final = compile_rules(
    [
        ("video_talks", r"(?:テレビ|ビデオ|オンライン)(?:首脳|外相)?(?:会談|会議)", (Format.VIDEO,)),
        ("telephone_brief_talk", r"電話(?:での|による)?懇談", (Format.TELEPHONE, Format.BRIEF_TALK)),
        ("telephone_talks", r"電話(?:首脳|外相)?会談|電話(?:で|による)(?:の)?会談|電話で話", (Format.TELEPHONE,)),
        (
            "dinner_talks",
            r"(?:夕食|晩餐|ワーキング・?ディナー)(?:を(?:とり|取り|交え|共に)(?:ながら|つつ)|形式で)",
            (Format.TALKS, Format.DINNER),
        ),
        (
            "lunch_talks",
            r"(?:昼食|ワーキング・?ランチ)(?:を(?:とり|取り|交え|共に)(?:ながら|つつ)|形式で)",
            (Format.TALKS, Format.LUNCH),
        ),
        (
            "breakfast_talks",
            r"(?:朝食|ワーキング・?ブレックファスト)(?:を(?:とり|取り|交え|共に)(?:ながら|つつ)|形式で)",
            (Format.TALKS, Format.BREAKFAST),
        ),
        ("dinner", r"(?:夕食会|晩餐会|晩さん会|ワーキング・?ディナー)" + _MEAL_TAIL, (Format.DINNER,)),
        ("lunch", r"(?:昼食会|午餐会|ワーキング・?ランチ)" + _MEAL_TAIL, (Format.LUNCH,)),
        ("breakfast", r"(?:朝食会|ワーキング・?ブレックファスト)" + _MEAL_TAIL, (Format.BREAKFAST,)),
        ("reception", r"(?:レセプション|歓迎会)" + _FORMAT_TAIL, (Format.RECEPTION,)),
        ("courtesy_call", r"表敬", (Format.COURTESY_CALL,)),
        ("brief_talk", r"(?:立ち話|立ち話し|懇談)" + _FORMAT_TAIL, (Format.BRIEF_TALK,)),
        ("talks", r"(?:会談|会合|協議|対話|(?<!記者)会見)" + _FORMAT_TAIL, (Format.TALKS,)),
    ]
)

# The same words in a headline, where no tail is needed.
TITLE_FORMAT_RULES: Final = compile_rules(
    [
        ("title_video", r"(?:テレビ|ビデオ|オンライン)(?:首脳|外相)?(?:会談|会議)", (Format.VIDEO,)),
        ("title_telephone_brief", r"電話懇談", (Format.TELEPHONE, Format.BRIEF_TALK)),
        ("title_telephone", r"電話(?:首脳|外相)?会談", (Format.TELEPHONE,)),
        ("title_dinner", r"夕食会|晩餐会|ワーキング・?ディナー", (Format.DINNER,)),
        ("title_lunch", r"昼食会|ワーキング・?ランチ", (Format.LUNCH,)),
        ("title_breakfast", r"朝食会", (Format.BREAKFAST,)),
        ("title_courtesy", r"表敬", (Format.COURTESY_CALL,)),
        ("title_brief", r"立ち話|懇談", (Format.BRIEF_TALK,)),
        ("title_talks", r"会談|会合|協議|対話", (Format.TALKS,)),
    ]
)

# Kinds of meeting named in a headline or opening, for the level where the
# title alone (町村大臣) does not say.
KIND_LEVEL_RULES: Final = compile_rules(
    [
        ("kind_summit", r"首脳", Level.SUMMIT),
        ("kind_foreign_ministers", r"外相|外務大臣会談", Level.FOREIGN_MINISTERS),
        ("kind_vice_ministers", r"副大臣", Level.VICE_MINISTERS),
    ]
)

# ---------------------------------------------------------------------------
# Titles and levels
# ---------------------------------------------------------------------------

# The last word of a title: what a person phrase ends with.
TITLE_HEAD: Final = (
    r"(?:内閣総理大臣|総理大臣|総理|首相|大統領|副大統領|国家主席|主席|国王|女王|皇太子|首長|首席|"
    r"外務大臣|外相|副大臣|政務官|大臣|相|長官|国務長官|次官|局長|部長|審議官|外審|参事官|公使|大使|総領事|領事|"
    r"常駐代表|代表|上級代表|委員長|議長|事務総長|事務局長|総裁|理事長|会長|補佐官|秘書官|報道官|顧問|特使|"
    r"知事|市長|議員|書記長|書記|首脳|元首|団長|外交団長|最高指導者|法王|殿下|陛下|司令官|参謀総長)"
)

# Words that can open a title after a kanji name (林芳正|外務大臣, 潘基文|外交通商部長官).
TITLE_START: Final = re.compile(
    r"(?:(?:前|元)(?=外務|総理|首相|大統領|大臣|外相|国務長官)|"
    r"内閣|総理|首相|副|外務|外交|国務|大臣|外相|駐|大統領|長官|官房|国連|特命|大使|事務|国家|国防|財務|"
    r"北米|欧州|中南米|中東|アジア|アフリカ|国際|総合外交|領事|儀典|北東アジア|南部アジア|大洋州|欧ロ|"
    r"商工|経済|貿易|通商|統一部|議長|委員長|首席|上院|下院|連邦|国会|知事|市長|局長|審議官|外審|次官|"
    r"報道官|秘書官|補佐官|政務官|特使|首脳|国王|皇太子|主席|代表|常駐|衆議院|参議院)"
)

# Titles of the Japanese government: a person with one of these (and no
# foreign country) is on Japan's side.
JAPAN_TITLE: Final = re.compile(
    r"^(?:前|元)?(?:内閣総理大臣|総理大臣|総理|首相|外務大臣|外相|外務副大臣|副大臣|外務大臣政務官|政務官|大臣|"
    r"内閣官房長官|官房長官|内閣官房副長官|官房副長官|外務審議官|外審|外務次官|(?:外務)?事務次官|外務報道官|"
    r"内閣府特命担当大臣|.{0,8}担当大臣|.{1,12}局長|駐(?!日).{1,15}大使|.{0,6}秘書官|総理大臣補佐官|"
    r"内閣総理大臣補佐官|.{0,6}審議官|欧ロ長|.{1,6}課長|(?:衆議院|参議院).{0,8}(?:議長|議員))$"
)

LEVEL_RULES: Final = compile_rules(
    [
        ("level_parliamentary_vice", r"政務官", Level.PARLIAMENTARY_VICE_MINISTERS),
        ("level_vice", r"副大臣", Level.VICE_MINISTERS),
        ("level_summit", r"総理|首相|天皇|皇太子", Level.SUMMIT),
        ("level_foreign_minister", r"外務大臣|外相", Level.FOREIGN_MINISTERS),
        (
            "level_officials",
            r"次官|局長|審議官|参事官|公使|大使|総領事|領事|課長|室長|官房長|外審|代表",
            Level.OFFICIALS,
        ),
        ("level_minister", r"大臣", Level.OTHER),
    ]
)

# Groups with no one named: 参加国首脳, 駐日各国大使, 太平洋島嶼国首脳, 両国国連常駐代表.
GROUP: Final = re.compile(
    r"(?P<label>(?:参加国|各国|駐日各国|関係国|出席国|太平洋島嶼国|島嶼国|両国|出席した各国|G7|G20|ASEAN)"
    r"[\u4e00-\u9fff\u30a0-\u30ff]{0,10}?(?:首脳|大使|代表|外相|閣僚|大臣|首相)(?:ら|等|たち)?)"
)

# ---------------------------------------------------------------------------
# Who speaks: subjects at the head of a clause
# ---------------------------------------------------------------------------

# Particles that mark the speaker of a clause, longest first.
SUBJECT_PARTICLE: Final = re.compile(r"からは|よりは|からも|よりも|から|より|は|も|が")

# A noun run at the head of a clause followed by its particle. The lookbehind
# starts the run only after a boundary, so each run is read once (linear).
# A run of name characters never gives any back: what follows it (a particle,
# a bracket) is not a name character. Possessive where the engine has it (3.11).
_ALL: Final = "+" if sys.version_info >= (3, 11) else ""

SUBJECT: Final = re.compile(
    rf"(?<![{NAME_CHARS}()])(?P<run>[{NAME_CHARS}]+{_ALL}"
    # a bracket: a reading, an aside, or an English form with commas (…外務貿易大臣(Hon. X, Prime Minister, …)から)
    rf"(?:\((?:[^()、,。]{{1,40}}|[A-Za-z][^()、。]{{0,200}})\)[{NAME_CHARS}]*{_ALL})?)"
    r"(?P<particle>からは|よりは|からも|よりも|から|より|は|も|が|とも)"
)

# Words that may stand between a clause boundary and its subject.
CONNECTIVE: Final = re.compile(
    r"(?:これに対し(?:て)?|これを受け(?:て)?|それに対し(?:て)?|これに応え(?:て)?|これに応じ(?:て)?|その上で|その後|"
    r"また|さらに|更に|続いて|次いで|最後に|冒頭|結びに|締めくくりに|この他|このほか|他方|一方|なお|加えて|"
    r"併せて|同時に|その際|これに関連して|この関連で|引き続き|改めて|まず|次に|最初に)[、,]?"
)

JOINT_SUBJECT: Final = re.compile(
    r"^(?:両外相|両首脳|双方|両者|両大臣|両国首脳|両国外相|両首相|両長官|両副大臣|両政府|両外務大臣|両国|両代表|"
    r"両首脳間|両外相間|両大臣間|両者間|日[\u4e00-\u9fff]{1,3}両国|両国間|"
    r"日[\u4e00-\u9fff]{1,3}両(?:外相|首脳|大臣|首相|外務大臣|国首脳|国外相|副大臣|政府)|"
    # 三外相 / 3首脳 / 三者 / 日米韓外相: all the parties of a trilateral meeting.
    r"[三3](?:か国|カ国|ヶ国)?(?:外相|首脳|大臣|首相|者|外務大臣)(?:間)?|"
    r"日[米中韓豪印露英仏独伊加越比泰尼]{2}(?:[三3](?:か国|カ国|ヶ国)?)?(?:外相|首脳)(?:間)?)"
    r"(?:で|の間で|とも)?$"
)

# 先方 is the counterpart, 我が方 / 当方 / 日本側 Japan.
SIDE_REFERENCES: Final = {
    "先方": "counterpart",
    "先方側": "counterpart",
    "相手側": "counterpart",
    "我が方": "japan",
    "わが方": "japan",
    "当方": "japan",
    "日本側": "japan",
    "我が国側": "japan",
    # The visiting party as a whole: 一行から, 訪問団より.
    "一行": "counterpart",
    "先方一行": "counterpart",
    "訪問団": "counterpart",
    "代表団": "counterpart",
    "使節団": "counterpart",
}

# The country a one-character abbreviation stands for, where a country is
# derived (日独外相会談 → ドイツ) rather than written beside a name.
ABBREVIATION_COUNTRY: Final = {
    "米": "米国",
    "英": "英国",
    "独": "ドイツ",
    "仏": "フランス",
    "露": "ロシア",
    "豪": "豪州",
    "加": "カナダ",
    "印": "インド",
    "伊": "イタリア",
    "中": "中国",
    "韓": "韓国",
    "墨": "メキシコ",
    "伯": "ブラジル",
    "比": "フィリピン",
    "越": "ベトナム",
    "蘭": "オランダ",
    "朝": "北朝鮮",
}

# 同長官 / 同大臣 / 同首相: the participant last named with that title.
SAME_PERSON: Final = re.compile(rf"^同(?P<head>{TITLE_HEAD})$")

# ---------------------------------------------------------------------------
# Predicates: what a clause does, judged by its last predicate
# ---------------------------------------------------------------------------

AGREE: Final = "agree"
DISCUSS: Final = "discuss"
SPEECH: Final = "speech"
MEET: Final = "meet"

# (name, pattern, (kind, agreement kind or None)). The clause's final
# predicate is the hit that ends last.
PREDICATE_RULES: Final = compile_rules(
    [
        # 認識を共有しました / 懸念を共有し
        (
            "shared_view",
            r"(?:認識|見解|考え|懸念|見方|思い|意見|立場|方針|評価|決意|期待)を(?:改めて)?共有",
            (AGREE, AgreementKind.SHARED_VIEW),
        ),
        # 一致しました / 一致した。 / 意見の一致を見ました / 意見が一致。
        (
            "agreed_match",
            r"一致(?:しました|した|し(?=[、,])|し合|。|を(?:み|見)|があ|が見られ|しており|している)|意見が一致",
            (AGREE, AgreementKind.AGREED),
        ),
        ("agreed_consent", r"合意(?:しました|した|し(?=[、,])|。|に至|をみ|を見|に達)", (AGREE, AgreementKind.AGREED)),
        # 確認しました / 確認した / 確認し合った
        (
            "confirmed",
            r"確認(?:しました|した|し(?=[、,])|し合|しあ|。|された|されました)",
            (AGREE, AgreementKind.CONFIRMED),
        ),
        # 約した / 約して / 約束した
        ("promised", r"約し(?:た|て|ました)|約束し(?:た|ました)", (AGREE, AgreementKind.AGREED)),
        # 協力していくこととなった / 議論を行っていくことした
        (
            "joint_decision",
            r"(?:こと|事)(?:と)?(?:なった|なりました|した|しました)(?:。)",
            (AGREE, AgreementKind.AGREED),
        ),
        # 意見交換を行いました / 意見交換が行われ / 意見交換しました
        ("exchange_of_views", r"意見交換(?:を(?:行|実施)|が(?:行|なされ)|し|。)", (DISCUSS, None)),
        ("talked", r"話し合(?:った|いました|われ|い(?=[、,])|う)", (DISCUSS, None)),
        ("debated", r"議論(?:を行|し|され|が行|。)", (DISCUSS, None)),
        ("consulted", r"協議(?:を行|し(?:た|ました)|が行)", (DISCUSS, None)),
        ("chatted", r"(?:懇談|歓談)(?:し|を(?:行|実施)|が行)", (DISCUSS, None)),
        ("exchanges", r"やりとりがあ|やり取りがあ", (DISCUSS, None)),
        ("witnessed", r"立ち会(?:い|った|いました)", (DISCUSS, None)),
        # 会談を行った / 表敬訪問した: the act of meeting, told as a fact.
        (
            "met",
            r"(?:会談|表敬訪問|表敬|会見|会合)(?:を(?:行|実施)|が(?:行|実施)|し(?:た|ました))|(?:出席|参加)し(?:た|ました)",
            (MEET, None),
        ),
        # 旨述べました / と述べた / 述べられました / 述べるところがありました
        ("said", r"述べ(?:ました|た|る|られ|、|,|つつ|て)|述べ$", (SPEECH, None)),
        ("remarked", r"発言(?:しました|した|し|があ|がな|。|を行)", (SPEECH, None)),
        ("expressed", r"表明(?:しました|した|し|があ|され|。)", (SPEECH, None)),
        ("explained", r"説明(?:しました|した|し|があ|を行|。)", (SPEECH, None)),
        ("conveyed", r"伝え(?:ました|た|、|,|つつ|られ)|伝達(?:しました|した|し|。)", (SPEECH, None)),
        ("mentioned", r"言及(?:しました|した|し|があ|。)|触れ(?:ました|た|、|,|つつ)", (SPEECH, None)),
        (
            "requested",
            r"要請(?:しました|した|し|があ|。)|求め(?:ました|た|、|,|る旨)|お願い(?:しました|した)",
            (SPEECH, None),
        ),
        ("emphasized", r"強調(?:しました|した|し|。)", (SPEECH, None)),
        ("pointed_out", r"指摘(?:しました|した|し|。)", (SPEECH, None)),
        ("introduced", r"紹介(?:しました|した|し|。)", (SPEECH, None)),
        ("answered", r"応答|応じ(?:ました|た)|返答|回答(?:しました|した|があ)", (SPEECH, None)),
        ("shown", r"示され(?:ました|た|、|,)|示し(?:ました|た|、|,|つつ)", (SPEECH, None)),
        ("welcomed", r"歓迎(?:しました|した|し(?=[、,])|する旨|。)", (SPEECH, None)),
        (
            "thanked",
            r"(?:謝意|感謝|お礼)(?:を(?:述べ|表|示)|が(?:述べ|表|示)|し(?:ました|た)|する旨|。)",
            (SPEECH, None),
        ),
        ("called", r"呼びかけ(?:ました|た|、|,)|働きかけ(?:ました|た|、|,)", (SPEECH, None)),
        ("assented", r"(?:同意|賛同|賛意)(?:しました|した|を|。)", (SPEECH, None)),
        ("asked", r"照会(?:があ|し)|質問(?:があ|し)", (SPEECH, None)),
        ("wished", r"祈念(?:しました|した|する旨|。)", (SPEECH, None)),
        ("noun_ending", r"旨(?:発言|表明|説明|述べ)?。", (SPEECH, None)),
        # 評価しました / 期待しました / 支持しました: an act verb as the main predicate.
        (
            "act_verb",
            r"(?:評価|期待|支持|賞賛|称賛|希望|懸念|憂慮|要望|強調|決定|敬意を表|弔意を表|祝意を表|哀悼の意を表)"
            r"(?:しました|した|し(?=[、,])|する旨)",
            (SPEECH, None),
        ),
    ]
)

# A predicate in its continuative form, after which the subject may change
# (旨述べ、 / 謝意が表明され、 / 述べた上で、 / 表するとともに、).
CONTINUATIVE: Final = re.compile(
    r"(?:述べ|表明し|表明され|説明し|発言し|伝え|言及し|要請し|強調し|指摘し|表し|示し|示され|歓迎し|"
    r"感謝し|求め|述べた上で|述べたのに対し|述べたところ|するとともに|すると共に|した上で|しつつ|述べつつ|"
    r"表明するとともに|が述べられ|が表明され|があり)[、,]"
)

# Introductions of a block of remarks: 概要以下のとおり述べた / 概要以下を述べました /
# 概要以下の発言がありました.
REMARKS_INTRO: Final = re.compile(
    r"(?:概要|要旨)?(?:以下|次)(?:(?:のとおり|の通り|の点を|を|のように|の旨を?|の趣旨を?)(?:述べ|発言|表明|説明|強調)"
    r"|の(?:とおりの|通りの|ような|趣旨の)?(?:発言|説明|指摘)(?:があ|がな))"
)

# ---------------------------------------------------------------------------
# Speech acts
# ---------------------------------------------------------------------------

# What must follow a noun for it to be the act performed (謝意を述べ), not a
# noun in passing (御祝いの声明に対して).
_ACT_TAIL = (
    r"(?=を|が|の(?:意|表明|言葉|念)|する|し|して|した|です|である|。|、|,|$|とともに|と共に|との|とし|を表|いた|申し)"
)

ACT_RULES: Final = compile_rules(
    [
        ("act_congratulated", r"(?:祝意|お祝い|御祝い|祝辞|祝福|祝賀|祝いの言葉)" + _ACT_TAIL, Act.CONGRATULATED),
        ("act_condoled", r"(?:弔意|哀悼|お悔やみ|お見舞い|見舞い|追悼)" + _ACT_TAIL, Act.CONDOLED),
        ("act_welcomed", r"歓迎(?=する|し|の意|を表|いた|です|。|$|、|,)", Act.WELCOMED),
        ("act_thanked", r"(?:謝意|感謝|お礼|礼を述べ)" + _ACT_TAIL, Act.THANKED),
        ("act_respected", r"敬意" + _ACT_TAIL, Act.RESPECTED),
        ("act_hoped", r"(?:期待|祈念|希望)" + _ACT_TAIL + r"|願(?:う|い)", Act.HOPED),
        ("act_appreciated", r"(?:評価|賞賛|称賛)" + _ACT_TAIL, Act.APPRECIATED),
        ("act_supported", r"(?:支持|後押し)" + _ACT_TAIL, Act.SUPPORTED),
        ("act_assented", r"(?:同意|賛同|賛意|同感)" + _ACT_TAIL, Act.ASSENTED),
        ("act_concerned", r"(?:懸念|憂慮)" + _ACT_TAIL, Act.CONCERNED),
        ("act_regretted", r"(?:遺憾|残念)" + _ACT_TAIL, Act.REGRETTED),
        ("act_opposed", r"反対(?=する|し|の意|を表|。|$)", Act.OPPOSED),
        ("act_explained", r"(?:説明|紹介)" + _ACT_TAIL, Act.EXPLAINED),
        ("act_conveyed", r"伝え|伝達|お伝え", Act.CONVEYED),
        ("act_mentioned", r"言及|触れ(?=た|ま|、|,|つつ|る)", Act.MENTIONED),
        (
            "act_invited",
            r"(?:招待|招へい|招聘)(?=し|する)|(?:訪問|訪日|来日)を招請|招きたい|を招(?:待|へい)(?=し|する)",
            Act.INVITED,
        ),
        (
            "act_requested",
            r"(?:要請|要望|お願い|働きかけ|呼びかけ|求め)(?!て)" + _ACT_TAIL + r"|求め(?=た|ま|る)",
            Act.REQUESTED,
        ),
        ("act_asked", r"(?:照会|質問|問い合わせ)" + _ACT_TAIL, Act.ASKED),
        ("act_emphasized", r"強調" + _ACT_TAIL, Act.EMPHASIZED),
        ("act_decided", r"決定(?=した|し|する)", Act.DECIDED),
        ("act_confirmed", r"確認(?=した|し|する)", Act.CONFIRMED),
        ("act_intended", r"(?:たい|意向|考えである|考えだ|方針である|所存)(?=旨|と|との|。|$|、|,)", Act.INTENDED),
    ]
)

# ---------------------------------------------------------------------------
# The opening paragraph, topics, venue, attendees
# ---------------------------------------------------------------------------

OUTLINE: Final = re.compile(
    r"概要(?:は|及び評価は?)?(?:以下|次)の?(?:とおり|通り)|概要以下|(?:以下|次)の(?:とおり|通り)(?:です|。|$)|"
    r"(?:以下の)?やりとりがあ|概要次|主な(?:内容|やりとり)は(?:以下|次)"
)
"""概要は以下のとおりです / 概要以下のとおり / 概要次のとおり / やりとりがありました."""

EVENT: Final = re.compile(
    r"(?:会談|表敬|会合|協議|対話|懇談|立ち話|会見|夕食会|昼食会|朝食会|ワーキング・?(?:ランチ|ディナー)|"
    r"レセプション|訪問|訪日)(?:\([^()]{0,15}\))?(?:を|が|及び|に|[、,])?(?:行|実施|開催|主催|受け|し|招|出席)"
    r"|(?:と|との間で)(?:日[\u4e00-\u9fff・]{1,10})?(?:外相|首脳|電話|テレビ)?(?:会談|立ち話|懇談)"
    r"|(?:に|を)表敬|表敬を受け"
)
"""A meeting told as an event: 会談を行った, 表敬を受け, 昼食会を主催."""

# An exchange of views told as the meeting itself (…国務副長官と意見交換を行ったところ):
# talks, when no other form is named.
EXCHANGE_AS_MEETING: Final = re.compile(r"と(?:の間で)?(?:幅広く|率直な)?意見交換(?:を(?:行|実施)|し)")

_TOPICS_TAIL_CORE: Final = (
    r"(?:につき|について|に関し(?:て)?)(?:幅広く)?(?:、|,)?(?:幅広い|率直な|活発な)?(?:意見交換|議論|話し合)"
)
_TOPICS_TAIL: Final = r"(?:等)?" + _TOPICS_TAIL_CORE
# At most seven comma-separated chunks: the first 2 to 80 characters, the others 1 to 40.
TOPICS: Final = re.compile(rf"(?P<topics>[^、,。]{{2,80}}?(?:[、,][^、,。]{{1,40}}?){{0,6}}){_TOPICS_TAIL}")
TOPICS_TAIL: Final = re.compile(_TOPICS_TAIL)
"""What ends a list of topics (…につき意見交換); TOPICS is searched only back from one."""
TOPICS_TAIL_CORE: Final = re.compile(_TOPICS_TAIL_CORE)
"""TOPICS_TAIL without its optional 等: it starts with its literal に, which the engine finds at once (see meeting)."""

TOPIC_SEPARATOR: Final = re.compile(r"[、,]|や|及び|並びに|ならびに")

# 飯倉公館において / 総理官邸において / 英国首相官邸で / 現地EU代表部にて
VENUE: Final = re.compile(
    rf"(?<![{NAME_CHARS}])(?P<venue>[{NAME_CHARS}]{{2,30}})(?:において|にて|で(?=[^。]{{0,40}}(?:会談|会見|夕食会|昼食会)))"
)
VENUE_SUFFIX: Final = re.compile(
    r"(?:公館|官邸|公邸|迎賓館|外務省|ホテル|会議場|代表部|宮殿|大統領府|首相府|大統領宮殿|宮|館|邸|センター|"
    r"ハウス|ビル|庁舎|本部|議事堂|ホール|会館|サロン|大使館|総領事館|ルーム|国連|省|院|庁|府)(?:内)?$"
)
NOT_VENUE: Final = re.compile(r"(?:市|都|県|州|町|村|島|都内|国内|現地|先)$")

# The circumstances of a visit: 外務省賓客として訪日中 / …出席のため訪問中.
_VISIT_WORD: Final = r"(?:訪日中|訪問中|滞在中|来日中|訪日した|訪米中|訪中中|訪露中)"
VISIT: Final = re.compile(rf"(?P<visit>[^、,。はがをの]{{0,40}}{_VISIT_WORD})の")
VISIT_END: Final = re.compile(rf"{_VISIT_WORD}の")
"""Where a VISIT ends; it is matched back from here, not searched from every position."""
VISIT_STOPS: Final = "、,。はがをの"
"""The characters a VISIT cannot cross."""

# 会談には,野上浩太郎内閣官房副長官他が同席しました。 (the list is read back from its end)
ATTENDED_WORD: Final = "が同席"
ATTENDED_END: Final = re.compile(rf"(?:も)?{ATTENDED_WORD}")
"""Where a list of attendees ends; meeting finds its word by a plain search and looks back for も."""

# (同席者:日本側から,杉山外務審議官,…,韓国側から,…) / 【同席者】
ATTENDEE_LABEL: Final = re.compile(r"(?:同席者|出席者|同行者)")
# The space between the side and 側 is bounded: the side's own class holds a
# space, and an unbounded \s* after it made a line of spaces quadratic.
ATTENDEE_SIDE: Final = re.compile(
    r"(?P<side>[\u4e00-\u9fff\u30a0-\u30ffA-Za-z・ ]{1,12}?)\s{0,12}側\s*(?:からは|から|:|:)"
)

LIST_SEPARATOR: Final = re.compile(r"[、,]|及び|並びに")
LIST_TAIL: Final = re.compile(r"(?:ほか|他|ら|等)$")

# ---------------------------------------------------------------------------
# Documents, instruments, amounts
# ---------------------------------------------------------------------------

DOCUMENT_RULES: Final = compile_rules(
    [
        ("joint_press_statement", r"共同(?:プレス|報道)(?:発表|声明)", "joint_press_statement"),
        ("joint_statement", r"共同声明|共同宣言", "joint_statement"),
        ("exchange_of_notes", r"交換公文|書簡の交換|\(E/N\)", "exchange_of_notes"),
        ("memorandum", r"覚書|協力覚書|協力文書", "memorandum"),
        ("action_plan", r"行動計画|アクション・?プラン", "action_plan"),
        ("agreement", r"協定|条約", "agreement"),
    ]
)

# 「日・カザフスタン外相会談に関する共同プレス発表」を発出しました
ISSUED_DOCUMENT: Final = re.compile(
    r"「(?P<title>[^「」]{2,80})」(?:[^「」。]{0,20}?)(?:を|が)(?:発出|発表|採択|署名|公表|交換)"
)

# Every instrument's name ends in one of these (a quick test before INSTRUMENT).
INSTRUMENT_WORDS: Final = (
    "協定",
    "条約",
    "合意",
    "声明",
    "宣言",
    "覚書",
    "議定書",
    "憲章",
    "交換公文",
    "共同プレス発表",
    "計画",
    "構想",
    "イニシアティブ",
    "パートナーシップ",
    "ビジョン",
    "法制",
)

INSTRUMENT_WORD: Final = re.compile("|".join(INSTRUMENT_WORDS))

INSTRUMENT: Final = re.compile(
    rf"(?<![{NAME_CHARS}「])(?P<name>[{NAME_CHARS}+]{{1,40}}?(?:協定|条約|合意|声明|宣言|覚書|議定書|憲章|交換公文|"
    r"共同プレス発表|行動計画|構想|イニシアティブ|パートナーシップ|ビジョン))(?![\u4e00-\u9fff])"
    r"|「(?P<quoted>[^「」]{2,60}?(?:協定|条約|合意|声明|宣言|覚書|計画|構想|イニシアティブ|パートナーシップ|ビジョン|法制))」"
)

# 63億6,100万円 / 約33億円 / 1.5億ドル. The number starts at its first digit
# (not after a digit or "digit,"), and each group after the first unit ends
# with its own unit: an optional unit inside a repeated group let a run of
# digits split in exponentially many ways.
AMOUNT: Final = re.compile(
    r"(?P<approx>約|およそ|最大)?(?<![0-9])(?<![0-9],)"
    r"(?P<number>[0-9][0-9,]*(?:\.[0-9]+)?(?:兆|億|万)(?:[0-9][0-9,]*(?:億|万))*(?:[0-9][0-9,]*)?"
    r"|[0-9][0-9,]*(?:\.[0-9]+)?)(?P<currency>円|ドル|米ドル|ユーロ|元)"
)
CURRENCIES: Final = {"円": "JPY", "ドル": "USD", "米ドル": "USD", "ユーロ": "EUR", "元": "CNY"}
AID_KIND: Final = re.compile(
    r"(?:規模)?(?:の|を上限とする|を限度とする)?(?P<kind>円借款|有償資金協力|無償資金協力|緊急無償資金協力|技術協力|"
    r"資金協力|借款|贈与|人道支援|緊急援助|支援|投資|融資|拠出)"
)
AID_KIND_BEFORE: Final = re.compile(
    r"(?P<kind>円借款|有償資金協力|無償資金協力|緊急無償資金協力|技術協力|資金協力|借款)$"
)

# ---------------------------------------------------------------------------
# Structure: numbering at the head of a line
# ---------------------------------------------------------------------------

# (style, pattern) rows tried in order at the head of a line. A style names a
# numbering system; the nesting of styles gives the nesting of sections.
MARKER_RULES: Final = compile_rules(
    [
        ("paren_digit", r"\((?P<n>[0-9]{1,2})\)\s*", "paren_digit"),
        # (ア)(イ)(ウ) and (イ)(ロ)(ハ) are one style: a list may start with either.
        ("paren_kana", r"\((?P<n>[アイウエオカキクケコサシスセソタチツテトロハニホヘ])\)\s*", "paren_kana"),
        ("roman", r"(?P<n>I{1,3}|IV|VI{0,3}|IX|X)[.．]\s*", "roman"),
        ("digit_dot", r"(?P<n>[0-9]{1,2})[.．](?![0-9])\s*", "digit_dot"),
        (
            "digit_space",
            r"(?P<n>[0-9]{1,2})(?:\s+|(?=[^\s0-9年月日時分.,:%万億円ドル人名回件か度期号条項カヶヵ+・\-/]))",
            "digit_space",
        ),
        ("katakana", r"(?P<n>[アイウエオカキクケコ])(?:\s+|[.．])", "katakana"),
        ("bullet", r"(?P<n>[-•・*○●■◆◇□◎▪➢])\s+", "bullet"),
    ]
)

# A top-level heading that names a meeting of its own, in a release covering
# several (ムカジー外務大臣との第2回外相間戦略対話 / カルザイ大統領への表敬訪問).
# It names who met (との, への, 首脳, 外相…) and ends with the kind of meeting;
# a topic (六者会合, 「中央アジア+日本」対話の下での協力) does not.
MEETING_HEADING: Final = re.compile(
    r"(?:との|への|による|主催|首脳|外相|大臣|大統領|首相|国王|長官)[^、,。]{0,30}"
    r"(?:会談|表敬(?:訪問)?|会見|会合|対話|懇談|協議|立ち話|夕食会|昼食会|朝食会|ワーキング・?(?:ランチ|ディナー))(?:等|など)?$"
    r"|^(?:夕食会|昼食会|朝食会|ワーキング・?(?:ランチ|ディナー)|表敬(?:訪問)?)$"
)

# 【会談概要】 / 【同席者】: a bracketed label on its own line.
BRACKET_HEADING: Final = re.compile(r"^【(?P<label>[^【】]{1,30})】$")

# Numbering run into one line in old pages: 「…とおり。1.日豪二国間関係 2002年…」
RUN_ON_MARKER: Final = re.compile(r"(?<=[。.])\s*(?=(?:[0-9]{1,2}[.．](?![0-9])|\([0-9]{1,2}\)\s?)[^\s0-9])")

# Inline heading in a flattened page: 「1.北朝鮮 川口大臣より…」
INLINE_HEADING: Final = re.compile(r"^(?P<label>[^\s、,。「」]{1,25})[ \u3000]+(?=\S)")
NOT_HEADING_END: Final = re.compile(r"(?:から|より|は|も|が|を|に|で|と|の|、|,)$")

# Sentence ends and quotation marks.
SENTENCE_END: Final = "。"
QUOTE_OPEN: Final = "「『"
QUOTE_CLOSE: Final = "」』"
TERMINAL: Final = re.compile(r"[。」』)]$")

# A cut-off particle at the very end of a release: 大統領か / 大臣よ. The run
# starts after a boundary, so a search reads each run once (linear).
TRUNCATED_PARTICLE: Final = re.compile(rf"(?<![{NAME_CHARS}])(?P<run>[{NAME_CHARS}]+)(?P<particle>か|よ|から|より|は)$")

# Notes that no one speaks: (注) / (注1) / ※
NOTE: Final = re.compile(r"^(?:\(注[0-9]*\)|※|注[0-9]*[::)])")

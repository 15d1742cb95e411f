"""Every rule of the Japanese tables, each with a line quoted from a real release.

The examples are short quotations from readouts published by the Ministry of
Foreign Affairs of Japan and the Prime Minister's Office (Government of Japan
Standard Terms of Use 2.0). A rule without an example, or an example that its
rule does not match, fails here: the tables stay tied to the genre.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dipmeet.normalize import compact, normalize_text
from dipmeet.rules import Rule, ja

EXAMPLES: dict[str, dict[str, str]] = {
    "NOISE_LINE_RULES": {
        "site_label": "報道発表",
        "minister_label": "高村外務大臣",
        "language_link": "英語版 (English)",
        "navigation": "トップページ > 会談・訪問 > 川口外務大臣 |",
        "footer_back": "このページのトップへ戻る",
        "footer_label": "関連リンク",
        "region_menu": "アジア | 北米 | 中南米 | 欧州(NIS諸国を含む) | 大洋州 | 中東 | アフリカ",
        "table_debris": "![]() |",
        "pdf_link": "(PDF)別ウィンドウで開く",
        "photo_credit": "(写真提供:内閣広報室)",
        "photo_number": "• 画像1",
    },
    "INLINE_NOISE_RULES": {
        "pdf_new_window": "首脳間合意(PDF)別ウィンドウで開くの実現が重要である旨述べました。",
        "other_site": "ジャパン・クリエイティブ・センターのホームページ他のサイトヘ開設を双方より歓迎。",
        "table_pipe": "意見交換が行われた。 |",
    },
    "FORMAT_RULES": {
        "video_talks": "スコット・モリソン・オーストラリア連邦首相とテレビ会談を行ったところ",
        "telephone_brief_talk": "ブリンケン米国国務長官と離任挨拶のための電話懇談を行ったところ",
        "telephone_talks": "ドナルド・トランプ米国大統領と電話会談を行ったところ",
        "dinner_talks": "英国首相官邸でブレア英首相と、ワーキング・ディナー形式で会談を行った。",
        "lunch_talks": "アロイジオ・ヌネス・ブラジル連邦共和国外務大臣と昼食を交えつつ会談を行ったところ",
        "breakfast_talks": "バラクリシュナン・シンガポール外務大臣と朝食をとりながら会談を行った",
        "dinner": "ケニヤッタ・ケニア共和国大統領と夕食会を行ったところ,概要は以下のとおりです。",
        "lunch": "安倍晋三内閣総理大臣は,…総理公邸において昼食会を主催しました。",
        "breakfast": "バラクリシュナン シンガポール外務大臣との朝食会、",
        "reception": "モンゴル国と日本国の外交関係樹立50周年記念祝賀レセプション、",
        "courtesy_call": "ヌルスルタン・ナザルバエフ・カザフスタン大統領に表敬したところ",
        "brief_talk": "高村大臣はスミス豪外相と立ち話を行ったところ、概要次のとおり。",
        "talks": "サウダバエフ・カザフスタン国務長官兼外相と飯倉公館において会談及び夕食会を行い",
    },
    "TITLE_FORMAT_RULES": {
        "title_video": "スコット・モリソン豪首相とテレビ会談を行う岸田総理",
        "title_telephone_brief": "林前外務大臣とブリンケン米国国務長官との電話懇談",
        "title_telephone": "日米首脳電話会談",
        "title_dinner": "安倍総理大臣とケニヤッタ・ケニア共和国大統領の夕食会",
        "title_lunch": "辻外務大臣政務官とベロー駐日アルゼンチン大使との昼食会",
        "title_breakfast": "バラクリシュナン シンガポール外務大臣との朝食会",
        "title_courtesy": "岸田外務大臣によるモディ・インド首相表敬",
        "title_brief": "日米外相立ち話",
        "title_talks": "日・カザフスタン外相会談",
    },
    "KIND_LEVEL_RULES": {
        "kind_summit": "日・トルコ首脳会談",
        "kind_foreign_ministers": "日独外相会談",
        "kind_vice_ministers": "藤井外務副大臣のマラペ・パプアニューギニア独立国首相訪日レセプション出席",
    },
    "LEVEL_RULES": {
        "level_parliamentary_vice": "辻清人外務大臣政務官",
        "level_vice": "宮路拓馬外務副大臣",
        "level_summit": "安倍晋三内閣総理大臣",
        "level_foreign_minister": "岡田外務大臣",
        "level_officials": "大村駐ツバル大使",
        "level_minister": "宮腰光寛内閣府特命担当大臣",
    },
    "PREDICATE_RULES": {
        "shared_view": "国際的な取り組みを更に進める必要があるとの認識を共有し、",
        "agreed_match": "引き続き協力していくことで一致しました。",
        "agreed_consent": "閣僚レベルで着実にフォローアップとしていくことで合意した。",
        "confirmed": "核軍縮・不拡散分野で引き続き連携していくことを確認しました。",
        "promised": "サンクトペテルブルグ・サミットで再会することを約して電話会談は終了した。",
        "joint_decision": "引き続き日豪関係の一層の緊密化に向けて協力していくこととなった。",
        "exchange_of_views": "地域情勢等について意見交換を行いました。",
        "talked": "元島民の方々のための人道的措置を進めていくべく話し合いました。",
        "debated": "シリアやイラン情勢等につき議論されました。",
        "consulted": "アシュトンEU外務・安全保障政策上級代表との間で,日・EU外相協議を行ったところ",
        "chatted": "菊田政務官と各国の参加者は予定の時間を超えて懇談し、",
        "exchanges": "両外相間で概要以下のやりとりがありました。",
        "witnessed": "両首脳は協力文書の交換式に立ち会い,その後,共同記者発表を行いました。",
        "met": "高村大臣は、チダンバラム財務大臣(4日)、ナート商工大臣(4日)と会談を行った。",
        "said": "協力を推進していきたい旨述べました。",
        "remarked": "来週の日朝実務者協議で良い成果を期待している旨発言。",
        "expressed": "犠牲者に対して哀悼の意を表しました。また,河野大臣から,…祝意を表明しました。",
        "explained": "シリア情勢に関する我が国の立場について説明しました。",
        "conveyed": "保健セクター政策借款を供与する方針である等伝えました。",
        "mentioned": "さらに経済関係を強化したい旨言及しました。",
        "requested": "拉致問題の即時解決に向けても、引き続きの理解と協力を求めました。",
        "emphasized": "日露双方の戦略的利益に適うことは明白である旨強調しつつ、",
        "pointed_out": "両国関係の発展に大きく貢献したことを指摘し、",
        "introduced": "7月31日に行われた日朝外相会談の内容を紹介し、",
        "answered": "公式訪問の招待に感謝する旨応答。",
        "shown": "両国関係のさらなる発展に期待を示しました。",
        "welcomed": "日本式教育の着実な普及…等の協力が順調に進んでいることを歓迎しました。",
        "thanked": "イラク人質事件や新潟地震に関する韓国の配慮に謝意を表明。",
        "called": "平和条約締結という歴史的課題に正面から取り組むことが両首脳の責務である旨強く働きかけた。",
        "assented": "グレアム外相もこれに同意。",
        "asked": "最近の中国の動向と日中関係について照会があり,",
        "wished": "10月の南北首脳会談の成功を祈念する旨述べた。",
        "noun_ending": "北朝鮮のためにならないことを先方に伝えるべきである旨発言。",
        "act_verb": "豪州の「瀬取り」対応を評価しました。",
    },
    "ACT_RULES": {
        "act_congratulated": "トランプ大統領から、高市総理大臣の就任への祝意が述べられました。",
        "act_condoled": "先週のトバ湖におけるフェリーの沈没での犠牲者に対して哀悼の意を表しました。",
        "act_welcomed": "サウダバエフ国務長官兼外相の訪日を歓迎するとともに、",
        "act_thanked": "日本の支援に対する謝意が述べられました。",
        "act_respected": "独立以来の大統領の指導力に敬意を表する,",
        "act_hoped": "投資協定の締結に向けた作業の進展を期待す る旨述べました。",
        "act_appreciated": "削減目標を提出したことを評価する旨述べました。",
        "act_supported": "日本の安保理常任理事国入りを一貫して支持するカザフスタンの立場を述べた",
        "act_assented": "岡田大臣の考え方に賛意を示しつつ、",
        "act_concerned": "情勢の悪化を深く憂慮しており,",
        "act_regretted": "豪州が現時点で京都議定書を締結する方針ではないことは残念であるとの考えを伝えた。",
        "act_opposed": "イランは核兵器及び核実験を含む核兵器の開発に反対しているとの反",
        "act_explained": "日中関係の現状に関する日本の立場を説明し,",
        "act_conveyed": "63億6,100万円の円借款を供与することを決定したことを伝え、",
        "act_mentioned": "原子力分野における両国の協力が大きく進展する可能性に言及しつつ、",
        "act_invited": "国賓としての訪日を招請し、",
        "act_requested": "米国産牛肉の輸入の早期再開を求める旨述べた",
        "act_asked": "最近の中国の動向と日中関係について照会があり,",
        "act_emphasized": "政治や司法の面で安定を強調するとともに,",
        "act_decided": "63億6,100万円の円借款を供与することを決定したことを伝え、",
        "act_confirmed": "プーチン大統領も、領土問題を解決し、平和条約を締結することが必要であると考えていることを確認した。",
        "act_intended": "アジア・パートナー国である日本との協力強化を図りたい旨述べました。",
    },
    "DOCUMENT_RULES": {
        "joint_press_statement": "「日・カザフスタン外相会談に関する共同プレス発表」を発出しました。",
        "joint_statement": "両首脳はそろって記者会見し共同声明を発表しました。",
        "exchange_of_notes": "「離島における水産セクター開発計画」に係る交換公文が署名されました。",
        "memorandum": "インフラ分野における官民連携(PPP)推進のための覚書",
        "action_plan": "「日露行動計画」に基づいて引き続き幅広い分野で協力を進めていく",
        "agreement": "3月2日に署名された日・カザフスタン原子力協定の早期締結に向けて",
    },
}

MARKER_EXAMPLES = {
    "paren_digit": ("(1) 岡田大臣から、", "岡田大臣から、"),
    "paren_kana": ("(イ) 潘長官から、", "潘長官から、"),
    "roman": ("I.日韓外相会談", "日韓外相会談"),
    "digit_dot": ("1.日独関係全般", "日独関係全般"),
    "digit_space": ("1 二国間関係", "二国間関係"),
    "katakana": ("ア エルシーシ大統領から、", "エルシーシ大統領から、"),
    "bullet": ("- 冒頭", "冒頭"),
}

WHOLE_LINE_TABLES = {"NOISE_LINE_RULES"}


def _cases():
    for table, examples in EXAMPLES.items():
        for rule in getattr(ja, table):
            yield pytest.param(table, rule, examples.get(rule.name), id=f"{table}.{rule.name}")


@pytest.mark.parametrize(("table", "rule", "example"), list(_cases()))
def test_rule_matches_its_example(table: str, rule: Rule[object], example: str | None):
    """Each rule has a quoted example, and matches it."""
    assert example is not None, f"{table}.{rule.name} has no example from a real release"
    text = compact(normalize_text(example)).text
    match = rule.pattern.fullmatch(text) if table in WHOLE_LINE_TABLES else rule.pattern.search(text)
    assert match, f"{rule.name} does not match {example!r}"


@pytest.mark.parametrize("rule", ja.MARKER_RULES, ids=lambda rule: rule.name)
def test_marker_rule_matches_its_example(rule: Rule[str]):
    """Each numbering style reads its example line's head."""
    line, rest = MARKER_EXAMPLES[rule.name]
    match = rule.pattern.match(normalize_text(line).text)
    assert match and line[match.end() :] == rest


def test_every_example_names_a_rule():
    """No example is left over after a rule was renamed or removed."""
    for table, examples in EXAMPLES.items():
        names = {rule.name for rule in getattr(ja, table)}
        assert set(examples) <= names, table
    assert set(MARKER_EXAMPLES) == {rule.name for rule in ja.MARKER_RULES}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("日米首脳電話会談", "title_telephone"),
        ("日・トンガ首脳会談", "title_talks"),
        ("辻外務大臣政務官とベロー駐日アルゼンチン大使との昼食会", "title_lunch"),
    ],
)
def test_order_is_meaning_first_match_wins(text: str, rule: str):
    """In a table, the first rule that matches wins (電話会談 before 会談)."""
    winner = next(r for r in ja.TITLE_FORMAT_RULES if r.pattern.search(text))
    assert winner.name == rule


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("両外相は、…引き続き協力していくことで一致しました。", "agreed_match"),
        ("両外相は、…について意見交換を行い,…連携していくことを確認しました。", "confirmed"),
        ("サウダバエフ国務長官兼外相から、…立場を述べたのに対し、岡田大臣から謝意が述べられました。", "said"),
    ],
)
def test_final_predicate_is_the_last_one(text: str, expected: str):
    """The predicate that ends last decides what a clause does."""
    hits = [
        (m.end(), index, rule.name)
        for index, rule in enumerate(ja.PREDICATE_RULES)
        for m in rule.pattern.finditer(text)
    ]
    assert max(hits, key=lambda hit: (hit[0], -hit[1]))[2] == expected


def test_instrument_words_cover_every_ending_of_the_instrument_pattern():
    """The quick test before INSTRUMENT lets through every text the pattern could match."""
    endings = {
        word
        for group in re.findall(r"\(\?:((?:協定|条約)[^()]*)\)", ja.INSTRUMENT.pattern)
        for word in group.split("|")
    }
    assert {"協定", "行動計画", "法制"} <= endings
    assert all(any(short in word for short in ja.INSTRUMENT_WORDS) for word in endings)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["岡田大臣", "外相", "(Mr. A)", "から", "は", "が", "とも", "、", "。", "の", "ア", "(", ")"]),
        max_size=20,
    ).map("".join)
)
def test_subject_runs_give_nothing_back(text):
    """SUBJECT's possessive runs find what the same pattern with ordinary runs finds."""
    plain = re.compile(ja.SUBJECT.pattern.replace("]++", "]+").replace("]*+", "]*"))
    assert [m.groupdict() | {"span": m.span()} for m in ja.SUBJECT.finditer(text)] == [
        m.groupdict() | {"span": m.span()} for m in plain.finditer(text)
    ]

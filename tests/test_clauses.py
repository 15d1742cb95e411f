"""Tests for reading sentences into statements, agreements and discussions (quoted lines)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dipmeet
from dipmeet import clauses
from dipmeet.clauses import ClauseReader
from dipmeet.model import Act, Agreement, AgreementKind, Discussion, Participant, Side, Statement
from dipmeet.normalize import compact, normalize_text
from dipmeet.rules import ja
from dipmeet.segment import split_sentences
from dipmeet.speakers import BOTH, Roster

OKADA = Participant(name="岡田", title="外務大臣", side=Side.JAPAN)
SAUDABAYEV = Participant(name="サウダバエフ", title="国務長官兼外相", country="カザフスタン", side=Side.COUNTERPART)


def read(raw: str, participants=(OKADA, SAUDABAYEV), *, last: bool = False):
    reader = ClauseReader(Roster(participants), raw)
    sentences = split_sentences(normalize_text(raw), end="。", opening="「", closing="」")
    items = []
    for index, sentence in enumerate(sentences):
        items.extend(reader.read(sentence, last=last and index == len(sentences) - 1, first=index == 0))
    return items, reader


def test_statement_with_speaker_and_acts():
    """岡田大臣から、…訪日を歓迎するとともに、…期待する旨述べました: Okada welcomed and hoped."""
    (item,), _ = read(
        "岡田大臣から、サウダバエフ国務長官兼外相の訪日を歓迎するとともに、イニシアティブを発揮す ることを期待する旨述べました。"
    )
    assert isinstance(item, Statement)
    assert item.speaker == OKADA
    assert item.acts == (Act.WELCOMED, Act.HOPED)


def test_speaker_change_inside_a_sentence_splits_after_the_connective():
    """…立場を述べたのに対し、| 岡田大臣から謝意が述べられました."""
    raw = "サウダバエフ国務長官兼外相から、日本の安保理常任理事国入りを一貫して支持するカザフスタンの立場を述べたのに対し、岡田大臣から謝意が述べられました。"
    (first, second), _ = read(raw)
    assert first.speaker == SAUDABAYEV and first.text.endswith("述べたのに対し、")
    assert second.speaker == OKADA and second.text == "岡田大臣から謝意が述べられました。"
    assert Act.THANKED in second.acts
    assert raw[second.span.start : second.span.end] == second.text


def test_statement_then_agreement_of_both():
    """…立場につき説明し、| 両外相は、…一致しました: a statement and an agreement."""
    raw = (
        "岡田大臣から、「中央アジア+日本」対話の下で地域内協力を推進する日本の立場につき説明し、"
        "両外相は、同対話の第3回外相会合の開催に向けて引き続き協力していくことで一致しました。"
    )
    (statement, agreement), _ = read(raw)
    assert isinstance(statement, Statement) and statement.acts == (Act.EXPLAINED,)
    assert isinstance(agreement, Agreement) and agreement.kind is AgreementKind.AGREED
    assert agreement.parties == (OKADA, SAUDABAYEV)


def test_shared_view_and_confirmed():
    """認識を共有 is a shared view when it ends the clause; 確認しました is confirmed."""
    (item,), _ = read("両外相は、気候変動分野において国際的な取り組みを更に進める必要があるとの認識を共有しました。")
    assert isinstance(item, Agreement) and item.kind is AgreementKind.SHARED_VIEW
    (item,), _ = read("双方は、核軍縮・不拡散分野で引き続き連携していくことを確認しました。")
    assert isinstance(item, Agreement) and item.kind is AgreementKind.CONFIRMED


def test_exchange_of_views_is_a_discussion():
    """この他、両外相は、…について意見交換を行いました."""
    (item,), _ = read(
        "この他、両外相は、アフガニスタン支援や周辺国との関係を含む地域情勢等について意見交換を行いました。"
    )
    assert isinstance(item, Discussion)


def test_implied_speaker_keeps_the_previous_one():
    """また、…旨述べました keeps the speaker of the sentence before."""
    (_, second), _ = read(
        "岡田大臣から、協力していきたい旨述べました。また、投資協定の締結に向けた作業の進展を期待す る旨述べました。"
    )
    assert second.speaker == OKADA
    assert Act.HOPED in second.acts


def test_both_named_inside_one_sides_turn_is_not_a_split():
    """…賛意を示しつつ、双方が核の惨禍を経験した国として、…旨述べました stays one statement."""
    (item,), _ = read(
        "サウダバエフ国務長官兼外相から、岡田大臣の考え方に賛意を示しつつ、双方が核の惨禍を経験した国として、"
        "協力を推進していきたい旨述べました。"
    )
    assert isinstance(item, Statement) and item.speaker == SAUDABAYEV


def test_one_side_turning_joint():
    """ルトノ大臣は、…謝意を表するとともに、| …意見交換を行い、…一致しました."""
    hayashi = Participant(name="林芳正", title="外務大臣", side=Side.JAPAN)
    retno = Participant(name="ルトノ・マルスディ", title="外務大臣", side=Side.COUNTERPART)
    (statement, agreement), _ = read(
        "ルトノ大臣は、これまでの日本の協力に謝意を表するとともに、今後の協力につき、意見交換を行い、"
        "両国の戦略的パートナーシップを強化していくことに一致しました。",
        (hayashi, retno),
    )
    assert isinstance(statement, Statement) and statement.speaker == retno
    assert isinstance(agreement, Agreement)


def test_quotation_sentences_are_all_the_quoting_speakers():
    """安倍総理大臣から,「…感謝。TICAD7でも発揮願いたい。」旨述べました: two statements by Abe."""
    abe = Participant(name="安倍晋三", title="内閣総理大臣", side=Side.JAPAN)
    kenyatta = Participant(name="ウフル・ケニヤッタ", title="大統領", side=Side.COUNTERPART)
    items, _ = read(
        "冒頭,安倍総理大臣から,「TICAD VIを成功に導いた指導力に感謝。TICAD7でも発揮願いたい。」旨述べました。",
        (abe, kenyatta),
    )
    assert [i.speaker for i in items] == [abe, abe]


def test_narration_has_no_speaker():
    """日本語での懇談は終始和やかな雰囲気の中で行われました: no one speaks it."""
    (item,), _ = read("日本語での懇談は終始和やかな雰囲気の中で行われました。")
    assert isinstance(item, Statement) and item.speaker is None


def test_cut_off_subject_is_resolved():
    """The release ends 「また、エルシーシ大統領か」: the speaker is named, the item is truncated."""
    sisi = Participant(name="アブドゥルファッターハ・エルシーシ", title="大統領", side=Side.COUNTERPART)
    (item,), reader = read("また、エルシーシ大統領か", (OKADA, sisi), last=True)
    assert isinstance(item, Statement) and item.speaker == sisi and item.truncated
    assert any(d.kind.value == "truncated" for d in reader.diagnostics)


def test_cut_off_before_the_subject_has_no_speaker():
    """「(2)また、六者会合については、町」: the subject is cut off, so no speaker is guessed."""
    machimura = Participant(name="町村", title="大臣", side=Side.JAPAN)
    rice = Participant(name="ライス", title="国務長官", side=Side.COUNTERPART)
    items, _ = read("ライス長官より、支持している旨述べた。また、六者会合については、町", (machimura, rice), last=True)
    assert items[-1].speaker is None


def test_both_ministers_named_by_their_countries():
    """日米両外相は、…一致した: both sides, written with the pair of countries (日米, 日韓 ...)."""
    machimura = Participant(name="町村", title="大臣", side=Side.JAPAN)
    rice = Participant(name="ライス", title="国務長官", country="米", side=Side.COUNTERPART)
    (item,), _ = read(
        "日米両外相は、今後とも様々な機会に緊密に意見交換を行っていくことで一致した。", participants=(machimura, rice)
    )
    assert isinstance(item, Agreement)
    roster = Roster([machimura, rice])
    assert roster.resolve("日韓両首脳") is BOTH


def test_speaker_marked_with_ga_at_the_head_of_the_sentence():
    """これを受けてライス長官が次のとおり述べた: が marks the speaker where the words after it report speech."""
    aso = Participant(name="麻生", title="大臣", side=Side.JAPAN)
    rice = Participant(name="ライス", title="長官", side=Side.COUNTERPART)
    items, _ = read(
        "麻生大臣より、次のとおり述べた。これを受けてライス長官が次のとおり述べた。日本と非常に良い協力ができた。",
        participants=(aso, rice),
    )
    assert [item.speaker for item in items] == [aso, rice, rice]
    (item,), _ = read("安倍総理が訪米し、日米首脳会談を行うことで合意しました。", participants=(aso, rice))
    assert not isinstance(item, Statement) or item.speaker is None


def test_a_reply_after_noni_taishi_is_the_other_side_even_unnamed():
    """…旨の説明があったのに対し、| 感謝の念を伝えた上で、…旨述べた: the reply is Japan's."""
    abe = Participant(name="安倍", title="総理大臣", side=Side.JAPAN)
    moon = Participant(name="文在寅", title="大統領", country="韓国", side=Side.COUNTERPART)
    (first, second), _ = read(
        "また,文大統領から金正恩委員長に対して,改めて拉致問題を提起した旨の説明があったのに対し,"
        "感謝の念を伝えた上で,引き続きの協力をお願いしたい旨述べた。",
        participants=(abe, moon),
    )
    assert first.speaker == moon and first.text.endswith("のに対し,")
    assert second.speaker == abe


def test_release_cut_inside_the_speakers_title():
    """…拉致問題については,安倍総 (cut off): the name is whole, so Abe is the speaker; 町 of 町村 is not."""
    abe = Participant(name="安倍", title="総理大臣", side=Side.JAPAN)
    moon = Participant(name="文在寅", title="大統領", country="韓国", side=Side.COUNTERPART)
    (item,), _ = read("拉致問題については,安倍総", participants=(abe, moon), last=True)
    assert isinstance(item, Statement) and item.speaker == abe and item.truncated
    machimura = Participant(name="町村", title="大臣", side=Side.JAPAN)
    (item,), _ = read("また、六者会合については、町", participants=(machimura, moon), last=True)
    assert item.speaker is None


def test_words_before_the_first_subject_are_the_unnamed_speakers():
    """また、…協力を求め、サウダバエフ国務長官兼外相から支持を得ました: the request is Okada's, the support is not."""
    (first, request, support), _ = read(
        "岡田大臣から、協力していきたい旨述べました。"
        "また、拉致問題の解決に向けた引き続きの理解と協力を求め、サウダバエフ国務長官兼外相から支持を得ました。"
    )
    assert first.speaker == OKADA
    assert isinstance(request, Statement) and request.speaker == OKADA
    assert request.text.startswith("また、拉致問題")
    assert isinstance(support, Statement) and support.speaker == SAUDABAYEV


def test_all_parties_of_a_trilateral_meeting():
    """三外相は,…ことでも一致した: the three ministers (三外相, 3首脳, 日米韓外相) agree together, no one named 三."""
    items, _ = read(
        "また,三外相は,北朝鮮への圧力強化に向けて日米韓3か国で更に連携を強化していくことでも一致した。"
        "3首脳は,緊密に連携していくことを確認した。"
    )
    assert all(isinstance(item, Agreement) for item in items) and len(items) == 2
    roster = Roster([OKADA, SAUDABAYEV])
    assert roster.resolve("日米韓外相") is BOTH
    assert roster.resolve("三者") is BOTH


def test_an_answer_naming_no_one_is_the_other_sides():
    """これに対し,…旨述べました with no subject (or one not in the meeting) answers: it is not the asker's."""
    (_, answer), _ = read(
        "岡田大臣から、協力を求める旨述べました。これに対し、日本との連携を引き続き強化していきたい旨述べました。"
    )
    assert answer.speaker == SAUDABAYEV
    (_, unknown), _ = read(
        "岡田大臣から、協力を求める旨述べました。これに対し,IAEA理事は,謝辞を述べつつ,連携していきたい旨述べました。",
        participants=(OKADA,),
    )
    assert unknown.speaker is None


def test_remarks_introduced_as_the_gist():
    """河野大臣より以下の趣旨を発言した。 / …: the sentences after it are the minister's words."""
    items, _ = read(
        "岡田大臣より以下の趣旨を発言した。先のプーチン大統領の訪日は、成功であり、良かったと考えている。"
        "問題は平和条約交渉である。"
    )
    assert [item.speaker for item in items] == [OKADA, OKADA, OKADA]


def test_connective_opens_the_next_speakers_clause():
    """…旨述べ,それに対し,サウダバエフ…は謝意を表明しました: それに対し is the reply's, not the end of Okada's turn."""
    (first, second), _ = read(
        "岡田大臣は,支援していく旨述べ,それに対し,サウダバエフ国務長官兼外相は謝意を表明しました。"
    )
    assert first.speaker == OKADA and first.text.endswith("旨述べ,")
    assert second.speaker == SAUDABAYEV and second.text.startswith("それに対し,")


def test_remarks_introduced_as_words_that_came():
    """これに対し,楽副部長から,概要以下の発言がありました。 / …: the sentences after it are that speaker's words."""
    items, _ = read(
        "これに対し,サウダバエフ長官から,概要以下の発言がありました。今回は,7年ぶりとなる対話を再開するため訪日した。"
        "両国の間の相互信頼を深めていきたい。"
    )
    assert [item.speaker for item in items] == [SAUDABAYEV, SAUDABAYEV, SAUDABAYEV]


def test_someone_not_in_the_meeting_told_of_in_a_turn():
    """…祝意が伝えられるとともに,ジョコ大統領も…コミットしている,…旨発言がありました: the counterpart's words."""
    items, _ = read(
        "これに対し,サウダバエフ長官から,岡田大臣の就任に対する祝意が伝えられるとともに,"
        "ジョコ大統領も日本との関係を強化することにコミットしている,今週だけでも4人の大臣が訪日している旨発言がありました。"
    )
    assert [item.speaker for item in items] == [SAUDABAYEV]


def test_confirmed_in_the_passive_polite_form():
    """外相会談では,…運用開始することが確認されました。: both sides confirmed it."""
    items, _ = read("外相会談では,7月1日から一般査証免除を運用開始することが確認されました。")
    assert [type(item).__name__ for item in items] == ["Agreement"]


def test_speaker_with_an_english_form_holding_commas():
    """…首相兼外務貿易大臣(Hon. TUILAEPA …, Prime Minister, …)から,…旨述べました: that person speaks."""
    items, _ = read(
        "トゥイラエパ・サモア独立国首相兼外務貿易大臣(Hon. TUILAEPA Sailele Malielegaoi, Prime Minister, "
        "Independent State of Samoa)から,様々な枠組みでの日本からの支援に対して謝意を表明しました。"
    )
    assert [(item.speaker.name, item.speaker.side) for item in items] == [("トゥイラエパ", Side.COUNTERPART)]


# ---------------------------------------------------------------------------
# The sentence's one pass stands for the scans of each clause
# ---------------------------------------------------------------------------


def _corpus_texts() -> list[str]:
    from dipmeet.cli import sample_text

    from .conftest import CORPUS

    folder = CORPUS / "ja"
    texts = [sample_text()]
    if folder.is_dir():
        texts += [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    return texts


def _check_clauses(found) -> None:
    """Each clause's act words from the sentence's pass are those a scan of the clause finds."""
    for clause in found:
        assert clause.act_words == clauses._act_words(clause.text.text, clause.subject_end), clause.text.text


@pytest.mark.skipif(
    "dipmeet.clauses" in dipmeet.compiled_modules(),
    reason="compiled (mypyc), dipmeet.clauses calls its functions directly: a patched attribute is not seen",
)
def test_act_words_of_the_sentence_pass_on_the_corpus(monkeypatch):
    real = clauses.split_clauses
    seen = []

    def checking(sentence, roster):
        found = real(sentence, roster)
        _check_clauses(found)
        seen.append(len(found))
        return found

    monkeypatch.setattr(clauses, "split_clauses", checking)
    for text in _corpus_texts():
        dipmeet.parse(text)
    assert sum(seen) > len(seen) > 10


_SENTENCE_ALPHABET = [
    *"、,。「」()は",
    "岡田大臣から",
    "サウダバエフ国務長官兼外相は",
    "両外相は",
    "カザフスタンが",
    "謝意を表するとともに",
    "歓迎し",
    "期待する旨述べ",
    "意見交換を行い",
    "一致しました",
    "述べたのに対し",
    "求めた",
    "を招待したい",
    "確認",
    "たい",
    "旨",
    "支持",
    "とともに",
    "懸念",
    "が",
    "は",
]


@given(st.lists(st.sampled_from(_SENTENCE_ALPHABET), max_size=14))
def test_act_words_of_the_sentence_pass_on_any_sentence(pieces):
    raw = "".join(pieces)
    text = compact(normalize_text(raw))
    _check_clauses(clauses.split_clauses(text, Roster([OKADA, SAUDABAYEV])))


def _subject_spans(text: str) -> list[tuple[int, int, str, str]]:
    return [(*match.span(), match["run"], match["particle"]) for match in ja.SUBJECT.finditer(text)]


def test_subject_matches_are_those_of_finditer_on_the_corpus():
    lines = [line for text in _corpus_texts() for line in compact(normalize_text(text)).text.splitlines()]
    assert sum(bool(_subject_spans(line)) for line in lines) > 10
    for line in lines:
        assert clauses._subject_matches(line) == _subject_spans(line), line


_SUBJECT_ALPHABET = [
    *"()、。「」 A=・らりかよのとはもが",
    "岡田大臣",
    "から",
    "とも",
    "より",
    "カザフスタン",
    "日本",
]


@given(st.lists(st.sampled_from(_SUBJECT_ALPHABET), max_size=16).map("".join))
def test_subject_matches_are_those_of_finditer_on_any_text(text):
    assert clauses._subject_matches(text) == _subject_spans(text)


# Brackets after names, inside names and inside one another; particles cut short.
_BRACKET_ALPHABET = [
    *"()()、。「」 ,=・らりかよとはもがのA",
    "岡田大臣",
    "Mr. Okada",
    "から",
    "より",
    "とも",
    "カザフスタン",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_BRACKET_ALPHABET), max_size=16).map("".join))
def test_subject_matches_with_brackets_are_those_of_finditer(text):
    """The reversed pass and the runs tried before each bracket find what SUBJECT.finditer finds."""
    assert clauses._subject_matches(text) == _subject_spans(text)


def test_roster_add_by_identity_is_add_by_value():
    """The identity index of Roster.add gives what the index by value gives."""
    import attrs

    roster = Roster([OKADA, SAUDABAYEV, attrs.evolve(OKADA)])
    assert roster.add(OKADA) is OKADA
    assert roster.add(roster.participants[2]) is OKADA  # an equal one named again: the first kept
    assert roster.add(attrs.evolve(SAUDABAYEV)) is SAUDABAYEV
    newcomer = Participant(name="林", title="外務大臣", side=Side.JAPAN)
    assert roster.add(newcomer) is newcomer and roster.participants[-1] is newcomer
    assert roster.add(attrs.evolve(newcomer)) is newcomer and len(roster.participants) == 4
    renamed = roster.with_participant(OKADA, country="日本")
    assert roster.add(renamed) is renamed
    assert roster.add(OKADA) is roster.participants[2]  # OKADA is no longer listed; its equal copy is


def _plain_acts(clause) -> tuple[Act, ...]:
    """_acts as it read before the quick tests: every act word of the clause scanned, every stretch searched."""
    text, subject_end = clause.text.text, clause.subject_end
    acts: list[Act] = []
    for start, index in clauses._act_words(text, subject_end):
        meaning = ja.ACT_RULES[index].meaning
        if meaning in acts:
            continue
        chunk_start = max(text.rfind("、", 0, start), text.rfind(",", 0, start), subject_end)
        embedded = clauses._EMBEDDED_SUBJECT.search(text, chunk_start, start)
        if embedded and not clauses._NOMINALIZER.search(text, embedded.end(), start):
            continue
        acts.append(meaning)
    if not acts:
        final = clause.predicate
        acts.append(Act.EXPLAINED if final is not None and final.rule.name == "explained" else Act.STATED)
    return tuple(acts)


@pytest.mark.skipif(
    "dipmeet.clauses" in dipmeet.compiled_modules(),
    reason="compiled (mypyc), dipmeet.clauses calls its functions directly: a patched attribute is not seen",
)
def test_acts_are_the_plain_reading_on_the_corpus(monkeypatch):
    real = clauses.split_clauses
    counted = []

    def checking(sentence, roster):
        found = real(sentence, roster)
        for clause in found:
            assert clauses._acts(clause) == _plain_acts(clause), clause.text.text
            counted.append(clause)
        return found

    monkeypatch.setattr(clauses, "split_clauses", checking)
    for text in _corpus_texts():
        dipmeet.parse(text)
    assert len(counted) > 100


@given(st.lists(st.sampled_from(_SENTENCE_ALPHABET), max_size=14))
def test_acts_are_the_plain_reading_on_any_sentence(pieces):
    text = compact(normalize_text("".join(pieces)))
    for clause in clauses.split_clauses(text, Roster([OKADA, SAUDABAYEV])):
        assert clauses._acts(clause) == _plain_acts(clause)

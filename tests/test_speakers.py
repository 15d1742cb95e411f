"""Tests for resolving how the body names its speakers."""

from __future__ import annotations

from dipmeet.model import Participant, Side
from dipmeet.speakers import BOTH, Roster

OKADA = Participant(name="岡田", title="外務大臣", side=Side.JAPAN)
SAUDABAYEV = Participant(name="サウダバエフ", title="国務長官兼外相", country="カザフスタン", side=Side.COUNTERPART)
HAYASHI = Participant(name="林芳正", title="外務大臣", side=Side.JAPAN)
TLEUBERDI = Participant(name="ムフタル・トレウベルディ", title="副首相兼外務大臣", side=Side.COUNTERPART)


def test_surname_and_short_title():
    """岡田大臣 is Okada; サウダバエフ国務長官兼外相 is Saudabayev."""
    roster = Roster([OKADA, SAUDABAYEV])
    assert roster.resolve("岡田大臣") is OKADA
    assert roster.resolve("サウダバエフ国務長官兼外相") is SAUDABAYEV


def test_first_characters_of_a_kanji_name():
    """林大臣 is 林芳正外務大臣."""
    assert Roster([HAYASHI, TLEUBERDI]).resolve("林大臣") is HAYASHI


def test_one_part_of_a_katakana_name():
    """トレウベルディ副首相兼外相 is ムフタル・トレウベルディ."""
    assert Roster([HAYASHI, TLEUBERDI]).resolve("トレウベルディ副首相兼外相") is TLEUBERDI


def test_side_references_and_both():
    """先方 is the counterpart, 我が方 Japan, 両外相 and 双方 both."""
    roster = Roster([OKADA, SAUDABAYEV])
    assert roster.resolve("先方") is SAUDABAYEV
    assert roster.resolve("我が方") is OKADA
    assert roster.resolve("両外相") is BOTH
    assert roster.resolve("双方") is BOTH


def test_same_title_refers_back():
    """同長官 is the last participant whose title ends in 長官."""
    kerry = Participant(name="ジョン・ケリー", title="国務長官", side=Side.COUNTERPART)
    assert Roster([Participant(name="岸田文雄", title="外務大臣", side=Side.JAPAN), kerry]).resolve("同長官") is kerry


def test_a_title_alone_names_its_holder():
    """総理 is the Prime Minister; 大統領 the President."""
    koizumi = Participant(name="小泉", title="総理大臣", side=Side.JAPAN)
    bush = Participant(name="ブッシュ", title="大統領", side=Side.COUNTERPART)
    roster = Roster([koizumi, bush])
    assert roster.resolve("総理") is koizumi
    assert roster.resolve("大統領") is bush


def test_countries_and_topics_are_not_speakers():
    """カザフスタン and 日本 name no person."""
    roster = Roster([OKADA, SAUDABAYEV])
    assert roster.resolve("カザフスタン") is None
    assert roster.resolve("日本") is None


def test_newcomer_is_resolved_but_not_added_until_used():
    """シン首相, named only in the body, is a new counterpart participant."""
    roster = Roster([OKADA])
    singh = roster.resolve("マンモハン・シン首相")
    assert isinstance(singh, Participant) and singh.side is Side.COUNTERPART
    assert singh not in roster.participants


def test_bare_minister_is_the_ministrys_own():
    """大臣 with two foreign ministers present is the Japanese one."""
    hayashi = Participant(name="林芳正", title="外務大臣", side=Side.JAPAN)
    retno = Participant(name="ルトノ・マルスディ", title="外務大臣", side=Side.COUNTERPART)
    assert Roster([hayashi, retno]).resolve("大臣") is hayashi


def test_a_kanji_name_shortened_with_part_of_its_own_title():
    """王国務委員 is 王毅国務委員兼外交部長: the first character of the name and one of the titles."""
    abe = Participant(name="安倍晋三", title="内閣総理大臣", side=Side.JAPAN)
    wang = Participant(name="王毅", title="国務委員兼外交部長", country="中華人民共和国", side=Side.COUNTERPART)
    assert Roster([abe, wang]).resolve("王国務委員") is wang

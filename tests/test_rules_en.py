"""Every named rule of the English tables has an example from a real release, and matches it."""

from __future__ import annotations

import pytest

from dipmeet.rules import Rule, en

# One short line per rule. Sources: the shared corpus (release id), the issue that
# specified the English parser (quoting real releases), and MOFA / Kantei releases
# read while writing the rules (named by their kind and year).
EXAMPLES: dict[str, str] = {
    # acts
    "act_congratulated": "Prime Minister Kishida once again congratulated President Macron on his re-election.",  # 008
    "act_condoled": "Foreign Minister Okada expressed sympathy for the shooting at Fort Hood Army Base.",  # 005
    "act_welcomed": "Vice Minister Funakoshi welcomed Deputy Secretary Landau’s visit to Japan.",  # 019
    "act_thanked": "In response, President Macron expressed his gratitude",  # 008
    "act_respected": "expressed his condolences for the devastation caused by Hurricane Harvey and his respect",  # 2017 call
    "act_hoped": "he hopes to continue their close coordination",  # 008
    "act_appreciated": "President Macron highly appreciated Japan’s clear position on Ukraine",  # 008
    "act_supported": "Minister MOTEGI expressed his firm support for U.S. diplomatic efforts",  # 047
    "act_assented": "Secretary Clinton responded that she agreed with the Minister.",  # 005
    "act_concerned": "the two leaders shared concerns over attempts to unilaterally change the status quo",  # 028
    "act_regretted": "North Korea's declaration that it possesses nuclear arms is most regrettable",  # 032
    "act_opposed": "the two ministers reiterated their strong opposition to any unilateral actions",  # 025
    "act_explained": "Prime Minister Kishida explained that he is actively engaged in outreach",  # 008
    "act_conveyed": "conveyed his appreciation for the invitation from the Government of Japan",  # 011
    "act_mentioned": "Minister Kishida also mentioned about the Japan-US economic dialogue held on 18 April",  # 023
    "act_proposed": "President Hu cited a Japanese proposal made late last year",  # 060
    "act_invited": "and invited Prime Minister Kan to the U.S. in the first half of next year",  # 2010 summit
    "act_requested": "Prime Minister Abe requested President Bolsonaro’s cooperation for the G20",  # 021
    "act_asked": "Minister Kamikawa asked about the situation of Japanese nationals in the region",
    "act_emphasized": "Prime Minister Kishida emphasized that Russia’s threat of nuclear weapons",  # 037
    "act_decided": "it was decided at the recently held Kananaskis Summit",  # 062
    "act_confirmed": "The two leaders also confirmed that they would continue to work closely",  # 008
    "act_intended": "expressed his intention to cooperate with Australia",  # 024
    # agreements and joint acts
    "shared_view": "They also shared the understanding that they would cooperate",  # 008
    "agreed": "The two ministers agreed that they would continue to make adjustments",  # 031
    "confirmed": "The two leaders confirmed, in response to Russia’s aggression against Ukraine",  # 008
    "passive_agreed": "As a result of the talks, it was agreed that Foreign Minister Kawaguchi would pay a visit",  # 034
    "passive_confirmed": "It was confirmed between the Ministers that both countries will continue",  # 013
    "exchanged_views": "The two leaders exchanged views on international affairs",  # 022
    "discussed": "The two ministers discussed the strengthening of Japan-Viet Nam coordination",  # 016
    "met": "held a meeting with Chancellor Gerhard Schroeder of the Federal Republic of Germany",  # 033
    "narrated": "visited Russia to take part in the ceremony of the commemoration",  # 033
    # subjects
    "both_group": "The two leaders confirmed",  # 008
    "the_ministers": "The Ministers stated that they hoped meetings on the occasion of the visit",  # 062
    "both_alone": "The two agreed that the issuance of a joint statement on climate change",  # mofa.go.jp/region/n-america/us/fmv0704/summary.html
    "japan_and_country": "Japan and Australia would closely cooperate",  # 023
    "japanese_side": "This statement had given the Japanese side great courage.",  # 034
    "foreign_side": "participants on the Chinese side: Ling Jihua",  # 060
    "person_title_first": "held a meeting with Secretary of State Hillary Clinton for approximately an hour",  # 005
    "person_title_comma_name": "Minister for Foreign Affairs, Nobutaka Machimura, held a meeting",  # 2005 meeting
    "person_honorific_first": "H.E. Mr. Emmanuel Macron, President of the French Republic",  # 008
    "person_name_comma_title": "Shinzo Abe, Prime Minister of Japan, held a working lunch",  # 2017 summit
    "attendees_label": "(other attendees include Mr. John Victor Roos, U.S. Ambassador to Japan",  # 013
    "attended_by": "The meeting was attended by Mr. Chiaki Takahashi",  # 044
    # time
    "date_line_month_first": "November, 11, 2009",  # 005
    "date_line_day_first": "18 February 2002",  # 061 (issue)
    "date_line_month_year": "October 2003",  # mofa.go.jp/region/asia-paci/asean/pmv0310/china.html
    "date_month_first": "On April 7 (Wed)",  # issue
    "date_day_first": "On 1 August from 12:40 to 13:05",  # 062
    "clock_colon": "commencing at 8:20 a.m. (local time)",  # issue
    "clock_dot": "6.15p.m. (local time, on October 10, 9.45p.m.)",  # issue
    "clock_hour": "commencing at 2 p.m. for approximately 40 minutes",  # 020
    "clock_noon": "On September 22 at 12 noon, Mr. Junichiro Koizumi, Prime Minister of Japan",  # mofa 2005/9/0922
    "duration_half_hour": "for approximately half an hour",  # 024
    "duration_hours": "an hour and 40 minutes",  # issue
    "duration_minutes": "seventy minutes",  # issue
    "zone_japan": "(local time: February 22, 5:00 a.m. JST)",  # 046
    "zone_local": "commencing at 8:20 a.m. (local time)",  # issue
    "zone_named": "4:30 P.M. EST",  # issue
    # the opening, formats, levels
    "outline_as_follows": "The overview of the meeting is as follows.",  # 008
    "outline_following": "The following is an overview of the meeting.",  # 031
    "outline_follows": "A summary of the meeting follows:",  # 044
    "event_held": "held a Foreign Ministers’ Meeting with Senator the Hon Marise Payne",  # 027
    "event_courtesy": "paid a courtesy call on Minister for Foreign Affairs Fumio Kishida",  # 011
    "event_was_held": "a Japan-Russia Foreign Ministers Meeting was held between",  # 062
    "event_met": "Foreign Minister Fumio Kishida Meets Saudi Arabian Foreign Minister Adel Ahmad Al-Jubeir",  # 039
    "event_phone": "President of the Republic of Korea, talked over the telephone for about 10 minutes",  # mofa 2005/9/0922
    "event_gave_call": "Minister for Foreign Affairs Hirofumi Nakasone gave a telephone call to Minister",  # 2009 call
    "event_meal": "attended a dinner hosted by the Hon. Julie Bishop MP",  # 025
    "video_talks": "held a Japan-U.S.-ROK Foreign Ministers’ Video Conference Meeting",  # 2023 meeting
    "telephone_talks": "held a summit telephone talk with H.E. Mr. Emmanuel Macron",  # 008
    "dinner_talks": "also had a great time over dinner",  # 2017 working lunch
    "lunch_talks": "held a Foreign Ministers’ Meeting over lunch",  # 2020 press conference
    "dinner": "After that, a dinner hosted by Prime Minister Ishiba was held.",  # 022
    "lunch": "followed by a working lunch for approximately 1 hour",  # 016
    "courtesy_call": "paid a courtesy call on H.E. Mr. Woo Won-shik",  # 020
    "brief_talk": "had a brief informal talk with the Honorable Joseph R. Biden, Jr.",  # 2024 informal talks
    "talks": "held a meeting with Secretary of State Hillary Clinton",  # 005
    "title_video": "Japan-U.S.-ROK Foreign Ministers’ Video Conference Meeting",  # 2023 meeting
    "title_telephone": "Japan-France Summit Telephone Talk",  # 008
    "title_lunch": "Japan-Viet Nam Foreign Ministers’ Meeting and Working Lunch",  # 016
    "title_courtesy": "Former Prisoners of War (POWs) from the United States Pay Courtesy Call",  # 011
    "title_brief": "Japan-U.S. Informal Talks (Summary)",  # 2024 informal talks
    "title_talks": "Japan-Chile Foreign Ministers' Meeting",  # 043
    "level_parliamentary_senior_vice": "Parliamentary Senior Vice-Minister for Foreign Affairs",  # 059
    "level_parliamentary_vice": "Parliamentary Vice-Minister for Foreign Affairs",  # GOLD.md, MOFA's title
    "level_state_minister": "State Minister for Foreign Affairs",  # GOLD.md, MOFA's title
    "level_officials": "Vice Minister for Foreign Affairs of Japan",  # 019
    "level_deputy_prime_minister": "Yorihisa Matsuno, Deputy Chief Cabinet Secretary",  # 060
    "level_summit": "Prime Minister of Japan",  # 008
    "level_foreign_minister": "Minister for Foreign Affairs",  # 011
    "level_minister": "Minister of Economy, Trade and Industry Ohata",  # 2010 summit
    "kind_summit": "Japan-Brazil Summit Meeting",  # 021
    "kind_foreign_ministers": "Japan-Russia Foreign Ministers' Telephone Talks",  # 032
    # lines and structure
    "site_label": "Press Releases",  # 011
    "end_mark": "(END)",  # 011
    "breadcrumb": "Home >  News >  Press Conference by the Chief Cabinet Secretary >  March 2018",  # Kantei 2018
    "footer_back": "Back to Press Releases",  # 011
    "archives": "Archives (Archived entries for the 98th through 100th prime ministers)",  # 008
    "translation_note": "(* The foregoing is a provisional translation. The date indicated above denotes the date"
    " of issue of the original press release in Japanese.)",  # 011
    "table_debris": "![]() |",  # 043
    "pdf_link": "Open a New Window",  # issue
    "photo_credit": "(Photo: Cabinet Public Relations Office)",  # 024
    "photo_caption_line": "(Photo) Japan-Mexico Foreign Ministers’ Meeting",  # 046
    "un_page_label": "Japan and the United Nations",  # mofa.go.jp/fp/unp_a/shin4e_000041.html
    "region_label": "Oceania",  # 068
    "country_page_label": "Japan-Australia Relations",  # 024
    "pdf_new_window": "between Japan and Viet Nam (PDF).",  # 016
    "paren_agenda": "(Agenda 1)",  # issue
    "paren_digit": "(1)The two ministers agreed that they would continue",  # 031
    "paren_latin": "(a)",  # issue
    "paren_roman": "(i) Promotion of Investment and Trade",  # 2015 summit
    "digit_dot": "1. Opening Remarks",  # 005
    "digit_paren": "1) assistance for the stability in Afghanistan and Pakistan",  # 2009 call
    "latin_paren": "A) The two Ministers confirmed that the two countries would continue",  # press6e_000438
    "document_joint_press_statement": "issued the Japan-Australia Joint Press Statement",
    "document_joint_statement": "the two leaders issued the Japan-Fiji Joint Statement",
    "document_exchange_of_notes": "the signing of the Exchange of Notes on the grant aid",
    "document_memorandum": "signed the Memorandum of Cooperation in the field of energy",
    "document_action_plan": "adopted the Japan-India Action Plan",
    "document_agreement": "the Agreement on Reciprocal Access was signed",
    "digit_space": "1 General remarks",  # 025
    "bullet": "• (1)",  # issue
}

# Tables applied to whole lines; the others are searched for inside a line.
LINE_TABLES = {"NOISE_LINE_RULES", "HEAD_NOISE_RULES", "DATE_LINE_RULES"}
ANCHORED_TABLES = {"MARKER_RULES", "MEET_RULES"}


def _tables() -> list[tuple[str, tuple[Rule[object], ...]]]:
    found = []
    for name in dir(en):
        value = getattr(en, name)
        if isinstance(value, tuple) and value and all(isinstance(rule, Rule) for rule in value):
            found.append((name, value))
    return found


RULES = [(table, rule) for table, rules in _tables() for rule in rules]


@pytest.mark.parametrize(("table", "rule"), RULES, ids=[rule.name for _, rule in RULES])
def test_rule_matches_its_example(table, rule):
    """The rule's example line, quoted from a real release, matches it."""
    assert rule.name in EXAMPLES, f"{table}.{rule.name} has no example"
    example = EXAMPLES[rule.name]
    if table in LINE_TABLES:
        assert rule.pattern.fullmatch(example), example
    elif table in ANCHORED_TABLES:
        assert rule.pattern.match(example), example
    else:
        assert rule.pattern.search(example), example


def test_every_example_names_a_rule():
    """No example is left over from a rule that was removed."""
    names = {rule.name for _, rule in RULES}
    assert set(EXAMPLES) <= names


def test_rule_names_are_unique_across_tables():
    """A rule's name says which rule it is, whatever its table."""
    names = [rule.name for _, rule in RULES]
    assert len(names) == len(set(names))

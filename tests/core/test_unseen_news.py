"""Shapes of unseen English news: places the model calls a people, names after a possessive."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from reader.core.language.detection import finalize_mentions
from tests.core.ruler_actors import actors_of, table


def test_a_country_or_state_the_model_calls_a_people_is_a_place() -> None:
    # "Philippines" and "Maharashtra" name lands, not peoples, though "Philippines" looks
    # like the plural of "Philippine"; "Filipinos" stays a people.
    text = (
        "MANILA, Philippines - The storm left the Philippines. Filipinos fled. "
        "The Philippine embassy helped. Voting in two parts of Maharashtra went on."
    )
    got = table(
        actors_of(
            text,
            ("GPE", "MANILA"),
            ("NORP", "Philippines"),
            ("NORP", "Filipinos"),
            ("NORP", "Philippine"),
            ("NORP", "Maharashtra"),
        )
    )
    assert ("Philippines", "GPE", ("Philippines", "Philippines")) in got
    assert ("Maharashtra", "GPE", ("Maharashtra",)) in got
    assert ("Filipinos", "NORP", ("Filipinos",)) in got


def test_a_name_after_a_possessive_recurs_there_too() -> None:
    # "Musk's SpaceX": the possessive ends another name, so the name found once is found
    # there too; "Internet Explorer" still hides "Explorer".
    text = (
        "SpaceX has launched it. Explorer fell. "
        "It flew on Elon Musk's SpaceX and Internet Explorer."
    )
    raw = [(0, 6, "ORG"), (24, 32, "PRODUCT"), (50, 59, "PERSON")]
    found = {(m.text, m.start) for m in finalize_mentions(text, raw)}
    assert ("SpaceX", text.rindex("SpaceX")) in found
    assert ("Explorer", text.rindex("Explorer")) not in found


def test_an_office_of_or_for_something_is_a_title_not_a_name() -> None:
    # Capitalised offices the model passed over: "Minister of State for Foreign Affairs",
    # "Leader of the Opposition", "Special Adviser"; the bank and the prince stay names.
    text = (
        "He went with the Minister of State for Foreign Affairs, Ambassador Zubairu Dada, "
        "and the Special Adviser to the President, Senator Babafemi Ojudu. "
        "Charges came from the Leader of the Opposition in parliament and the "
        "Union Minister for Food on Monday. The Governor of the Bank of England met the "
        "Prince of Wales at noon."
    )
    got = {
        name
        for name, _, _ in table(
            actors_of(text, ("PERSON", "Zubairu Dada"), ("PERSON", "Babafemi Ojudu"))
        )
    }
    assert got == {"Zubairu Dada", "Babafemi Ojudu", "Bank of England", "Prince of Wales"}


def test_a_sheriffs_a_speakers_or_an_mps_title_is_no_part_of_the_name() -> None:
    text = (
        "Sheriff Bill Hollenbeck said so. Later Hollenbeck left. The former Lok Sabha "
        "Speaker Balaram Jakhar had ruled. Labour MPs Stephen Byers and Geoff Hoon deny it. "
        "Mr Byers spoke. Commissioner Jane Doe agreed."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Sheriff Bill Hollenbeck"),
            ("PERSON", "Hollenbeck"),
            ("PERSON", "Speaker Balaram Jakhar"),
            ("PERSON", "MPs Stephen Byers"),
            ("PERSON", "Geoff Hoon"),
            ("PERSON", "Mr Byers"),
            ("PERSON", "Commissioner Jane Doe"),
        )
    )
    names = {name for name, _, _ in got}
    assert {"Bill Hollenbeck", "Balaram Jakhar", "Stephen Byers", "Jane Doe"} <= names
    assert not [name for name in names if name.split()[0] in ("Sheriff", "Speaker", "MPs")]


def test_two_names_glued_by_and_or_or_split_when_one_is_named_alone() -> None:
    # The model glued a pair; the text names one side alone, so the other is a name too.
    # A pair neither side of which stands alone stays ("Procter and Gamble"), and so do a
    # country's and a body's own "and" ("Bosnia and Herzegovina", "Health and Human
    # Services").
    text = (
        "Raila Odinga lost. The dynasties of Kenyatta and Odinga. Meta bought it. "
        "Firms like Google, Meta or Uber grew. Procter and Gamble sold soap. "
        "Bosnia played Bosnia and Herzegovina. The Department of Health met. "
        "The Department of Health and Human Services paid."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Raila Odinga"),
            ("PERSON", "Kenyatta and Odinga"),
            ("ORG", "Meta"),
            ("ORG", "Google"),
            ("ORG", "Meta or Uber"),
            ("ORG", "Procter and Gamble"),
            ("GPE", "Bosnia"),
            ("GPE", "Bosnia and Herzegovina"),
            ("ORG", "Department of Health"),
            ("ORG", "Department of Health and Human Services"),
        )
    )
    names = {name for name, _, _ in got}
    assert ("Raila Odinga", "PERSON", ("Raila Odinga", "Odinga")) in got
    assert {"Kenyatta", "Uber", "Procter and Gamble", "Bosnia and Herzegovina"} <= names
    assert "Department of Health and Human Services" in names
    assert not [name for name in names if " or " in name or name == "Kenyatta and Odinga"]


def test_a_news_agency_in_a_datelines_bracket_is_a_body() -> None:
    text = (
        "TOKYO (AFP) - The death toll rose to six, AFP reported.\n\n"
        "Bengaluru, Aug 7 (IANS) Responding to charges, he spoke.\n\n"
        "Hamlet (aside): I know it."
    )
    got = table(actors_of(text, ("GPE", "TOKYO"), ("GPE", "Bengaluru")))
    assert ("AFP", "ORG", ("AFP", "AFP")) in got
    assert ("IANS", "ORG", ("IANS",)) in got
    assert not [name for name, _, _ in got if name in ("Hamlet", "aside")]


def test_the_names_of_a_byline_are_people() -> None:
    text = (
        "Floods follow fires\n\nBy Lewis Jackson and Alasdair Pal\n\n"
        "SYDNEY (Reuters) - Residents fled.\n\nBy the river they waited."
    )
    got = table(actors_of(text, ("PERSON", "Lewis Jackson"), ("ORG", "Reuters")))
    assert ("Alasdair Pal", "PERSON", ("Alasdair Pal",)) in got
    assert ("Lewis Jackson", "PERSON", ("Lewis Jackson",)) in got


def test_an_office_the_model_calls_a_body_is_no_name_but_the_body_it_serves_is() -> None:
    text = (
        "Edward Kallon, the Humanitarian Coordinator for Nigeria, spoke. Dr. Stanley Hazen, "
        "Chair of Cardiovascular Sciences at the clinic, agreed. The Governor of the Bank of "
        "Canada was there, and so was the Minister of Information and National Orientation."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Edward Kallon"),
            ("ORG", "the Humanitarian Coordinator for Nigeria"),
            ("PERSON", "Stanley Hazen"),
            ("ORG", "Chair of Cardiovascular Sciences"),
            ("ORG", "The Governor of the Bank of Canada"),
            ("ORG", "Minister of Information"),
        )
    )
    names = {name for name, _, _ in got}
    assert names == {"Edward Kallon", "Nigeria", "Stanley Hazen", "Bank of Canada"}
    assert ("Nigeria", "GPE", ("Nigeria",)) in got


def test_a_weekday_after_an_article_belongs_to_the_name() -> None:
    # "The Sunday Times" is a paper; "On Sunday Parliament voted" is a day and a body.
    text = "The Sunday Times reported it. On Sunday Parliament voted."
    got = table(actors_of(text, ("ORG", "The Sunday Times"), ("ORG", "Sunday Parliament")))
    assert {name for name, _, _ in got} == {"Sunday Times", "Parliament"}


def test_khan_shah_and_sheikh_end_a_name_as_surnames() -> None:
    # South Asian surnames that are titles elsewhere ("Sheikh Hasina", "the Shah").
    text = (
        "PTI chief Imran Khan and secretary general Jahangir Khan Tareen were heard. "
        "Mr Khan spoke. Home Minister Amit Shah came, with counsel Mohammad Akram Sheikh. "
        "Sheikh Hasina stayed."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Imran Khan"),
            ("PERSON", "Jahangir Khan Tareen"),
            ("PERSON", "Amit Shah"),
            ("PERSON", "Mohammad Akram Sheikh"),
            ("PERSON", "Sheikh Hasina"),
        )
    )
    names = {name for name, _, _ in got}
    assert {"Imran Khan", "Jahangir Khan Tareen", "Amit Shah", "Mohammad Akram Sheikh"} <= names
    assert ("Imran Khan", "PERSON", ("Imran Khan", "Khan")) in got
    assert "Hasina" in names


def test_a_portfolio_before_a_title_is_no_body() -> None:
    # "International Development Secretary", "Consumer Affairs Minister": the portfolio
    # modifies the title; the person's name starts after it.
    text = (
        "Mr Mitchell, who was International Development Secretary, spoke. "
        "Consumer Affairs Minister Pralhad Joshi said no."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "International Development"),
            ("PERSON", "Mitchell"),
            ("PERSON", "Affairs Minister Pralhad Joshi"),
        )
    )
    assert {name for name, _, _ in got} == {"Mitchell", "Pralhad Joshi"}


def test_a_headline_span_holding_names_the_story_uses_is_cut_to_them() -> None:
    # The model reads a Title Case headline as one name; the story names its parts alone.
    text = (
        "Meta's Victory Opens the Way for Silicon Valley to Go Deal Shopping\n\n"
        "Burnley 0 Manchester United 0\n\n"
        "Bank of England Holds Rates\n\n"
        "In Silicon Valley, Meta won. Burnley drew with Manchester United. "
        "England waited."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Meta's Victory Opens the Way for Silicon Valley"),
            ("ORG", "Burnley 0"),
            ("ORG", "Manchester United 0"),
            ("ORG", "Bank of England"),
            ("LOC", "Silicon Valley"),
            ("ORG", "Meta"),
            ("ORG", "Burnley"),
            ("ORG", "Manchester United"),
            ("GPE", "England"),
        )
    )
    names = {name for name, _, _ in got}
    assert names == {
        "Meta",
        "Silicon Valley",
        "Burnley",
        "Manchester United",
        "Bank of England",
        "England",
    }
    assert ("Meta", "ORG", ("Meta", "Meta")) in got


def test_a_storm_is_an_event_and_its_name_alone_is_the_storm() -> None:
    text = (
        "Typhoon Koppu weakens. Koppu made landfall near Casiguran. Hurricane Maria hit. "
        "Maria left. Storm Ciarán came. The forecaster Tropical Storm Risk said so."
    )
    got = table(
        actors_of(
            text,
            ("EVENT", "Typhoon Koppu"),
            ("GPE", "Koppu"),
            ("GPE", "Casiguran"),
            ("ORG", "Hurricane Maria"),
            ("PERSON", "Maria"),
            ("ORG", "Storm Ciarán"),
            ("ORG", "Tropical Storm Risk"),
        )
    )
    assert ("Typhoon Koppu", "EVENT", ("Typhoon Koppu", "Koppu")) in got
    assert ("Hurricane Maria", "EVENT", ("Hurricane Maria", "Maria")) in got
    assert ("Storm Ciarán", "EVENT", ("Storm Ciarán",)) in got
    assert ("Casiguran", "GPE", ("Casiguran",)) in got
    assert ("Tropical Storm Risk", "ORG", ("Tropical Storm Risk",)) in got


def test_a_place_named_with_a_possessive_is_no_glued_headline() -> None:
    # "St. John’s Wood" on a line of capitals is one place, though "John" is somebody too.
    text = (
        "“And his address?” he asked.\n\n“Is Briony Lodge, Serpentine Avenue, St. John’s Wood.”"
        "\n\nJohn, the coachman, watched the house. John came back."
    )
    actors = actors_of(
        text,
        ("FAC", "Briony Lodge"),
        ("FAC", "Serpentine Avenue"),
        ("GPE", "St. John’s Wood"),
        ("PERSON", "John"),
    )
    assert ("St. John’s Wood", "GPE", ("St. John’s Wood",)) in table(actors)


def test_a_word_of_direction_that_names_a_province_somewhere_stays_a_people() -> None:
    # Zambia has a "Southern" province and Nigeria "Western" regions: the words stay adjectives.
    text = (
        "Others were of a date during the reconstruction of the Southern states, and were "
        "mostly concerned with politics. The society was formed in the Southern states "
        "after the Civil War. Western leaders met."
    )
    got = table(actors_of(text, ("NORP", "Southern"), ("EVENT", "Civil War"), ("NORP", "Western")))
    assert ("Southern", "NORP", ("Southern", "Southern")) in got
    assert ("Western", "NORP", ("Western",)) in got


def test_a_surname_alone_is_the_person_a_title_shows_its_full_name_to_be() -> None:
    # The model calls "Olaf Scholz" a body and "Scholz's" a place; the title shows the full
    # name a person's, and the surname alone, never a place's, is his. "Washington" that
    # troops march in stays a place beside "George Washington".
    text = (
        "Chancellor-designate Olaf Scholz praised the teamwork. Scholz's party won. "
        "President George Washington spoke. Troops marched in Washington."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Olaf Scholz"),
            ("GPE", "Scholz"),
            ("ORG", "George Washington"),
            ("GPE", "Washington"),
        )
    )
    assert ("Olaf Scholz", "PERSON", ("Olaf Scholz", "Scholz")) in got
    assert ("Washington", "GPE", ("Washington",)) in got


def test_a_club_boss_a_forward_or_an_advocate_is_a_person() -> None:
    # "City boss Guardiola", "England forward Sterling", "advocate Thuli Madonsela":
    # callings only people follow, so the names the model calls bodies are people's.
    text = (
        "City boss Guardiola said it was good. England forward Sterling scored. "
        "Guardiola said: 'No.' The advocate Thuli Madonsela agreed."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Guardiola"),
            ("ORG", "Sterling"),
            ("ORG", "City"),
            ("FAC", "Thuli Madonsela"),
        )
    )
    assert ("Guardiola", "PERSON", ("Guardiola", "Guardiola")) in got
    assert ("Sterling", "PERSON", ("Sterling",)) in got
    assert ("Thuli Madonsela", "PERSON", ("Thuli Madonsela",)) in got


def test_a_foreign_given_name_the_model_calls_a_body_still_makes_a_full_name() -> None:
    # The model calls "Novak Djokovic" and "Novak" alone bodies; "Djokovic" alone is a
    # person throughout, so the full name is his, and "Novak" with it.
    text = (
        "Novak Djokovic is the champion. Djokovic won. Djokovic smiled. Djokovic said so. "
        "Nadal praised Novak for his season and said Novak was the best."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Novak Djokovic"),
            ("PERSON", "Djokovic"),
            ("PERSON", "Nadal"),
            ("ORG", "Novak"),
        )
    )
    djokovic = next(mentions for name, _, mentions in got if name == "Novak Djokovic")
    assert sorted(djokovic) == sorted(["Novak Djokovic"] + ["Djokovic"] * 3 + ["Novak"] * 2)


def test_a_rank_the_cues_call_a_person_gives_no_name_to_its_words() -> None:
    # "Field Marshal" smiles and is said to speak, so it is somebody, but "Field" of "a
    # nocturne by Field" (the composer) is not the rank's bearer.
    text = (
        "He wrote to Field Marshal Kutuzov. Field Marshal smiled, said Field Marshal, and "
        'Field Marshal nodded. "Play my nocturne by Field," came the voice.'
    )
    got = table(actors_of(text, ("ORG", "Field Marshal"), ("PERSON", "Kutuzov"), ("GPE", "Field")))
    assert ("Field", "GPE", ("Field",)) in got

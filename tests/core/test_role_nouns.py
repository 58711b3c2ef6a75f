"""A person's calling before a name ("goalkeeper Lara", "spokesman Ty Trippet") makes it a person.

Each text marks the model's spans as ``[Name]{LABEL}`` (see ``test_whole_text_kinds``).
"""

from __future__ import annotations

from tests.core.test_whole_text_kinds import kinds


def test_a_name_after_a_persons_calling_in_lower_case_is_a_person() -> None:
    # No town or company is a "goalkeeper" or a "teacher". A body's calling ("the firm
    # Vocus", "asset manager Vanguard") and a calling in capitals (a heading) decide nothing.
    text = (
        "The shot was saved by goalkeeper [Lara]{PRODUCT}. Kerala goalkeeper [Albino "
        "Gomes]{GPE} had no chance. The school's teacher [Fatima Navarro]{ORG} spoke. "
        "Said rescue worker [Manuel Guzman]{ORG}: it was sad. The cloud software firm "
        "[Vocus]{ORG} owns it; asset manager [Vanguard]{ORG} sold. He played for "
        "[Kerala]{GPE}."
    )
    assert kinds(text) == {
        "Lara": "PERSON",
        "Albino Gomes": "PERSON",
        "Fatima Navarro": "PERSON",
        "Manuel Guzman": "PERSON",
        "Vocus": "ORG",
        "Vanguard": "ORG",
        "Kerala": "GPE",
    }


def test_a_scholars_or_an_editors_calling_before_a_name_is_a_persons() -> None:
    # "the journal's editor-in-chief Holden Thorp", "MIT postdoc Dazhi Liu".
    text = (
        "The journal's editor-in-chief [Holden Thorp]{ORG} wrote it. MIT postdoc [Dazhi "
        "Liu]{ORG} and physicist [Boris Khaykovich]{GPE} agreed; study co-author [Ariel "
        "Anbar]{ORG} did not."
    )
    assert kinds(text) == {
        "Holden Thorp": "PERSON",
        "Dazhi Liu": "PERSON",
        "Boris Khaykovich": "PERSON",
        "Ariel Anbar": "PERSON",
    }


def test_a_coach_or_a_captain_in_lower_case_and_a_murder_of_make_a_person() -> None:
    # "under new coach Justin Langer"; "the murder of Philip Wise, who was killed". A
    # browser dies too: "the death of" is no person's cue.
    text = (
        "[Australia]{GPE} played under new coach [Justin Langer]{ORG}, with vice-captain [Tim "
        "Paine]{GPE}. He is charged with the murder of [Philip Wise]{ORG}, who was "
        "killed outside. The fall of [Rome]{GPE} came later, and the death of [Internet "
        "Explorer 6]{PRODUCT}, which was old."
    )
    assert kinds(text) == {
        "Australia": "GPE",
        "Justin Langer": "PERSON",
        "Tim Paine": "PERSON",
        "Philip Wise": "PERSON",
        "Rome": "GPE",
        "Internet Explorer 6": "PRODUCT",
    }


def test_a_calling_set_off_after_a_name_is_a_persons_too() -> None:
    # "Enrique Conrado Rebsamen Egloff, a 19th-century school reformer"; a town that is "a
    # city of writers" is no writer, and a new clause's subject ("the doctor said") or the
    # next item of a list after the object of a preposition ("of Scotland Yard, a
    # plain-clothes man") no apposition.
    text = (
        "The school is named for [Enrique Rebsamen Egloff]{ORG}, a 19th-century school "
        "reformer. [Daisy de Beltran]{ORG}, an administrator at the hospital, spoke. "
        "[Paris]{GPE}, a city of writers, slept. “Go to [London]{GPE}, the doctor said.” "
        "He left [Rome]{GPE}, a man looked on. The waves of the [Enns]{LOC}, an officer, "
        "a priest. It was [Lestrade]{PERSON}, of [Scotland Yard]{ORG}, a plain-clothes man."
    )
    assert kinds(text) == {
        "Enrique Rebsamen Egloff": "PERSON",
        "Daisy de Beltran": "PERSON",
        "Paris": "GPE",
        "London": "GPE",
        "Rome": "GPE",
        "Enns": "LOC",
        "Lestrade": "PERSON",
        "Scotland Yard": "ORG",
    }

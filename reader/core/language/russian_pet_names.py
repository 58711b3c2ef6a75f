"""Russian pet names and the given names they shorten: "Natásha" is a "Natalie".

English translations of Russian novels call their people by pet names ("Natásha",
"Pétya", "Sónya", "Kólya") and now and then by the given name, in Russian, English or
French dress ("Natalya", "Natalie"; "Pyotr", "Peter"; "Sophie"). The English ``nicknames``
table knows none of them, so this small table (common knowledge of Russian naming, not
read off any one book) does; :mod:`reader.core.actors.pet_names` joins them under the
same care as English pet names (one bearer only, three uses, no clash of sex or title).

Spellings are compared without accents: translators mark stress ("Natásha", "Pétya") or
not. Every entry is a pet form, never a second full name, so no length test is needed
("Natásha" and "Natalie" are as long as each other).
"""

from __future__ import annotations

import functools

from reader.core.text.normal import without_accents

# Pet form -> the given names it shortens (transliterated, English and French forms).
_PET_FORMS: dict[str, tuple[str, ...]] = {
    "natasha": ("natalya", "natalia", "nataliya", "natalie", "nathalie"),
    "petya": ("pyotr", "petr", "peter", "pierre"),
    "sonya": ("sofya", "sofia", "sophia", "sophie"),
    "sasha": ("alexander", "aleksandr", "alexandr", "alexandra", "aleksandra"),
    "masha": ("marya", "maria", "mariya", "marie", "mary"),
    "katya": ("ekaterina", "yekaterina", "katerina", "catherine"),
    "katenka": ("ekaterina", "yekaterina", "katerina", "catherine"),
    "kolya": ("nikolai", "nikolay", "nicholas", "nicolas"),
    "nikolenka": ("nikolai", "nikolay", "nicholas", "nicolas"),
    "misha": ("mikhail", "michael"),
    "vanya": ("ivan",),
    "volodya": ("vladimir",),
    "dunya": ("avdotya", "eudoxia"),
    "dunyasha": ("avdotya", "eudoxia"),
    "pasha": ("pavel", "paul"),
    "grisha": ("grigory", "grigori", "gregory"),
    "seryozha": ("sergei", "sergey"),
    "alyosha": ("alexei", "alexey", "aleksei", "aleksey"),
    "mitya": ("dmitri", "dmitry", "dmitriy"),
    "mitenka": ("dmitri", "dmitry", "dmitriy"),
    "fedya": ("fyodor", "fedor", "theodore"),
    "tanya": ("tatyana", "tatiana"),
    "nadya": ("nadezhda",),
    "olya": ("olga",),
    "anya": ("anna",),
    "annushka": ("anna",),
    "borya": ("boris",),
    "andryusha": ("andrei", "andrey", "andrew"),
    "yasha": ("yakov", "jacob"),
    "lyova": ("lev", "leo"),
    "lyuba": ("lyubov",),
    "zhenya": ("evgeny", "yevgeny", "eugene", "evgenia", "eugenia"),
    "styopa": ("stepan", "stephen"),
    "vasya": ("vasili", "vasily", "vasiliy"),
    "varya": ("varvara", "barbara"),
    "lisa": ("elizaveta", "elizabeth"),
    "liza": ("elizaveta", "elizabeth"),
}


@functools.cache
def russian_given_names(pet_name: str) -> frozenset[str]:
    """The given names the folded ``pet_name`` shortens, if it is a Russian pet name.

    The names come back unaccented; a key's first word is compared with them unaccented.
    """
    return frozenset(_PET_FORMS.get(without_accents(pet_name), ()))

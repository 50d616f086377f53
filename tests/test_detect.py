"""Language recognition: the detector, the sample it reads, and how a pipeline uses it."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import ConfigError, LanguagePack, Pipeline
from newsclean.detect import SAMPLE_CHARS, _dominant, detect_language, language_sample
from newsclean.normalize import split_blocks

from .helpers import CLOSING, MIDDLE, OPENING, text_of

PARAGRAPHS = {
    "en": OPENING,
    "de": "Der Stadtrat hat am Dienstagabend beschlossen, die Bibliothek in der Mühlgasse "
    "mindestens drei weitere Jahre offen zu halten, und damit seine Entscheidung vom Frühjahr "
    "rückgängig gemacht.",
    "fr": "Le conseil municipal a voté mardi soir le maintien de la bibliothèque de la rue du "
    "Moulin pendant au moins trois ans, revenant sur la décision prise au printemps.",
    "es": "El ayuntamiento aprobó el martes por la noche mantener abierta la biblioteca de la "
    "calle del Molino durante al menos tres años más, revocando la decisión de la primavera.",
    "it": "Il consiglio comunale ha votato martedì sera per tenere aperta la biblioteca di via "
    "del Mulino per almeno altri tre anni, ribaltando la decisione presa in primavera.",
    "pt": "A câmara municipal aprovou na terça-feira à noite manter a biblioteca da rua do Moinho "
    "aberta por pelo menos mais três anos, revertendo a decisão tomada na primavera.",
    "ru": "Городской совет во вторник вечером проголосовал за то, чтобы библиотека на Мельничной "
    "улице оставалась открытой ещё как минимум три года.",
}


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_a_paragraph_is_recognised(code):
    assert detect_language(PARAGRAPHS[code]) == code


@pytest.mark.parametrize(
    "text", ["", "12:30", "AA0AC0AD", "Foto: dpa", "🙂" * 50, "x" * 5000, "\x00\x01 \ud800 \ufffe"]
)
def test_too_little_language_gives_none_and_never_raises(text):
    assert detect_language(text) is None


def test_the_sample_prefers_prose_and_is_bounded():
    blocks = split_blocks(text_of("Menu", "Share", *[OPENING] * 200, "Home"))
    sample = language_sample(blocks)
    assert len(sample) <= SAMPLE_CHARS + 1
    assert sample.startswith(OPENING)
    assert "Menu" not in sample


def test_the_sample_of_short_lines_only_uses_them():
    assert language_sample(split_blocks("Menu\nHome\nShare")) == "Menu\nHome\nShare"


def test_the_pipeline_reports_the_recognised_language():
    article = newsclean.clean(text_of(OPENING, MIDDLE, CLOSING))
    assert article.language == "en"
    assert article.warnings == ()


def test_a_language_without_a_pack_gets_the_common_rules_and_a_warning():
    text = text_of(PARAGRAPHS["ru"], "Read more", "© 2021 Kellsbury Echo", "Share on Facebook")
    article = newsclean.clean(text)
    assert article.language == "ru"
    assert article.body == (PARAGRAPHS["ru"], "Read more")  # "Read more" is English rules' job
    assert [r.reason for r in article.removed] == ["copyright_notice", "share_prompt"]
    assert article.warnings == (
        "no rule pack for language 'ru': only language-independent rules were applied",
    )


def test_text_too_short_to_tell_gets_the_english_rules_and_says_so():
    article = newsclean.clean("Read more\n\nThe ferry was late.")
    assert article.language is None
    assert article.body == ("The ferry was late.",)
    assert article.warnings == ("language not recognised; 'en' rules were applied",)


def test_empty_input_names_no_language():
    article = newsclean.clean("")
    assert article.language is None
    assert article.warnings == ("empty input: no text to clean",)


def test_a_given_language_skips_detection():
    text = text_of(PARAGRAPHS["ru"], "Read more")
    article = newsclean.clean(text, language="en")
    assert article.language == "en"
    assert article.body == (PARAGRAPHS["ru"],)
    assert article.warnings == ()
    assert Pipeline.default(language="en").clean(text) == article


def test_a_language_without_a_pack_cannot_be_forced_by_code():
    with pytest.raises(ConfigError, match=r"no rule pack for language 'ru'.*fallback"):
        newsclean.clean("text", language="ru")


def test_a_fallback_pack_can_be_given_explicitly():
    pipeline = Pipeline.default(pack=LanguagePack.fallback("ru"))
    assert pipeline.language == "ru"
    article = pipeline.clean(text_of(OPENING, "Read more", "© 2021 Kellsbury Echo"))
    assert article.language == "ru"
    assert article.body == (OPENING, "Read more")
    assert not pipeline.rules.has_rules
    assert LanguagePack.load("en").has_rules


def test_auto_round_trips_through_the_config():
    pipeline = Pipeline.default()
    assert pipeline.language == "auto"
    assert Pipeline.from_config(pipeline.to_config()) == pipeline
    assert Pipeline.from_config({"language": "en"}).language == "en"


@pytest.mark.parametrize("language", [5, None, ["en"]])
def test_language_must_be_a_code(language):
    with pytest.raises(ConfigError, match="language must be"):
        Pipeline.default(language=language)


def test_shipped_languages_lists_the_packs_but_not_the_common_data():
    shipped = newsclean.shipped_languages()
    assert "en" in shipped
    assert "common" not in shipped


ESPORTS = (
    "Turia Esports remonta ante Ibérica Fenix y se proclama campeón de la Liga Nexus de "
    "Valorant. El conjunto valenciano, que perdía 0-2 en la final, firma la primera remontada "
    "de la historia del torneo y se clasifica para el Challengers europeo. Los jugadores "
    "celebraron el título con su afición en el Palau, donde el streaming superó los 40.000 "
    "espectadores y el MVP fue para el capitán del equipo, que jugó con una mano vendada. "
    "El entrenador explicó que el equipo cambió de estrategia en el descanso y que la clave "
    "fue recuperar la confianza en las rondas de pistola."
)


def test_a_text_with_foreign_names_is_still_recognised():
    # CLD2 calls it unreliable (team names, English loanwords), but Spanish has most of it.
    assert detect_language(ESPORTS) == "es"


@pytest.mark.parametrize(
    ("details", "found", "taken"),
    [
        ((("SPANISH", "es", 77, 466.0), ("Unknown", "un", 0, 0.0)), 967, True),
        ((("SPANISH", "es", 55, 466.0), ("ENGLISH", "en", 40, 300.0)), 967, False),  # a mix
        ((("SPANISH", "es", 72, 466.0), ("ENGLISH", "en", 28, 300.0)), 967, False),  # close
        ((("SPANISH", "es", 90, 466.0), ("Unknown", "un", 0, 0.0)), 120, False),  # too little
    ],
)
def test_an_unreliable_verdict_is_taken_only_when_one_language_dominates(details, found, taken):
    assert _dominant(details, found) is taken

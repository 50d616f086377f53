"""The shortcuts of the press, legal and navigation filters give what the plain rules give: the
press filter looks only at blocks holding a key of its heading tables (and an "About" heading only
where the table's runs are), the legal filter only at blocks holding a key that one of its kinds
needs, and a navigation row is looked for with three ``in`` tests instead of a pattern; each is
compared with the rule it stands for."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.document import Decision, Document
from newsclean.filters import legal, navigation, press
from newsclean.filters._parts import SEPARATOR_MARKS
from newsclean.filters.base import Filter
from newsclean.language import LanguagePack, shipped_languages
from newsclean.normalize import split_blocks

from .generators import TOKENS
from .test_literals import LINES  # the corpus's lines

LANGUAGES = shipped_languages()


@given(st.text(st.sampled_from([*SEPARATOR_MARKS, "a", " ", "/", "-", "¦", "‧", "∙"]), max_size=12))
def test_the_navigation_mark_test_is_the_pattern(text: str) -> None:
    marks = regex.compile(f"[{regex.escape(''.join(SEPARATOR_MARKS))}]")
    bar, bullet, dot = SEPARATOR_MARKS
    assert (bar in text or bullet in text or dot in text) == (marks.search(text) is not None)
    assert (bar, bullet, dot) == (navigation._BAR, navigation._BULLET, navigation._DOT)


def _plain_label(filt: Filter, doc: Document, lang: LanguagePack) -> list[Decision]:
    """The filter's decisions with its shortcuts turned off: every table may match every line,
    and every block is looked at."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(LanguagePack, "may_match", lambda self, section, key, keys: True)
        lang.derived("press_gate", press._gate)  # (built, then set aside)
        patch.setitem(lang._derived, "press_gate", None)
        lang.derived("legal_gate", legal._gate)
        patch.setitem(lang._derived, "legal_gate", None)
        return list(filt.label(doc, lang))


# Whole blocks of press-release endings: "About" headings over a paragraph that names the
# organisation, and media contacts, in the shipped languages.
# fmt: off
RELEASE = (
    "About the Marlow Ridge Trust", "About Halyard Media:", "ABOUT HALYARD MEDIA",
    "Über die Halyard Media", "Ueber Halyard Media", "Acerca de Halyard Media",
    "Sobre a Halyard Media", "À propos de Halyard Media", "À propos d’Halyard Media",
    "Chi è Halyard Media", "Sobre Halyard Media",
    "Halyard Media publishes the Courier and four weekly papers.",
    "The Marlow Ridge Trust runs the county's parks.", "Media contact:", "Media Contacts",
    "Dana Whitcomb, Communications Manager", "press@halyard.example", "Pressekontakt:",
    "Contacto de prensa:", "Contact presse :", "Ufficio stampa", "Assessoria de imprensa",
    # a heading over the paragraph that names the organisation (two blocks)
    "About Halyard Media\n\nHalyard Media publishes the Courier.",
    "Über die Halyard Media\n\nDie Halyard Media verlegt den Kurier.",
    "Acerca de Halyard Media\n\nHalyard Media publica el Correo.",
    "À propos de Halyard Media\n\nHalyard Media publie le Courrier.",
    "Chi è Halyard Media\n\nHalyard Media pubblica il Corriere.",
    "Sobre a Halyard Media\n\nA Halyard Media publica o Correio.",
    # legal lines
    "© 2024 Halyard Media. All rights reserved.", "(Reporting by Mara Lind; Editing by Dev Renn)",
    "This article originally appeared on The Courier.", "Copyright Halyard Media",
    "This story contains affiliate links.", "Alle Rechte vorbehalten.",
    "Todos los derechos reservados.", "Tous droits réservés.", "Riproduzione riservata",
    "Todos os direitos reservados.",
    "Mit Material von dpa", "Con información de EFE", "Avec AFP", "(ANSA)",
    "Com Agência Brasil",
    "doi: 10.1000/xyz123", "Reuters", "AP",
    "The council said all rights reserved.",
)
# fmt: on


def _documents(code: str) -> st.SearchStrategy[Document]:
    pieces = st.lists(st.sampled_from((*TOKENS, ":", " : ", "About the ", "|", "’")), max_size=8)
    block = pieces.map("".join) | st.sampled_from(LINES[:400]) | st.sampled_from(RELEASE)
    return st.lists(block, min_size=1, max_size=8).map(
        lambda blocks: Document(split_blocks("\n\n".join(blocks)), code)
    )


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("make", [press.Press, legal.Legal])
@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_the_filters_label_what_they_label_without_shortcuts(
    code: str, make: type[Filter], data: st.DataObject
) -> None:
    lang = LanguagePack.load(code)
    doc = data.draw(_documents(code))
    filt = make()
    assert list(filt.label(doc, lang)) == _plain_label(filt, doc, lang)

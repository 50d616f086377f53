"""What a document remembers while filters run must read the same as a document built afresh."""

from __future__ import annotations

from newsclean.document import Decision, Document
from newsclean.normalize import split_blocks
from newsclean.triggers import TriggerIndex


def _fresh(doc: Document) -> Document:
    return Document(doc.blocks, doc.language, tuple(doc.spans(i) for i in range(len(doc))))


def test_a_derived_document_reads_as_one_built_afresh() -> None:
    blocks = split_blocks("Headline\n\nCredit: PA | 3 May 2021\n\n* * *\n\nThe story.\n\nAd")
    doc = Document(blocks, "en")
    # Ask everything first, so that the answers are remembered before claims are added.
    assert doc.content_indices() == [0, 1, 3, 4]
    before = [doc.segments(i) for i in range(len(doc))]
    assert [s.text for s in before[1]] == ["Credit: PA | 3 May 2021"]
    step = doc.with_decisions("a", [Decision(1, "r", 0, 10), Decision(4, "r")])
    final = step.with_decisions("b", [Decision(1, "r", 13)])
    for derived in (step, final):
        fresh = _fresh(derived)
        assert derived.content_indices() == fresh.content_indices()
        for i in range(len(derived)):
            assert derived.segments(i) == fresh.segments(i)
            assert derived.is_content(i) == fresh.is_content(i)
    assert [s.text for s in step.segments(1)] == ["3 May 2021"]
    assert final.segments(1) == [] and final.content_indices() == [0, 3]
    assert [doc.segments(i) for i in range(len(doc))] == before  # the first one is unchanged


def test_every_derived_document_shares_the_block_cues() -> None:
    doc = Document(split_blocks("One line\n\nAnother line"), "en")
    derived = doc.with_decisions("a", [Decision(0, "r")])
    assert derived.cues is doc.cues
    assert derived.cues.keys(1, TriggerIndex({("t", "x"): ("another",)})) == {("t", "x")}

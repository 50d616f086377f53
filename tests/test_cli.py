"""The minimal ``newsclean FILE`` command, run as a user would (in a subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import CORPUS

ARTICLE = CORPUS / "en-wire-01.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args], input=stdin, capture_output=True, timeout=60
    )


def test_prints_title_and_clean_text():
    proc = run(str(ARTICLE))
    assert proc.returncode == 0
    out = proc.stdout.decode()
    gold = json.loads((CORPUS / "en-wire-01.gold.json").read_text())
    assert out == gold["title"] + "\n\n" + "\n\n".join(gold["body"]) + "\n"


def test_json_prints_to_dict():
    proc = run("--json", str(ARTICLE))
    data = json.loads(proc.stdout)
    gold = json.loads((CORPUS / "en-wire-01.gold.json").read_text())
    assert data["body"] == gold["body"] and data["authors"] == gold["authors"]


def test_reads_stdin():
    proc = run("-", stdin=b"Skip to content\n\nThe bridge reopened on Friday.")
    assert proc.stdout.decode() == "The bridge reopened on Friday.\n"


def test_explain_names_filter_and_reason():
    proc = run("--explain", str(ARTICLE))
    assert "legal/wire_credit" in proc.stdout.decode()


def test_disable_keeps_that_filters_boilerplate():
    proc = run("--disable", "legal", str(ARTICLE))
    assert "(Reporting by" in proc.stdout.decode()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["/no/such/file"], 2, "cannot read"),
        (["--disable", "nosuch", str(ARTICLE)], 2, "no filter 'nosuch'"),
        (["--bogus"], 2, "unrecognized arguments"),
        (["--language", "xx", str(ARTICLE)], 2, "no rule pack"),
    ],
)
def test_errors_are_one_line_with_exit_codes(args, code, message):
    proc = run(*args)
    assert proc.returncode == code
    err = proc.stderr.decode()
    assert message in err and "Traceback" not in err


def test_language_is_recognised_or_given():
    text = "Foto: dpa\n\nDer Stadtrat hat am Dienstag beschlossen, die Bibliothek offen zu halten."
    data = json.loads(run("--json", "-", stdin=text.encode()).stdout)
    assert (data["language"], data["image_credits"]) == ("de", ["dpa"])
    data = json.loads(run("--json", "--language", "en", "-", stdin=text.encode()).stdout)
    assert data["language"] == "en"


def test_binary_input_fails_with_exit_1():
    proc = run("-", stdin=b"\x00\x01\x02" * 100)
    assert proc.returncode == 1
    assert "binary" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()

"""The README's promises: its code runs, and CI runs exactly its test command."""

from __future__ import annotations

import re

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def code_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def test_python_examples_run():
    blocks = code_blocks("python")
    assert len(blocks) >= 3
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)


def test_quick_start_has_two_commands_and_ci_runs_the_test_one():
    start = README.index("## Quick start")
    commands = [b.strip() for b in code_blocks("sh") if README.index(b) > start][:2]
    assert "newsclean corpus/" in commands[0]
    assert "pytest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()


def test_quick_start_article_exists():
    assert (ROOT / "corpus" / "en-tabloid-01.txt").is_file()


def test_every_filter_is_in_the_filter_table():
    import newsclean

    for name in newsclean.DEFAULT_FILTERS:
        cls = newsclean.registry.get(name)
        row = next(line for line in README.splitlines() if line.startswith(f"| `{name}` |"))
        for reason in cls.reasons:
            assert f"`{reason}`" in row, (name, reason)

"""Ways to print an article or an explanation: plain text, Markdown, coloured explain lines."""

from __future__ import annotations

import re
from typing import Literal

from .article import Article
from .explain import BlockReport, Explanation

OutputFormat = Literal["text", "json", "markdown"]

_COLOURS = {"kept": "32", "removed": "31", "lifted": "36", "partial": "33"}  # ANSI SGR codes
_MD_INLINE = re.compile(r"([\\`*_\[\]<])")
_MD_BLOCK_START = re.compile(r"^(#|>|[-+=|]|\d+[.)])")


def as_text(article: Article) -> str:
    """The title, a blank line, then the body paragraphs separated by blank lines.

    >>> as_text(Article(title="Bridge Reopens", body=("It reopened.", "Drivers queued.")))
    'Bridge Reopens\\n\\nIt reopened.\\n\\nDrivers queued.'
    """
    return f"{article.title}\n\n{article.text}" if article.title else article.text


def as_markdown(article: Article) -> str:
    """The article as Markdown: ``# title``, the subtitle in italics, a line with the authors and
    the date, then the body paragraphs; Markdown characters in the text are escaped.

    >>> print(as_markdown(Article(title="Bridge *Reopens*", authors=("Ana Lutz",),
    ...                           published="2021-03-03", body=("1. It reopened.",))))
    # Bridge \\*Reopens\\*
    <BLANKLINE>
    By Ana Lutz · 2021-03-03
    <BLANKLINE>
    1\\. It reopened.
    """
    parts = []
    if article.title:
        parts.append("# " + _escape(article.title))
    if article.subtitle:
        parts.append(f"*{_escape(article.subtitle)}*")
    meta = []
    if article.authors:
        meta.append("By " + _escape(_join_names(article.authors)))
    if article.published:
        meta.append(article.published)
    if meta:
        parts.append(" · ".join(meta))
    parts.extend(_escape(p) for p in article.body)
    return "\n\n".join(parts)


def _join_names(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _escape(text: str) -> str:
    text = _MD_INLINE.sub(r"\\\1", text)
    match = _MD_BLOCK_START.match(text)
    if match:
        end = match.end()
        text = text[: end - 1] + "\\" + text[end - 1 :]
    return text


def explanation_lines(explanation: Explanation, *, colour: bool = False) -> str:
    """One line per block (see :meth:`BlockReport.line`), the fate coloured when ``colour``:
    kept green, removed red, lifted cyan, partial yellow."""
    return "\n".join(_line(report, colour) for report in explanation.blocks)


def _line(report: BlockReport, colour: bool) -> str:
    line = report.line()
    if not colour:
        return line
    head = f"[{report.index}] {report.fate:<8}"
    coloured = f"[{report.index}] \x1b[{_COLOURS[report.fate]}m{report.fate:<8}\x1b[0m"
    return coloured + line[len(head) :]

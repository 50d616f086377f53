"""The ``newsclean`` command: clean one article file and print it."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence

from . import __version__
from .article import Article
from .errors import NewscleanError
from .pipeline import Pipeline

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsclean`` command."""
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean a scraped news article: print its clean text (or JSON with --json).",
    )
    parser.add_argument(
        "file", nargs="?", default="-", help="article file; '-' or none reads stdin"
    )
    parser.add_argument("--json", action="store_true", help="print the whole article as JSON")
    parser.add_argument(
        "--explain", action="store_true", help="print every block's fate and reason"
    )
    parser.add_argument("--url", help="the article's URL (recorded; its host becomes 'site')")
    parser.add_argument("--config", help="a pipeline TOML file (see README)")
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="apply this language's rules (e.g. de) instead of recognising the language",
    )
    parser.add_argument(
        "--disable", action="append", default=[], metavar="FILTER", help="switch a filter off"
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit code (0 ok, 1 the input could not be cleaned, 2 usage)."""
    args = build_parser().parse_args(argv)
    try:
        pipeline = Pipeline.from_toml(args.config) if args.config else Pipeline.default()
        if args.disable:
            pipeline = pipeline.disable(*args.disable)
        if args.language:
            pipeline = dataclasses.replace(pipeline, language=args.language, pack=None)
    except NewscleanError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else _read(args.file)
    except OSError as exc:
        print(f"newsclean: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        result = pipeline.run(data, url=args.url)
    except NewscleanError as exc:
        print(f"newsclean: {args.file}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    article = result.article
    if args.explain:
        out = str(result.explain())
    elif args.json:
        out = article.to_json(indent=2)
    else:
        out = _as_text(article)
    sys.stdout.write(out + "\n")
    for warning in article.warnings:
        print(f"newsclean: warning: {warning}", file=sys.stderr)
    return EXIT_OK


def _read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def _as_text(article: Article) -> str:
    return f"{article.title}\n\n{article.text}" if article.title else article.text


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

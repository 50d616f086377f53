"""The ``newsclean`` command. It only parses arguments, builds a pipeline and hands data on to the
library (:mod:`newsclean.batch` for corpora, :mod:`newsclean.formats` for printing).

- ``newsclean [FILE]`` cleans one article (``-`` or nothing: stdin) and prints it;
- ``newsclean FILE… | FOLDER | X.jsonl | X.warc.gz`` cleans a corpus into JSONL;
- ``newsclean explain FILE`` prints every block's fate; ``newsclean filters`` lists the filters.

Exit codes: 0 all cleaned, 1 some records (or the one article) failed, 2 usage error,
130 interrupted by Ctrl-C, 143 stopped by SIGTERM.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing, contextmanager
from typing import Any, NoReturn

from . import __version__
from .batch import (
    DEFAULT_MAX_BYTES,
    InputOptions,
    JsonlOutput,
    Progress,
    atomic_write,
    clean_records,
    read_inputs,
    skip_written,
    summary,
)
from .batch.output import PART_SUFFIX
from .batch.readers import FileRecord, kind_of, read_stream
from .errors import NewscleanError
from .formats import as_markdown, as_text, explanation_lines
from .pipeline import Pipeline
from .registry import registry

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143


class UsageError(Exception):
    """A bad command line: reported in one line, exit code 2."""


class ArticleFailed(Exception):
    """The one article asked for cannot be cleaned: reported in one line, exit code 1."""


class Stopped(Exception):
    """SIGTERM arrived (Ctrl-C arrives as KeyboardInterrupt)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _size(text: str) -> int:
    """A byte count: ``25000000``, ``25M``, ``512K``, ``1G`` (binary multiples); 0 is no limit."""
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    number, unit = (text[:-1], units[text[-1].upper()]) if text[-1:].upper() in units else (text, 1)
    try:
        value = int(number) * unit
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 25M)") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"a size cannot be negative: {text!r}")
    return value


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of jobs: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("--jobs must be 0 (one per CPU) or more")
    return value or os.cpu_count() or 1


def _pipeline_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("pipeline")
    group.add_argument("--config", metavar="TOML", help="a pipeline TOML file (see README)")
    group.add_argument(
        "--disable", action="append", default=[], metavar="NAME", help="switch a filter off"
    )
    group.add_argument(
        "--only", action="append", default=[], metavar="NAME", help="run only these filters"
    )
    group.add_argument(
        "--language",
        metavar="CODE",
        help="apply this language's rules (e.g. de) instead of recognising each document's",
    )


def _max_bytes_option(group: Any, what: str) -> None:
    group.add_argument(
        "--max-bytes",
        type=_size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help=f"{what} (default 25M; 0: no limit)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``newsclean [FILE…]`` (``explain`` and ``filters`` have their own)."""
    parser = _Parser(
        prog="newsclean",
        description=(
            "Clean scraped news articles. One article file (or stdin) prints the clean article; "
            "several files, folders, JSONL or WARC files give JSONL, one record per input record. "
            "Also: 'newsclean explain FILE', 'newsclean filters'."
        ),
    )
    parser.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="files, folders, JSONL or WARC; '-' is stdin"
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "markdown"),
        help="one article: text (default), json (Article.to_dict()) or markdown",
    )
    parser.add_argument("--json", action="store_true", help="same as --format json")
    parser.add_argument("--explain", action="store_true", help="same as 'newsclean explain'")
    parser.add_argument("-o", "--output", metavar="OUT", help="write here (atomically)")
    parser.add_argument("--url", help="the article's URL (its host becomes 'site')")
    corpus = parser.add_argument_group("corpus")
    corpus.add_argument(
        "--input-format",
        choices=("auto", "article", "jsonl", "warc"),
        default="auto",
        help="how to read inputs (auto: .jsonl/.ndjson[.gz] JSONL, .warc[.gz] WARC, else article)",
    )
    corpus.add_argument("--glob", default="*", help="files of a folder to take (default '*')")
    corpus.add_argument("--text-field", default="text", help="JSONL field with the text")
    corpus.add_argument("--html-field", help="JSONL field with HTML (used when present)")
    corpus.add_argument("--id-field", default="id", help="JSONL field with the record id")
    corpus.add_argument("--url-field", default="url", help="JSONL field with the page URL")
    _max_bytes_option(corpus, "larger records become 'too_large' errors")
    corpus.add_argument(
        "-j", "--jobs", type=_jobs, default=1, help="worker processes (default 1; 0: one per CPU)"
    )
    corpus.add_argument("--resume", action="store_true", help="continue an interrupted -o run")
    corpus.add_argument("-q", "--quiet", action="store_true", help="no progress, no summary")
    _pipeline_options(parser)
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return parser


def _explain_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsclean explain",
        description="Print every block of one article: kept, removed or lifted, filter, reason.",
    )
    parser.add_argument("file", nargs="?", default="-", help="article file; '-' or none: stdin")
    parser.add_argument("--url", help="the article's URL")
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the fates (auto: when stdout is a terminal and NO_COLOR is unset)",
    )
    _max_bytes_option(parser, "a larger article is an error")
    _pipeline_options(parser)
    return parser


def _filters_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsclean filters",
        description="List the pipeline's filters: name, what it removes, reason codes.",
    )
    _pipeline_options(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in COMMANDS:
            parser, command = COMMANDS[args[0]]
            return command(parser().parse_args(args[1:]))
        return clean_command(build_parser().parse_args(args))
    except UsageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except ArticleFailed as exc:
        return _fail(str(exc), EXIT_FAILED)
    except NewscleanError as exc:  # bad config, unknown filter, a partial file not ours
        return _fail(str(exc), EXIT_USAGE)
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_INTERRUPTED)


def _fail(message: str, code: int) -> int:
    print(f"newsclean: {message}", file=sys.stderr)
    return code


def _pipeline(args: argparse.Namespace) -> Pipeline:
    pipeline = Pipeline.from_toml(args.config) if args.config else Pipeline.default()
    if args.only:
        pipeline = pipeline.only(*args.only)
    if args.disable:
        pipeline = pipeline.disable(*args.disable)
    if args.language:
        pipeline = dataclasses.replace(pipeline, language=args.language, pack=None)
    return pipeline


# --- newsclean filters ---------------------------------------------------------------------------
def filters_command(args: argparse.Namespace) -> int:
    """List the pipeline's filters in order, then any other registered ones."""
    pipeline = _pipeline(args)
    lines = []
    others = [cls for cls in registry if cls.name not in pipeline.names]
    for title, classes in (
        ("filters, in the order they run:", [type(f) for f in pipeline.filters]),
        ("other registered filters (not in this pipeline):", others),
    ):
        if not classes:
            continue
        lines.append(title)
        for cls in classes:
            lines.append(f"  {cls.name:<18} {cls.description}")
            lines.extend(f"      {code:<22} {meaning}" for code, meaning in cls.reasons.items())
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


# --- newsclean explain ---------------------------------------------------------------------------
def explain_command(args: argparse.Namespace) -> int:
    """Print the fate of every block of one article."""
    pipeline = _pipeline(args)
    data = _read_one(args.file, args.max_bytes)
    try:
        result = pipeline.run(data, url=args.url)
    except NewscleanError as exc:
        raise ArticleFailed(f"{args.file}: {exc}") from None
    colour = args.color == "always" or (
        args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    )
    sys.stdout.write(explanation_lines(result.explain(), colour=colour) + "\n")
    return EXIT_OK


Subcommand = tuple[Callable[[], argparse.ArgumentParser], Callable[[argparse.Namespace], int]]
"""A subcommand: what builds its parser, and what runs it on the parsed arguments."""

COMMANDS: dict[str, Subcommand] = {
    "explain": (_explain_parser, explain_command),
    "filters": (_filters_parser, filters_command),
}
"""The subcommands: each one's parser and what runs it (anything else cleans)."""


# --- newsclean [FILE…] ---------------------------------------------------------------------------
def clean_command(args: argparse.Namespace) -> int:
    """Clean one article, or a corpus into JSONL."""
    inputs = args.inputs or ["-"]
    _check_inputs(inputs)
    _check_output(args.output, inputs)
    if args.json:
        args.format = args.format or "json"
    corpus = (
        len(inputs) > 1
        or any(os.path.isdir(p) for p in inputs)
        or any(kind_of(p, args.input_format) != "article" for p in inputs)
    )
    pipeline = _pipeline(args)
    if args.explain:
        if corpus:
            raise UsageError("--explain takes one article")
        args.file, args.color = inputs[0], "auto"
        return explain_command(args)
    if corpus:
        if args.format not in (None, "json"):
            raise UsageError(
                f"a corpus is written as JSONL; --format {args.format} is for one article"
            )
        if args.url:
            raise UsageError("--url is for one article; a corpus takes URLs from --url-field/WARC")
        return _clean_corpus(args, inputs, pipeline)
    if args.resume:
        raise UsageError("--resume is for a corpus run (JSONL output)")
    return _clean_one(args, inputs[0], pipeline)


def _check_inputs(inputs: Sequence[str]) -> None:
    if inputs.count("-") > 1:
        raise UsageError("stdin ('-') can be read only once")
    for path in inputs:
        if path != "-" and not os.path.exists(path):
            raise UsageError(f"cannot read {path}: No such file or directory")


def _check_output(output: str | None, inputs: Sequence[str]) -> None:
    """Refuse an output file that is one of the inputs: it would be overwritten (a corpus's
    output replaces it when the run ends, while it is still being read)."""
    if output is None:
        return
    for written in (output, output + PART_SUFFIX):
        for path in inputs:
            if path != "-" and os.path.isfile(path) and _same_file(path, written):
                raise UsageError(f"-o {output} would overwrite the input {path}; write elsewhere")


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # b does not exist yet
        return False


def _read_one(path: str, max_bytes: int) -> bytes:
    """The bytes of one article file (or stdin); too large or unreadable is an error."""
    if path == "-":
        record = read_stream(sys.stdin.buffer, "-", "<stdin>", max_bytes)
    else:
        try:
            size = os.stat(path).st_size
        except OSError as exc:
            raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
        record = FileRecord(path, size, max_bytes).load()
    if record.error is not None:
        raise ArticleFailed(f"{path}: {record.error.message}")
    assert isinstance(record.content, bytes)
    return record.content


def _clean_one(args: argparse.Namespace, path: str, pipeline: Pipeline) -> int:
    data = _read_one(path, args.max_bytes)
    try:
        article = pipeline.clean(data, url=args.url)
    except NewscleanError as exc:
        raise ArticleFailed(f"{path}: {exc}") from None
    fmt = args.format or "text"
    if fmt == "json":
        out = article.to_json(indent=2)
    elif fmt == "markdown":
        out = as_markdown(article)
    else:
        out = as_text(article)
    data = (out + "\n").encode("utf-8", errors="replace")
    if args.output:
        try:
            atomic_write(args.output, data)
        except OSError as exc:
            raise UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    for warning in article.warnings:
        print(f"newsclean: warning: {warning}", file=sys.stderr)
    return EXIT_OK


def _clean_corpus(args: argparse.Namespace, inputs: Sequence[str], pipeline: Pipeline) -> int:
    options = InputOptions(
        format=args.input_format,
        glob=args.glob,
        text_field=args.text_field,
        html_field=args.html_field,
        id_field=args.id_field,
        url_field=args.url_field or None,
        max_bytes=args.max_bytes,
    )
    output = JsonlOutput(args.output, resume=args.resume)
    try:
        done = output.open()
    except OSError as exc:
        raise UsageError(f"cannot write {output.part}: {exc.strerror or exc}") from None
    destination = args.output or "stdout"
    if output.written and not args.quiet:
        print(
            f"newsclean: resuming: {output.written:,} records already in {output.part}",
            file=sys.stderr,
        )
    # An output written inside an input folder is not read back as input.
    own = () if args.output is None else (args.output, args.output + PART_SUFFIX)
    records = read_inputs(inputs, options, sys.stdin.buffer, leave_out=own)
    items: Any = skip_written(records, done) if done else records
    progress = Progress(sys.stderr, show=not args.quiet and sys.stderr.isatty())
    chunks = clean_records(items, pipeline, jobs=args.jobs)
    try:
        with _sigterm_raises(), closing(chunks):
            for chunk in chunks:
                output.write(chunk.data, chunk.count)
                progress.add(chunk.count, chunk.errors)
            progress.finish()
            output.commit()
    except (KeyboardInterrupt, Stopped, BrokenProcessPool, BrokenPipeError) as exc:
        progress.finish()
        output.close()
        code = _stopped(exc, output)
        if args.jobs > 1:
            _exit_anyway(code)
        return code
    if not args.quiet:
        print(summary(progress, records.skipped, destination), file=sys.stderr)
    failed = sum(progress.errors.values()) + output.earlier_errors
    return EXIT_FAILED if failed else EXIT_OK


def _stopped(exc: BaseException, output: JsonlOutput) -> int:
    if isinstance(exc, BrokenPipeError):  # the reader of stdout went away (| head): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    where = f"{output.written:,} records written"
    if output.part is not None:
        where += f" to {output.part}; rerun with --resume to continue"
    if isinstance(exc, BrokenProcessPool):
        return _fail(f"a worker process died ({exc}); {where}", EXIT_FAILED)
    if isinstance(exc, Stopped):
        return _fail(f"stopped by SIGTERM; {where}", EXIT_TERMINATED)
    return _fail(f"interrupted; {where}", EXIT_INTERRUPTED)


def _exit_anyway(code: int, after: float = 10.0) -> None:
    """After a pool was stopped midway, make sure the process ends even if one of the pool's
    threads is stuck (Python joins them at exit): end it ``after`` seconds from now."""

    def end() -> None:
        time.sleep(after)
        sys.stderr.flush()
        os._exit(code)

    threading.Thread(target=end, daemon=True).start()


@contextmanager
def _sigterm_raises() -> Iterator[None]:
    def stop(signum: int, frame: Any) -> None:
        raise Stopped()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

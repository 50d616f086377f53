"""The quality gate: pinned floors that a run's scores may not fall below.

``benchmarks/floors.toml`` holds one table per dataset (``[corpus]``, ``[seeds]``, a variant's
name, ``[scrapinghub]``) of metric floors; ``gold_paragraphs_lost`` and
``boilerplate_lines_surviving`` are ceilings, and ``field_exact`` is checked against the worst
metadata field. Only quality is gated: it is deterministic, where timings are not.

Floors are raised, never lowered silently: :func:`update` writes measured values over floors they
beat, and refuses to write one below its floor unless it is given a reason, which it records in the
file beside the lowered floor (the commit must carry the reason too).
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAXIMA = frozenset({"gold_paragraphs_lost", "boilerplate_lines_surviving"})
"""Floors that are ceilings: the measured value may not exceed them."""

DEFAULT_METRICS = {
    "gold": ("body_exact", "field_exact", "gold_paragraphs_lost", "boilerplate_lines_surviving"),
    "benchmark": ("body_f1",),
}
"""The metrics a new dataset's floors pin, by kind of dataset."""

DIGITS = 3  # floors are measured values rounded down (ceilings up) to this many decimals

_SECTION = re.compile(r'^\s*\[\s*(?:"([^"]+)"|([A-Za-z0-9_-]+))\s*\]')
_KEY = re.compile(r"^(\s*)([A-Za-z0-9_-]+)(\s*=\s*)([^#\n]*?)(\s*#.*)?$")
_BARE = re.compile(r"^[A-Za-z0-9_-]+$")


def read_floors(path: Path) -> dict[str, dict[str, float]]:
    """The floors file as ``{dataset: {metric: floor}}`` (a :class:`newsclean.ConfigError` when it
    cannot be read or is not TOML)."""
    from newsclean.language import read_toml

    return read_toml(path)


def value(measured: Mapping[str, Any], metric: str) -> float | None:
    """The measured value a floor on ``metric`` is checked against (``None``: not measured).

    >>> value({"field_exact": {"title": 1.0, "authors": 0.9}}, "field_exact")
    0.9
    """
    found = measured.get(metric)
    if metric == "field_exact" and isinstance(found, Mapping) and found:
        return float(min(found.values()))
    if isinstance(found, (int, float)) and not isinstance(found, bool):
        return float(found)
    return None


def _fails(metric: str, measured: float, limit: float) -> bool:
    return measured > limit if metric in MAXIMA else measured < limit


def check(results: Mapping[str, Any], floors: Mapping[str, Mapping[str, float]]) -> list[str]:
    """Every floor a measured dataset falls below (or ceiling it exceeds), as readable lines.

    Datasets not measured in this run are skipped: the shared evaluation data is not everywhere.
    """
    failures = []
    for name, limits in floors.items():
        measured = results["datasets"].get(name)
        if measured is None:
            continue
        for metric, limit in limits.items():
            got = value(measured, metric)
            if got is None:
                failures.append(f"{name}: no metric {metric!r} for this kind of data")
            elif _fails(metric, got, limit):
                sign = ">" if metric in MAXIMA else "<"
                failures.append(f"{name}: {metric} {got:.4f} {sign} floor {limit}")
    return failures


@dataclass(frozen=True)
class Change:
    """A floor to write: ``old`` is ``None`` for a new one; ``lowered`` when it loosens the gate."""

    dataset: str
    metric: str
    old: float | None
    new: float

    @property
    def lowered(self) -> bool:
        """Whether the change lets worse results pass (a lower floor, a higher ceiling)."""
        if self.old is None:
            return False
        return self.new > self.old if self.metric in MAXIMA else self.new < self.old


def pinned(metric: str, measured: float) -> float:
    """The floor that ``measured`` pins: rounded down (a ceiling: up) to :data:`DIGITS` decimals.

    >>> pinned("body_f1", 0.96538), pinned("gold_paragraphs_lost", 2)
    (0.965, 2)
    """
    scale = float(10**DIGITS)
    if metric in MAXIMA:
        up = math.ceil(round(measured * scale, 6)) / scale
        return int(up) if up.is_integer() else up
    return math.floor(round(measured * scale, 6)) / scale


def proposed(results: Mapping[str, Any], floors: Mapping[str, Mapping[str, float]]) -> list[Change]:
    """The floors the measured results pin where they differ from ``floors``: every metric of a
    dataset that has floors, and :data:`DEFAULT_METRICS` for a measured dataset that has none."""
    changes = []
    for name, measured in results["datasets"].items():
        kind = measured.get("kind", "")
        if "systems" not in measured or kind not in DEFAULT_METRICS:
            continue
        metrics = tuple(floors[name]) if name in floors else DEFAULT_METRICS[kind]
        for metric in metrics:
            got = value(measured, metric)
            if got is None:
                continue
            new = pinned(metric, got)
            old = floors.get(name, {}).get(metric)
            if old is None or new != old:
                changes.append(Change(name, metric, old, new))
    return changes


def update(
    path: Path,
    results: Mapping[str, Any],
    floors: Mapping[str, Mapping[str, float]],
    allow_lower: str | None = None,
) -> tuple[list[Change], list[Change]]:
    """Write the floors ``results`` pin into the TOML file ``path``: (written, refused).

    A change that lowers a floor (or raises a ceiling) is refused unless ``allow_lower`` gives
    the reason, which is written above the lowered floor with today's date.
    """
    changes = proposed(results, floors)
    refused = [] if allow_lower else [c for c in changes if c.lowered]
    written = [c for c in changes if c not in refused]
    if written:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        path.write_text(edit_floors(text, written, allow_lower), encoding="utf-8")
    return written, refused


def _number(x: float) -> str:
    return str(int(x)) if isinstance(x, int) else repr(float(x))


def edit_floors(text: str, changes: list[Change], reason: str | None = None) -> str:
    """``text`` (a floors file) with ``changes`` applied, comments and layout kept.

    >>> print(edit_floors("[corpus]\\nbody_exact = 0.95  # core\\n",
    ...                   [Change("corpus", "body_exact", 0.95, 0.97)]), end="")
    [corpus]
    body_exact = 0.97  # core
    """
    lines = text.splitlines()
    today = datetime.date.today().isoformat()
    for change in changes:
        note = None
        if change.lowered:
            note = f"# lowered from {_number(change.old or 0)} on {today}: {reason}"
        lines = _apply(lines, change, note)
    return "\n".join(lines) + "\n"


def _apply(lines: list[str], change: Change, note: str | None) -> list[str]:
    section, last_key, start = None, None, None
    for i, line in enumerate(lines):
        header = _SECTION.match(line)
        if header:
            if section == change.dataset:
                break
            section = header.group(1) or header.group(2)
            last_key = start = i if section == change.dataset else None
            continue
        key = _KEY.match(line)
        if section == change.dataset and key:
            last_key = i
            if key.group(2) == change.metric:
                indent, name, eq, _, comment = key.groups()
                lines[i] = f"{indent}{name}{eq}{_number(change.new)}{comment or ''}"
                return lines[:i] + ([f"{indent}{note}"] if note else []) + lines[i:]
    new = [*([note] if note else []), f"{change.metric} = {_number(change.new)}"]
    if start is not None and last_key is not None:
        return lines[: last_key + 1] + new + lines[last_key + 1 :]
    title = change.dataset if _BARE.match(change.dataset) else f'"{change.dataset}"'
    return [*lines, "", f"[{title}]", *new]

"""A PNG chart of quality and speed against the baselines (matplotlib: the ``bench`` extra)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .systems import in_order

MISSING = (
    "the chart needs matplotlib: pip install -e '.[bench]' (or pip install matplotlib), "
    "or drop --chart"
)


class ChartError(RuntimeError):
    """The chart cannot be drawn (matplotlib is missing, or there is nothing to draw)."""


def _quality_bars(datasets: Mapping[str, Any]) -> list[tuple[str, str, float]]:
    out = []
    for name, d in datasets.items():
        for s in [*d.get("systems", {}).values(), *d.get("references", {}).values()]:
            if s.get("documents"):
                out.append((name, s["label"], float(s["body_f1"])))
    return out


def _speed_bars(datasets: Mapping[str, Any]) -> list[tuple[str, str, float]]:
    return [
        (f"{name} ({fmt})", system, float(v["docs_per_s"]))
        for name, d in datasets.items()
        for fmt, s in in_order(d.get("speed", {}))
        for system, v in in_order(s["systems"])
    ]


def draw(results: Mapping[str, Any], path: Path) -> None:
    """Draw body F1 (left) and documents per second (right, log scale) per dataset and system."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise ChartError(MISSING) from exc
    quality = _quality_bars(results["datasets"])
    speed = _speed_bars(results["datasets"])
    panels = [
        p
        for p in (
            ("body F1 against the gold", quality, False),
            ("documents per second, one core (log)", speed, True),
        )
        if p[1]
    ]
    if not panels:
        raise ChartError("nothing to chart: no quality and no speed results")
    height = max(len(bars) for _, bars, _ in panels) * 0.28 + 1.5
    fig, axes = plt.subplots(1, len(panels), figsize=(7 * len(panels), height), squeeze=False)
    for ax, (title, bars, log) in zip(axes[0], panels, strict=True):
        labels = [f"{group} · {system}" for group, system, _ in bars][::-1]
        values = [v for _, _, v in bars][::-1]
        colours = ["#1f77b4" if s.startswith("newsclean") else "#aaaaaa" for _, s, _ in bars]
        colours.reverse()
        ax.barh(range(len(bars)), values, color=colours)
        ax.set_yticks(range(len(bars)), labels, fontsize=7)
        ax.set_title(title, fontsize=10)
        if log:
            ax.set_xscale("log")
        else:
            ax.set_xlim(min(values) * 0.95 if min(values) > 0.5 else 0, 1.0)
        for i, v in enumerate(values):
            ax.text(v, i, f" {v:,.3f}" if not log else f" {v:,.0f}", va="center", fontsize=6)
    fig.suptitle("newsclean (blue) against the baselines, same run", fontsize=11)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)

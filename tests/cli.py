"""Run the ``newsclean`` command as a user would: in a subprocess (optionally on a terminal)."""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

from .conftest import CORPUS, ROOT


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None, env: dict | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        cwd=cwd,
        env=env,
    )


def run_on_terminal(*args: str, stream: str, env: dict | None = None) -> tuple[int, bytes, bytes]:
    """Run with ``stream`` (``stdout`` or ``stderr``) on a pseudo-terminal; return the exit
    code, what the terminal received, and the other stream."""
    master, slave = pty.openpty()
    other = "stderr" if stream == "stdout" else "stdout"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsclean", *args],
        stdin=subprocess.DEVNULL,
        env=env,
        **{stream: slave, other: subprocess.PIPE},
    )
    os.close(slave)
    received = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the other end is closed
            break
        if not data:
            break
        received.append(data)
    proc.wait(timeout=120)
    rest = getattr(proc, other).read()
    getattr(proc, other).close()
    os.close(master)
    return proc.returncode, b"".join(received), rest


def read_jsonl(data: bytes | Path) -> list[dict]:
    raw = data.read_bytes() if isinstance(data, Path) else data
    return [json.loads(line) for line in raw.splitlines()]


def corpus_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]


def write_jsonl(path: Path, count: int, *, start: int = 0) -> Path:
    """``count`` records made of the corpus articles, ids ``a0``, ``a1``…"""
    texts = corpus_texts()
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(start, start + count):
            handle.write(json.dumps({"id": f"a{i}", "text": texts[i % len(texts)], "n": i}) + "\n")
    return path


def one_line_error(proc: subprocess.CompletedProcess[bytes]) -> str:
    err = proc.stderr.decode()
    assert "Traceback" not in err, err
    assert err.count("\n") == 1 and err.startswith("newsclean: "), err
    return err


def descendants(pid: int) -> set[int]:
    """The processes below ``pid`` (Linux /proc), found as the CLI benchmark finds them."""
    return set(_benchmark().process_tree(pid)) - {pid}


@functools.cache
def _benchmark():
    spec = importlib.util.spec_from_file_location(
        "cli_throughput", ROOT / "benchmarks" / "cli_throughput.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"

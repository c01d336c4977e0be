"""Shared helpers for the benchmarks: the machine they ran on and the development corpus."""

from __future__ import annotations

import os
import platform
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CORPUS = Path(os.environ.get("NEWSBOT_CORPUS", ROOT.parent / "shared" / "corpus" / "wikinews"))


def machine() -> str:
    """One line naming the machine: CPU model, cores, OS, Python."""
    cpu = platform.processor() or platform.machine()
    try:
        info = Path("/proc/cpuinfo").read_text()
        match = re.search(r"model name\s*:\s*(.+)", info)
        if match:
            cpu = match.group(1).strip()
    except OSError:
        pass
    return (
        f"{cpu}; {os.cpu_count()} cores; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}"
    )


def corpus_files() -> list[Path]:
    """The Wikinews development articles, sorted (exits with a message if missing)."""
    folder = CORPUS / "articles"
    files = sorted(folder.glob("*.txt"))
    if not files:
        sys.exit(f"no corpus at {folder}: set NEWSBOT_CORPUS to the wikinews folder")
    return files


def variants(count: int) -> list[tuple[str, bytes]]:
    """`count` articles made from the corpus, each changed a little so none dedupes.

    Variant i is corpus article i % 120 with its last paragraph marked "(rev i)".
    """
    originals = [(p.stem, p.read_bytes()) for p in corpus_files()]
    made = []
    for i in range(count):
        stem, raw = originals[i % len(originals)]
        made.append((f"bench/{i:06d}-{stem}.txt", raw.rstrip() + f" (rev {i})\n".encode()))
    return made

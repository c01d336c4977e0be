"""The `newsbot` command line: ingest, parse, ask and the console, through main(argv)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "2018-05-31-pompeo-kim-yong-chol.txt"
# A copy of ../shared/spec/seed-expected.json, so the tests need nothing outside the repo.
EXPECTED = json.loads((ROOT / "tests" / "fixtures" / "seed-expected.json").read_text())

PLAIN = "date 2019-03-04\n\nMarkets rally in Tokyo\n\nShares rose on Monday in Tokyo.\n"

BAD_INPUTS: dict[str, bytes] = {
    "empty.txt": b"",
    "blank.txt": b"   \n\n\t \n",
    "binary.bin": b"\x00\x01\x02\x03PK\x03\x04" * 50,
    "latin1.txt": "date 2018-05-31\n\nCaf\u00e9 owners said so.\n".encode("latin-1"),
    "baddate.txt": b"date 2018-02-30\n\nA paragraph of news.\n",
    "list.json": b'["not", "an", "object"]',
    "nobody.json": b'{"title": "No body here", "published": "2018-05-31"}',
}


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "news.sqlite3")


def test_ingest_reports_each_file_and_is_idempotent(db: str, tmp_path: Path) -> None:
    code, out = run(["--db", db, "ingest", str(SEED)])
    assert code == 0
    assert "added" in out and out.rstrip().endswith("1 file: 1 added")
    code, out = run(["--db", db, "ingest", str(SEED)])
    assert code == 0 and "1 unchanged" in out
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED.read_bytes().replace(b"\n", b"\r\n"))
    code, out = run(["--db", db, "ingest", str(copy)])
    assert code == 0 and "duplicate of article 1" in out


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_each_bad_input_is_rejected_with_a_reason(db: str, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(BAD_INPUTS[name])
    code, out = run(["--db", db, "ingest", str(path)])
    assert code == 1
    line = next(line for line in out.splitlines() if line.startswith("rejected"))
    reason = line.split(": ", 1)[1]
    assert len(reason) > 10, line
    assert "Traceback" not in out
    code, out = run(["--db", db, "ask", "/search news"])
    assert "No articles yet" in out


def test_oversized_file_is_refused_before_reading(db: str, tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(50_000_000)  # sparse: nothing is written, so it cannot be read whole
    code, out = run(["--db", db, "ingest", str(big)])
    assert code == 1 and "limit" in out


def test_missing_path_is_rejected(db: str, tmp_path: Path) -> None:
    code, out = run(["--db", db, "ingest", str(tmp_path / "nowhere")])
    assert code == 1 and "no such file" in out


def test_one_bad_file_in_a_hundred_keeps_the_other_99(db: str, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(99):
        text = PLAIN.replace("Tokyo.", f"Tokyo, trader number {i} said.")
        (folder / f"{i:03d}.txt").write_text(text)
    (folder / "050-bad.txt").write_bytes(b"\xff\xfe\x00bad")
    code, out = run(["--db", db, "ingest", "--quiet", str(folder)])
    assert code == 1
    assert out.strip() == "100 files: 99 added, 1 rejected"


def test_parse_json_follows_the_contract_on_the_seed() -> None:
    code, out = run(["parse", "--json", str(SEED)])
    assert code == 0
    data = json.loads(out)
    for key in ("published", "captions", "paragraphs"):
        assert data[key] == EXPECTED[key], key
    assert data["title"] and len(data["title"]) <= 100
    assert {p["name"] for p in data["people"]} >= {p["name"] for p in EXPECTED["people"]}
    keys = ("speaker", "text", "kind", "in", "paragraph", "start", "end")
    assert [{k: q[k] for k in keys} for q in data["quotes"]] == EXPECTED["quotes"]
    keys = ("date", "until", "precision", "expression", "in", "paragraph", "start", "end")
    got = sorted(({k: e[k] for k in keys} for e in data["events"]), key=str)
    assert got == sorted(({k: e[k] for k in keys} for e in EXPECTED["events"]), key=str)
    assert set(data["briefing"]) == {"headline", "points", "quote", "next"}
    # Every temporal expression with its TimeML value, for scoring against TIMEX3.
    anchored = {"expression": "A day later", "type": "DATE", "value": "2018-05-25"}
    assert any(anchored.items() <= t.items() for t in data["timexes"])
    assert {"in", "paragraph", "start", "end"} <= set(data["timexes"][0])
    assert not any("72 hours" in t["expression"] for t in data["timexes"])


def test_parse_several_files_gives_json_lines(tmp_path: Path) -> None:
    other = tmp_path / "plain.txt"
    other.write_text(PLAIN)
    code, out = run(["parse", "--json", str(SEED), str(other)])
    assert code == 0
    lines = out.strip().splitlines()
    assert [json.loads(line)["published"] for line in lines] == ["2018-05-31", "2019-03-04"]


def test_parse_without_json_is_a_readable_summary() -> None:
    code, out = run(["parse", str(SEED)])
    assert code == 0
    assert "published: 2018-05-31" in out and "quote [full] Mike Pompeo" in out


def test_ask_answers_one_command(db: str) -> None:
    run(["--db", db, "ingest", str(SEED)])
    code, out = run(["--db", db, "ask", "/search", "Pompeo"])
    assert code == 0 and "#1" in out and "Pompeo" in out
    code, out = run(["--db", db, "ask", "/article 99"])
    assert code == 1


def test_db_may_come_after_the_command(db: str) -> None:
    code, _out = run(["ingest", str(SEED), "--db", db])
    assert code == 0
    code, out = run(["ask", "--db", db, "/search", "Pompeo"])
    assert code == 0 and "#1" in out
    # Given before the command and not after, it still counts.
    code, out = run(["--db", db, "ask", "/search", "Pompeo"])
    assert code == 0 and "#1" in out


def test_console_smoke_piped_search_finds_the_seed(db: str) -> None:
    assert main(["--db", db, "ingest", "--quiet", str(SEED)], out=io.StringIO()) == 0
    env = {**os.environ, "NEWSBOT_DB": db}
    env.pop("DISCORD_TOKEN", None)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "console"],
        input="/search Pompeo\n/nonsense\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Pompeo" in done.stdout and "#1" in done.stdout
    assert "! unknown command /nonsense" in done.stdout


def test_run_without_token_but_discord_required_exits_2(
    db: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    code, _ = run(["--db", db, "run", "--discord"])
    assert code == 2

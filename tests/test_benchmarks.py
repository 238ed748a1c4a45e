"""The benchmarks still run: their argument parsing and helpers, on tiny inputs.

The benchmarks are run by hand, rarely, so nothing else notices when a change elsewhere breaks
them (benchmarks/audit.py once called a `connect` and a `Source` that had changed). Nothing
here times anything: the figures themselves are the benchmarks' business. Without Redmine,
audit.py's parts are run on made-up runs; with the test Redmine (marked `redmine`), its
measure runs end to end on two small projects.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from redlint.errors import RedmineError

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "benchmarks" /
                                                  f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


audit = _load("audit")
speed = _load("speed")
quality = _load("quality")

UNREACHABLE = "http://127.0.0.1:9"  # discard port: nothing answers there


# ----------------------------------------------------------------------------- audit.py

def test_audit_arguments_default_to_the_readme_counts():
    args = audit.parse_args([])
    assert (args.server, args.counts, args.rounds, args.markdown) == (None, [1000, 5000], 5,
                                                                      False)


def test_audit_counts_are_sorted_once_each():
    assert audit.parse_args(["--counts", "5000", "1000", "5000"]).counts == [1000, 5000]


@pytest.mark.parametrize("argv", [["--counts", "0"], ["--counts", "-3"], ["--rounds", "0"],
                                  ["--rounds", "two"], ["--counts"]])
def test_audit_refuses_bad_numbers(argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        audit.parse_args(argv)
    assert exit_.value.code == 2


def test_audit_server_must_be_a_data_folder_with_server_json(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        audit.parse_args(["--server", str(tmp_path)])
    assert exit_.value.code == 2 and "server.json" in capsys.readouterr().err
    (tmp_path / "server.json").write_text("{}", encoding="utf-8")
    assert audit.parse_args(["--server", str(tmp_path)]).server == tmp_path


def _fake_clock():
    ticks = iter(range(10**6))
    return lambda: float(next(ticks))


def test_interleaved_alternates_which_goes_first_after_one_untimed_run_of_each():
    calls = []

    def baseline():
        calls.append("b")
        return 7

    def candidate():
        calls.append("c")
        return 7

    base, cand = audit.interleaved(baseline, candidate, 4, 7, clock=_fake_clock(),
                                   cpu_clock=_fake_clock())
    assert "".join(calls) == "bc" + "bc" + "cb" + "bc" + "cb"
    assert len(base) == len(cand) == 4
    assert all(t.wall == 1 and t.cpu == 1 for t in base + cand)


def test_interleaved_fails_when_a_run_misses_issues():
    with pytest.raises(AssertionError, match="3 issues, not 7"):
        audit.interleaved(lambda: 7, lambda: 3, 1, 7)


def _row(count, baseline, audited, memory, load=None):
    return audit.Row(count, [audit.Timing(s, 0.01) for s in baseline],
                     [audit.Timing(s, 0.5) for s in audited], memory, load)


def test_the_ratio_is_the_median_of_the_rounds_ratios():
    row = _row(1000, [1.0, 2.0, 1.0], [1.1, 2.6, 1.5], 54.0)
    assert [round(r, 2) for r in row.ratios] == [1.1, 1.3, 1.5]
    assert round(row.ratio, 2) == 1.3 and row.spread == "1.10-1.50"


def test_report_names_the_baseline_the_target_and_the_memory_growth():
    rows = [_row(1000, [1.0, 1.0, 1.0], [1.1, 1.1, 1.2], 54.6),
            _row(5000, [5.0, 5.0, 5.0], [5.5, 7.0, 7.0], 56.5, load=2.5)]
    text = audit.report(rows, 3)
    assert "load (1-minute average, after the rounds): 2.5 (5000)" in text
    assert "python-redmine" in text and "1.2" in text
    lines = text.splitlines()
    first = next(line for line in lines if line.lstrip().startswith("1000 "))
    last = next(line for line in lines if line.lstrip().startswith("5000 "))
    assert "1.10" in first and "above target" not in first
    assert "1.40" in last and "above target" in last
    assert "54.6 MB" in text and "56.5 MB" in text and "+1.9 MB" in text


def test_markdown_is_a_table_of_a_row_per_count():
    rows = [_row(1000, [1.0], [1.1], 54.6), _row(5000, [5.0], [5.5], 56.5)]
    lines = audit.markdown(rows, 1).splitlines()
    assert len(lines) == 4 and all(line.startswith("|") and line.endswith("|")
                                   for line in lines)
    assert lines[2].startswith("| 1,000 | 1.00 s | 1.10 s | 1.10 (1.10–1.10) | 54.6 MB")


def test_peak_memory_is_the_childs_largest_resident_set():
    small = audit.peak_memory_mb([sys.executable, "-c", "pass"])
    large = audit.peak_memory_mb([sys.executable, "-c", "x = bytearray(100 * 2**20)"])
    assert 0 < small < 100 <= large


def test_peak_memory_is_not_that_of_the_large_process_measuring_it():
    """A child's maximum resident set counts the pages of the process it was forked from: the
    benchmark, large after its in-process audits, once made a 5,000-issue audit look 7 MB
    heavier than it is."""
    ballast = bytearray(150 * 2**20)
    ballast[::4096] = b"\1" * len(ballast[::4096])  # resident, not only reserved
    assert audit.peak_memory_mb([sys.executable, "-c", "pass"]) < 100
    del ballast


def test_peak_memory_fails_with_the_child():
    with pytest.raises(subprocess.CalledProcessError):
        audit.peak_memory_mb([sys.executable, "-c", "raise SystemExit(4)"])


def test_the_audit_command_line_is_one_the_cli_accepts():
    """Bad usage would exit 2; an unreachable Redmine is 3: the options were all understood."""
    env = dict(os.environ, REDMINE_URL=UNREACHABLE, REDMINE_API_KEY="0" * 40, NO_COLOR="1")
    done = subprocess.run(audit.audit_command_line("bench-10"), env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 3, done.stderr


def test_the_in_process_audit_still_fits_the_command(monkeypatch):
    """audit_run calls the command's body with its keyword arguments: a renamed or new one
    fails here as a TypeError, not as a RedmineError about the unreachable address."""
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")  # no user's credentials file
    with pytest.raises(RedmineError):
        audit.audit_run(UNREACHABLE, "0" * 40, "bench-10")


# ----------------------------------------------------------------------------- the others

def test_speed_builds_a_large_draft_of_the_size_asked():
    text = speed.large_draft_text(0.02)
    assert 15_000 < len(text.encode()) < 30_000 and text.startswith("---")


def test_speed_large_draft_does_not_change_with_the_examples(tmp_path, monkeypatch):
    """Its prose is frozen: an example added once moved its peak memory by 20 MB."""
    before = speed.large_draft_text(0.05)
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "good-support.md").write_text("---\ntitle: x\n---\nAutre.\n")
    monkeypatch.setattr(speed, "ROOT", tmp_path)
    assert speed.large_draft_text(0.05) == before


def test_quality_reads_the_never_read_sets_from_the_drafts_readme(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("| set | writers | used for |\n| --- | --- | --- |\n"
                      "| `a` | agents | read freely |\n"
                      "| `h` | agents | held out: never read |\n"
                      "| `i` | agents | held out: never read, as `h` |\n"
                      # a row mentioning "never read" elsewhere than its "used for" column's
                      # opening is no held-out set: a validation set, say
                      "| `v` | agents | validation (never read): figures only |\n",
                      encoding="utf-8")
    assert quality.never_read_sets(readme) == [quality.DRAFTS / "h", quality.DRAFTS / "i"]


# ----------------------------------------------------------------------------- with Redmine

@pytest.mark.redmine
def test_audit_benchmark_measures_two_small_projects_on_redmine(redmine_server):
    data = redmine_server.data_dir
    rows = audit.measure(data, [20, 40], rounds=1)
    assert [row.count for row in rows] == [20, 40]
    assert all(len(row.baseline) == len(row.audit) == 1 and row.memory_mb > 0 for row in rows)
    text = audit.report(rows, 1)
    assert "python-redmine" in text and "20 issues" in text and "40 issues" in text
    # Run again on the same Redmine, a project is reused as it is...
    audit.seed(data, "bench-20", 20)
    # ...and one holding more issues than asked is refused.
    with pytest.raises(SystemExit, match="holds 40 issues, not 30"):
        audit.seed(data, "bench-40", 30)

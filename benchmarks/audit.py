"""`redlint audit` against python-redmine alone, on a real local Redmine, in one run.

    python benchmarks/audit.py [--server DATA_DIR] [--counts 1000 5000] [--rounds 5]
                               [--edited PERCENT] [--markdown]

Without --server, a throwaway Redmine is started (scripts/redmine-server, root needed), then
stopped and its folder removed at the end; with --server, the Redmine of that data folder (as
written by `scripts/redmine-server start`) is used and left running. For each count, a project
`bench-COUNT` is made to hold that many issues (seeded through the rails runner; a project
seeded by an earlier run is reused as it is), then, after one untimed run of each (imports,
Redmine's caches), `--rounds` times, the two alternately, the order swapped every round so
that the machine's load falls on both:
- the baseline: python-redmine alone fetches the same issues (`issue.filter`, all pages);
- the audit: the body of `redlint audit --project bench-COUNT` in-process (connect, read the
  names, fetch, as-at-creation fields, lint, tally, summary), with the shipped rules.
It prints the median times and the ratio audit/baseline (the median of the rounds' ratios, with
their range; target: at most 1.2), then the audit's peak memory: the maximum resident set of a
child process running the whole `redlint audit --format json`, for each count. Memory should
stay flat as the project grows. `--markdown` also prints the table of README.md.

`--edited PERCENT` seeds projects `bench-COUNT-edited-PERCENT` instead, where that share of the
tickets was edited after its creation (a journal keeps the subject at creation), as on a real
project: the audit then reads each edited ticket's history. The baseline becomes python-redmine
alone fetching the same issues and then, one at a time, the journals of those updated after
their creation (`issue.get(id, include=["journals"])`), as a plain script would.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SERVER = ROOT / "scripts" / "redmine-server"
SEED = ROOT / "scripts" / "redmine-seed-issues.rb"
TARGET_RATIO = 1.2
BASELINE = "python-redmine"
BASELINE_EDITED = "python-redmine + histories"


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"a positive whole number, not {text}")
    return value


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", type=Path,
                        help="data folder of a running test Redmine (scripts/redmine-server)")
    parser.add_argument("--counts", type=positive, nargs="+", default=[1000, 5000],
                        help="project sizes, in issues (default: 1000 5000)")
    parser.add_argument("--rounds", type=positive, default=5,
                        help="timed runs of each, alternated (default: 5)")
    parser.add_argument("--edited", type=int, default=0, metavar="PERCENT",
                        help="share of the seeded tickets edited after creation (default: 0)")
    parser.add_argument("--markdown", action="store_true",
                        help="also print the figures as README.md's table")
    args = parser.parse_args(argv)
    args.counts = sorted(set(args.counts))
    if not 0 <= args.edited <= 100:
        parser.error("--edited: a percentage, 0 to 100")
    if args.server is not None and not (args.server / "server.json").is_file():
        parser.error(f"--server: no server.json in {args.server}")
    return args


# ----------------------------------------------------------------------------- Redmine side

def seed(data: Path, project: str, count: int, edited: int = 0) -> None:
    """Make `project` hold `count` issues, `edited` percent of them edited after creation;
    fails if it already holds more."""
    done = subprocess.run([str(SERVER), "runner", str(data), str(SEED), project, str(count),
                           "12", str(edited)], check=True, stdout=subprocess.PIPE, text=True)
    held = int(done.stdout.split()[-1])
    if held != count:
        raise SystemExit(f"project {project} holds {held} issues, not {count}: "
                         "use a fresh Redmine (no --server)")


def bare_fetch(url: str, key: str, project: str) -> int:
    """The baseline: python-redmine alone fetches every issue of the project."""
    from redminelib import Redmine

    redmine = Redmine(url, key=key)
    return sum(1 for _ in redmine.issue.filter(project_id=project, status_id="*", sort="id"))


def bare_fetch_with_histories(url: str, key: str, project: str) -> int:
    """The baseline on edited tickets: python-redmine alone fetches every issue, then the
    journals of each one updated after its creation, one at a time."""
    from redminelib import Redmine

    redmine = Redmine(url, key=key)
    issues = list(redmine.issue.filter(project_id=project, status_id="*", sort="id"))
    for issue in issues:
        if issue.updated_on > issue.created_on:
            list(redmine.issue.get(issue.id, include=["journals"]).journals)
    return len(issues)


def audit_run(url: str, key: str, project: str) -> int:
    """The audit: `redlint audit --project PROJECT` in-process, its summary thrown away."""
    from redlint.cli.audit import audit_command
    from redlint.config.ruleset import default_rules_path

    env = {"REDMINE_URL": url, "REDMINE_API_KEY": key}
    with contextlib.redirect_stdout(io.StringIO()):
        tally = audit_command(project=project, since=None, until=None, tracker=None,
                              status="all", output_format="human", html=None,
                              rules=default_rules_path(), lang="en", stream=sys.stdout,
                              env=env)
    return tally.checked


def audit_command_line(project: str) -> list[str]:
    from redlint.config.ruleset import default_rules_path

    return [sys.executable, "-m", "redlint", "audit", "--project", project, "--format", "json",
            "--rules", str(default_rules_path()), "--lang", "en"]


# ----------------------------------------------------------------------------- measures

# Runs the command given as its arguments, then prints the largest resident set of its children.
_PROBE = ("import resource, subprocess, sys; "
          "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode; "
          "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(code)")


def peak_memory_mb(command: list[str], env: dict | None = None) -> float:
    """Maximum resident set of a child process running `command` (its output thrown away).

    It is measured from a small go-between process: a child's maximum resident set counts the
    pages of the process it was forked from, and this one is large by then (it ran audits
    in-process), which would be read as the audit's."""
    done = subprocess.run([sys.executable, "-c", _PROBE, *command], env=env,
                          stdout=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise subprocess.CalledProcessError(done.returncode, command)
    return int(done.stdout.split()[-1]) / 1024  # KB on Linux


@dataclass(frozen=True)
class Timing:
    wall: float  # seconds
    cpu: float  # seconds of CPU of this process (all its threads); Redmine's are not in it


def interleaved(baseline: Callable[[], int], candidate: Callable[[], int], rounds: int,
                expected: int, clock: Callable[[], float] = time.perf_counter,
                cpu_clock: Callable[[], float] = time.process_time
                ) -> tuple[list[Timing], list[Timing]]:
    """`rounds` runs of each, alternated: baseline first in even rounds, candidate first in
    odd ones, after one untimed run of each. Every run must count `expected` issues."""
    def run(function) -> Timing:
        start, cpu = clock(), cpu_clock()
        counted = function()
        timing = Timing(clock() - start, cpu_clock() - cpu)
        if counted != expected:
            raise AssertionError(f"{function.__name__}: {counted} issues, not {expected}")
        return timing

    run(baseline), run(candidate)
    base, cand = [], []
    for number in range(rounds):
        if number % 2 == 0:
            base.append(run(baseline))
            cand.append(run(candidate))
        else:
            cand.append(run(candidate))
            base.append(run(baseline))
    return base, cand


@dataclass(frozen=True)
class Row:
    count: int
    baseline: list[Timing]
    audit: list[Timing]
    memory_mb: float
    load: float | None = None  # the machine's 1-minute load average after the timed rounds

    @property
    def ratios(self) -> list[float]:
        """audit/baseline of each round: the two runs of a round share the machine's load."""
        return [a.wall / b.wall for a, b in zip(self.audit, self.baseline)]

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def spread(self) -> str:
        return f"{min(self.ratios):.2f}-{max(self.ratios):.2f}"

    def median(self, timings: list[Timing], what: str = "wall") -> float:
        return statistics.median(getattr(t, what) for t in timings)


def report(rows: list[Row], rounds: int, baseline: str = BASELINE) -> str:
    lines = [f"median of {rounds} alternated rounds; ratio = median of the rounds' "
             f"audit/{baseline} ratios (target <= {TARGET_RATIO}); CPU = this process's",
             f"{'issues':>7} {baseline:>15} {'redlint audit':>14} {'ratio':>6} {'range':>10} "
             f"{'audit CPU':>10}"]
    for row in rows:
        lines.append(f"{row.count:7} {row.median(row.baseline):14.2f}s "
                     f"{row.median(row.audit):13.2f}s {row.ratio:6.2f} {row.spread:>10} "
                     f"{row.median(row.audit, 'cpu'):9.2f}s"
                     f"{'' if row.ratio <= TARGET_RATIO else '  above target'}")
    loads = [f"{row.load:.1f} ({row.count})" for row in rows if row.load is not None]
    if loads:
        lines.append(f"machine load (1-minute average, after the rounds): {', '.join(loads)}"
                     f" on {os.cpu_count()} cores, Redmine's included")
    lines.append("")
    lines.append("peak memory of `redlint audit --format json` (child process, max RSS):")
    for row in rows:
        lines.append(f"{row.count:7} issues: {row.memory_mb:6.1f} MB")
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        lines.append(f"{'':7} {last.count / first.count:g}x the issues: "
                     f"{last.memory_mb - first.memory_mb:+.1f} MB "
                     f"(x{last.memory_mb / first.memory_mb:.2f})")
    return "\n".join(lines)


def markdown(rows: list[Row], rounds: int, baseline: str = BASELINE) -> str:
    lines = [f"| issues | {baseline} alone (baseline) | `redlint audit` | ratio (target ≤ "
             f"{TARGET_RATIO}) | peak memory of the audit |",
             "| ---: | ---: | ---: | ---: | ---: |"]
    for row in rows:
        lines.append(f"| {row.count:,} | {row.median(row.baseline):.2f} s | "
                     f"{row.median(row.audit):.2f} s | {row.ratio:.2f} "
                     f"({row.spread.replace('-', '–')}) | {row.memory_mb:.1f} MB |")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- run

def measure(data: Path, counts: list[int], rounds: int, edited: int = 0) -> list[Row]:
    info = json.loads((data / "server.json").read_text())
    url, key = info["url"], info["api_keys"]["customer"]
    env = dict(os.environ, REDMINE_URL=url, REDMINE_API_KEY=key, NO_COLOR="1")
    rows = []
    for count in counts:
        project = f"bench-{count}-edited-{edited}" if edited else f"bench-{count}"
        seed(data, project, count, edited)
        fetch = bare_fetch_with_histories if edited else bare_fetch

        def baseline() -> int:
            return fetch(url, key, project)

        def audit() -> int:
            return audit_run(url, key, project)

        base, cand = interleaved(baseline, audit, rounds, count)
        load = os.getloadavg()[0]
        memory = peak_memory_mb(audit_command_line(project), env)
        rows.append(Row(count, base, cand, memory, load))
        print(f"{count} issues measured", file=sys.stderr)
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    data = args.server
    started = data is None
    if started:
        data = Path(tempfile.mkdtemp(prefix="redlint-bench-"))
    try:
        if started:
            subprocess.run([str(SERVER), "start", str(data)], check=True,
                           stdout=subprocess.DEVNULL)
        rows = measure(data, args.counts, args.rounds, args.edited)
    finally:
        if started:
            subprocess.run([str(SERVER), "stop", str(data)], check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.rmtree(data, ignore_errors=True)
    baseline = BASELINE_EDITED if args.edited else BASELINE
    if args.edited:
        print(f"{args.edited}% of the tickets edited after their creation")
    print(report(rows, args.rounds, baseline))
    if args.markdown:
        print()
        print(markdown(rows, args.rounds, baseline))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`redlint audit` against python-redmine alone, on a real local Redmine, in one run.

    python benchmarks/audit.py [--server DATA_DIR] [--counts 1000 5000] [--rounds 3]

Without --server, a throwaway Redmine is started (scripts/redmine-server, root needed) and
stopped at the end. For each count, a project of that many issues is seeded through the rails
runner, then, alternately `--rounds` times:
- the baseline: python-redmine alone fetches the same issues (`issue.filter`, sequential);
- the audit: fetch, as-at-creation fields, lint and tally, in-process (`run_audit`).
It prints the median times and their ratio (target: at most 1.2), then the audit's peak memory
(maximum resident set of a child process running the whole `redlint audit --format json`)
for each count: memory should stay flat as the project grows.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SERVER = ROOT / "scripts" / "redmine-server"
SEED = ROOT / "scripts" / "redmine-seed-issues.rb"
TARGET_RATIO = 1.2


def seed(data: Path, project: str, count: int) -> None:
    subprocess.run([str(SERVER), "runner", str(data), str(SEED), project, str(count)],
                   check=True, stdout=subprocess.DEVNULL)


def bare_fetch(url: str, key: str, project: str) -> int:
    from redminelib import Redmine

    redmine = Redmine(url, key=key)
    return sum(1 for _ in redmine.issue.filter(project_id=project, status_id="*", sort="id"))


def audit_fetch(url: str, key: str, project: str) -> int:
    from redlint.cli.audit import connect
    from redlint.audit.run import run_audit
    from redlint.audit.source import Query, Source
    from redlint.audit.tally import Tally
    from redlint.config.ruleset import load_ruleset

    env = {"REDMINE_URL": url, "REDMINE_API_KEY": key}
    redmine, guard, base = connect(30, env=env)
    source = Source(redmine, guard, base_url=base)
    source.names(project)
    tally = Tally()
    for result in run_audit(source, Query(project), load_ruleset(), "en"):
        tally.add(result)
    return tally.checked


def timed(function, *args) -> tuple[float, int]:
    start = time.perf_counter()
    count = function(*args)
    return time.perf_counter() - start, count


def peak_memory_mb(url: str, key: str, project: str) -> float:
    """Peak RSS of a child running the whole command, JSON to /dev/null."""
    env = dict(os.environ, REDMINE_URL=url, REDMINE_API_KEY=key, NO_COLOR="1")
    # A fresh parent whose only child is the audit: RUSAGE_CHILDREN then measures it alone.
    probe = ("import resource, subprocess, sys; subprocess.run([sys.executable, '-m', 'redlint',"
             f" 'audit', '--project', {project!r}, '--format', 'json'], check=True,"
             " stdout=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN)"
             ".ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", probe], env=env, check=True,
                         capture_output=True, text=True).stdout
    return int(out.split()[-1]) / 1024  # ru_maxrss is in KB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", type=Path, help="data folder of a running test Redmine")
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    data = args.server
    started = data is None
    if started:
        data = Path(tempfile.mkdtemp(prefix="redlint-bench-"))
        subprocess.run([str(SERVER), "start", str(data)], check=True, stdout=subprocess.DEVNULL)
    try:
        info = json.loads((data / "server.json").read_text())
        url, key = info["url"], info["api_keys"]["customer"]
        rows = []
        for count in sorted(args.counts):
            project = f"bench-{count}"
            seed(data, project, count)
            bare, audit = [], []
            for _ in range(args.rounds):
                seconds, fetched = timed(bare_fetch, url, key, project)
                bare.append(seconds)
                seconds, audited = timed(audit_fetch, url, key, project)
                audit.append(seconds)
                assert fetched == audited == count, (fetched, audited, count)
            rows.append((count, statistics.median(bare), statistics.median(audit)))
        memory = {count: peak_memory_mb(url, key, f"bench-{count}")
                  for count in sorted(args.counts)}
    finally:
        if started:
            subprocess.run([str(SERVER), "stop", str(data)], check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(f"{'issues':>7} {'python-redmine':>15} {'redlint audit':>14} {'ratio':>6}  "
          f"(median of {args.rounds}; target ratio <= {TARGET_RATIO})")
    for count, bare_s, audit_s in rows:
        ratio = audit_s / bare_s
        print(f"{count:7} {bare_s:14.2f}s {audit_s:13.2f}s {ratio:6.2f}"
              f"{'' if ratio <= TARGET_RATIO else '  above target'}")
    print("\npeak memory of `redlint audit --format json` (child process):")
    for count, megabytes in memory.items():
        print(f"{count:7} issues: {megabytes:6.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Speed of `redlint check`, measured against a named baseline in the same run.

    python benchmarks/speed.py [--runs 21]

Prints three figures:
1. start-up: median wall time of `redlint check` on a typical draft against `yamllint` on a
   small YAML file (the baseline; same machine, same run, interleaved). Target: ratio ≤ 1.
2. throughput: 1,000 drafts in one invocation, in drafts per second. Target: ≥ 1,000/s.
3. growth: time to lint descriptions of growing size (pasted logs), per MB, against the
   smallest size. Target: linear, so the per-MB time stays flat (ratio near 1).
4. large draft: `redlint check` (the real command, in a child process) on a 5 MB description
   of prose with a pasted log: wall time, CPU time and peak memory (the child's maximum
   resident set, from getrusage). Target: at most 5 s and 200 MB. On a busy machine the wall
   time grows with the load; the CPU time is what the check itself costs.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFT = ROOT / "examples" / "good-support.md"


def _bin(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: pip install -e '.[bench]'")
    return found


def _wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


# Runs a command and prints its children's usage: ru_maxrss of RUSAGE_CHILDREN is the
# largest of *any* child ever waited for, so this process's own earlier runs (the 1,000-draft
# throughput run, its workers) must not be counted as the check's peak.
_MEASURE = ("import resource, subprocess, sys, time\n"
            "start = time.perf_counter()\n"
            "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
            "wall = time.perf_counter() - start\n"
            "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)\n")


def _measured(command: list[str]) -> tuple[float, float, float]:
    """Wall time, CPU time (s) and peak resident memory (MB) of `command` alone."""
    out = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True,
                         text=True, check=True).stdout
    wall, cpu, peak_mb = (float(value) for value in out.split())
    return wall, cpu, peak_mb


def _compile_bytecode() -> None:
    """Compile redlint's modules as a regular `pip install` does (yamllint's are, being
    installed): an editable checkout under PYTHONDONTWRITEBYTECODE would otherwise compile
    every module from source at each start, which no installed redlint does. It changes
    the 5 MB check's peak memory too: run from source it once read 195 MB where the
    installed code took 202."""
    import compileall

    import redlint

    compileall.compile_dir(Path(redlint.__file__).parent, quiet=1)


def startup(runs: int) -> None:
    redlint, yamllint = _bin("redlint"), _bin("yamllint")
    with tempfile.TemporaryDirectory() as folder:
        small = Path(folder) / "small.yaml"
        small.write_text("---\nname: redlint\nrules:\n  - tracker\n  - assignment\n")
        commands = {"redlint check (typical draft)": [redlint, "check", str(DRAFT)],
                    "yamllint (small YAML file)": [yamllint, str(small)]}
        for command in commands.values():  # warm the file cache and .pyc files
            _wall(command)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):  # interleaved, so a busy moment hits both alike
            for name, command in commands.items():
                times[name].append(_wall(command))
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"1. start-up, median of {runs} runs")
    for name, value in medians.items():
        print(f"   {name:34} {value * 1000:7.1f} ms")
    ratio = medians["redlint check (typical draft)"] / medians["yamllint (small YAML file)"]
    print(f"   ratio redlint / yamllint           {ratio:7.2f}   (target ≤ 1.00)")


def throughput(count: int = 1000) -> None:
    redlint = _bin("redlint")
    examples = sorted((ROOT / "examples").glob("*.md"))
    with tempfile.TemporaryDirectory() as folder:
        for index in range(count):
            source = examples[index % len(examples)]
            shutil.copy(source, Path(folder) / f"{index:04}-{source.name}")
        elapsed = min(_wall([redlint, "check", folder, "--format", "json"]) for _ in range(3))
    print(f"2. throughput: {count} drafts in one invocation (best of 3)")
    print(f"   {elapsed:.2f} s, {count / elapsed:,.0f} drafts/s   (target ≥ 1,000/s)")


def growth(sizes_mb=(0.5, 1, 2, 5)) -> None:
    from redlint.draft.parse import parse_draft
    from redlint.lint.linter import lint
    from redlint.config.rulecache import load_ruleset

    ruleset = load_ruleset()
    head = DRAFT.read_text(encoding="utf-8")
    log_line = ("2026-11-27 10:42:17,123 ERROR wcs.qommon [pid 4242] Traceback: KeyError "
                "'prenom' in /usr/lib/python3/dist-packages/wcs/forms/root.py line 1234 — "
                "demande 12-345 https://demarches.ville.fr/backoffice/management/x/12/\n")
    lint(parse_draft(head), ruleset, "fr")  # compile the patterns once, outside the timing
    print("3. growth with description size (pasted logs)")
    per_mb = []
    for size in sizes_mb:
        # Pasted without a code fence: the worst case, every rule reads every line.
        text = head + log_line * int(size * 1e6 / len(log_line))
        start = time.perf_counter()
        lint(parse_draft(text), ruleset, "fr")
        elapsed = time.perf_counter() - start
        per_mb.append(elapsed / size)
        print(f"   {size:4} MB  {elapsed:6.2f} s   {elapsed / size:6.3f} s/MB   "
              f"ratio to {sizes_mb[0]} MB: {per_mb[-1] / per_mb[0]:4.2f}")
    print("   (linear: the s/MB ratio stays near 1)")


LARGE_TARGET_S, LARGE_TARGET_MB = 5.0, 200


# The prose of the large draft: the examples' descriptions as they were when this file was
# written, frozen so that the figure compares across rounds. Built from `examples/` itself,
# the draft changed with every example added: one moved where its prose is cut and its peak
# memory by 20 MB, with no change to redlint.
LARGE_PROSE = Path(__file__).resolve().parent / "large-draft-prose.txt"


def large_draft_text(size_mb: float = 5, prose_share: float = 0.3) -> str:
    """A draft whose description is `size_mb` MB: prose (`prose_share` of it), then a pasted
    log, unfenced (every rule reads every line)."""
    head = DRAFT.read_text(encoding="utf-8")
    prose = LARGE_PROSE.read_text(encoding="utf-8")
    target = int(size_mb * 1e6)
    body = (prose * (int(target * prose_share) // len(prose) + 1))[:int(target * prose_share)]
    body = body[:body.rfind("\n") + 1] + "\nVoici le journal :\n\n"
    log_line = ("2026-11-27 10:42:17,123 ERROR wcs.qommon [pid 4242] Traceback: KeyError "
                "'prenom' in /usr/lib/python3/dist-packages/wcs/forms/root.py line 1234 — "
                "demande 12-345 https://demarches.ville.fr/backoffice/management/x/12/\n")
    return head + "\n" + body + log_line * ((target - len(body)) // len(log_line))


def large_draft(size_mb: float = 5) -> None:
    redlint = _bin("redlint")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.md"
        path.write_text(large_draft_text(size_mb), encoding="utf-8")
        size = path.stat().st_size / 1e6
        _wall([redlint, "check", str(path)])  # warm the rule cache and the file cache
        elapsed, cpu, peak_mb = _measured([redlint, "check", str(path)])
    print(f"4. large draft: `redlint check` on {size:.1f} MB (prose and a pasted log)")
    print(f"   wall {elapsed:5.2f} s   CPU {cpu:5.2f} s   peak memory {peak_mb:4.0f} MB   "
          f"(target ≤ {LARGE_TARGET_S:g} s and ≤ {LARGE_TARGET_MB} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--large-only", action="store_true",
                        help="only figure 4, the 5 MB draft against its 5 s / 200 MB target")
    args = parser.parse_args()
    _compile_bytecode()  # every figure measures redlint as installed
    if not args.large_only:
        startup(args.runs)
        throughput()
        growth()
    large_draft()


if __name__ == "__main__":
    main()

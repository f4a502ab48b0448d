"""Benchmark the command line as a user meets it: each run a fresh process, from start to exit.

Three checks of one made-up storm report, with eight pairs of claims each (one pair in conflict), run in
turn so that the machine's drift falls on all of them alike:

* ``units``: the figures in metres, millimetres, km/h and mph, miles and km, hectares and acres, megawatts,
  tonnes and a rate in pounds a day over three weeks;
* ``plain``: the same report with every figure a count (homes, people, schools): what units must not slow
  down by more than half (issue 12: ``units`` at most 1.5 times ``plain``);
* ``units+pint``: the ``units`` check with pint imported first, as every check with a unit was before the
  unit table: the alternative, and what the table saves.

Then ``import claimcheck.cli`` timed inside fresh interpreters (target: at most 60 ms), beside the
interpreter's own start (``python -c pass``).

Bytecode is written on the warm-up run (``PYTHONDONTWRITEBYTECODE`` is dropped for the children), so the
figures are those of an installed package. Run: ``python bench/bench_cli.py`` (``--runs 21`` for a noisy
machine: the medians and the ratio of each pair's times are the figures to quote).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: (sentence, subject, the first quote, the second quote, the first claim's extra keys), with units.
UNITS = [
    ("The river rose more than 5 metres, residents said; the water authority put the rise at 3.5 metres.",
     "river rise", "more than 5 metres", "3.5 metres", ""),
    ("The airport's gauge recorded about 120 mm of rain; the weather service said between 110 mm and 130 mm.",
     "rainfall", "about 120 mm", "between 110 mm and 130 mm", ""),
    ("Gusts reached 150 km/h on the coast, or about 93 mph.", "top gust", "150 km/h", "about 93 mph", ""),
    ("Water covered a 12-mile stretch of the valley road, about 19 km.",
     "flooded stretch", "a 12-mile stretch", "about 19 km", ""),
    ("The town spent £6,000 a day on pumps for three weeks; the council put the bill at £126,000.",
     "pumping bill", "£6,000 a day", "£126,000", 'over = "3 weeks"\n'),
    ("Some 2,400 hectares of farmland flooded, about 6,000 acres.",
     "flooded farmland", "2,400 hectares", "about 6,000 acres", ""),
    ("The grid lost up to 40 MW when a substation failed; the operator said at least 35 megawatts.",
     "power lost", "up to 40 MW", "at least 35 megawatts", ""),
    ("Crews cleared some 8,000 tonnes of debris, nearly 9,000 tonnes by the council's count.",
     "debris cleared", "some 8,000 tonnes", "nearly 9,000 tonnes", ""),
]  # fmt: skip
#: The same report's figures as plain counts.
PLAIN = [
    ("More than 5,000 people left their homes, officials said; the aid agency counted 3,500 people.",
     "people displaced", "More than 5,000 people", "3,500 people", ""),
    ("About 120 homes flooded, and the insurers' count was between 110 and 130 homes.",
     "homes flooded", "About 120 homes", "between 110 and 130 homes", ""),
    ("Rescuers carried out 150 rescues on the coast, lifting about 150 people to safety.",
     "rescues", "150 rescues", "about 150 people", ""),
    ("Police closed 12 roads in the valley, about a dozen by the council's count.",
     "roads closed", "12 roads", "about a dozen", ""),
    ("The town signed up 6,000 volunteers; the council said nearly 6,000 turned up.",
     "volunteers", "6,000 volunteers", "nearly 6,000", ""),
    ("Some 2,400 farms flooded, about 2,500 farms by the union's count.",
     "farms flooded", "2,400 farms", "about 2,500 farms", ""),
    ("Up to 40 schools closed when the roads failed; the ministry said at least 35 schools.",
     "schools closed", "Up to 40 schools", "at least 35 schools", ""),
    ("Some 8,000 households lost water, nearly 9,000 households by the utility's count.",
     "households without water", "some 8,000 households", "nearly 9,000 households", ""),
]  # fmt: skip


def write_report(folder: Path, name: str, pairs: list[tuple[str, str, str, str, str]]) -> Path:
    """Write an article and its claims file; return the claims file."""
    article = "\n\n".join(sentence for sentence, *_ in pairs) + "\n"
    (folder / f"{name}.txt").write_text(article, encoding="utf-8")
    claims = [f'article = "{name}.txt"\n']
    for number, (_, subject, first, second, extra) in enumerate(pairs):
        for side, quote in (("a", first), ("b", second)):
            keys = extra if side == "a" else ""
            claims.append(
                f'\n[[claim]]\nid = "c{number}{side}"\nquote = "{quote}"\nsubject = "{subject}"\n{keys}'
            )
    path = folder / f"{name}.claims.toml"
    path.write_text("".join(claims), encoding="utf-8")
    return path


def environment() -> dict[str, str]:
    """The children's environment: this checkout first on the path, bytecode written and read."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return env


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall and CPU (user + system) seconds of one run of ``command`` in a fresh process, and its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if result.returncode not in (0, 1):  # 1: the check found the planted conflict
        raise SystemExit(f"{command} failed ({result.returncode}):\n{result.stderr}")
    return elapsed, cpu, result.stdout


def check_runs(runs: int, folder: Path, env: dict[str, str]) -> None:
    """The three checks in turn, ``runs`` times each after a warm-up; medians and ratios."""
    units = write_report(folder, "units", UNITS)
    plain = write_report(folder, "plain", PLAIN)
    probe = "import sys; from claimcheck.cli import main; code = main(sys.argv[1:]); "
    probe += "print('pint loaded:', 'pint' in sys.modules); sys.exit(code)"
    commands = {
        "units": [sys.executable, "-c", probe, "check", str(units)],
        "plain": [sys.executable, "-c", probe, "check", str(plain)],
        "units+pint": [sys.executable, "-c", "import pint; " + probe, "check", str(units)],
    }
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for name, command in commands.items():  # warm-up: writes bytecode, shows what each run found
        lines = timed(command, env)[2].strip().splitlines()
        print(f"{name:<11} {lines[-2]}  [{lines[-1]}]")
    for _ in range(runs):
        for name, command in commands.items():
            elapsed, used, _ = timed(command, env)
            wall[name].append(elapsed)
            cpu[name].append(used)
    heading = f"`claimcheck check`, {runs} fresh processes each"
    print(f"\n{heading:<47}wall ms: min  median   cpu ms: min  median")
    for name in commands:
        print(f"  {name:<42} {_ms(wall[name])}   {_ms(cpu[name])}")
    for a, b in (("units", "plain"), ("units+pint", "units")):
        for label, figures in (("wall", wall), ("cpu", cpu)):
            pairs = [x / y for x, y in zip(figures[a], figures[b], strict=True)]
            medians = statistics.median(figures[a]) / statistics.median(figures[b])
            print(
                f"  ratio {a} / {b}, {label}: {medians:.2f} (medians), {statistics.median(pairs):.2f} "
                f"(median of pairs, {min(pairs):.2f}-{max(pairs):.2f})"
            )


def _ms(values: list[float]) -> str:
    return f"{min(values) * 1000:8.1f} {statistics.median(values) * 1000:7.1f}"


def import_runs(runs: int, env: dict[str, str]) -> None:
    """``import claimcheck.cli`` timed inside fresh interpreters, beside the interpreter's own start."""
    code = (
        "import time; t, c = time.perf_counter(), time.process_time(); import claimcheck.cli; "
        "print(time.perf_counter() - t, time.process_time() - c)"
    )
    timed([sys.executable, "-c", code], env)  # warm-up
    wall: list[float] = []
    cpu: list[float] = []
    start_wall: list[float] = []
    start_cpu: list[float] = []
    for _ in range(runs):
        inside = timed([sys.executable, "-c", code], env)[2].split()
        wall.append(float(inside[0]))
        cpu.append(float(inside[1]))
        elapsed, used, _ = timed([sys.executable, "-c", "pass"], env)
        start_wall.append(elapsed)
        start_cpu.append(used)
    heading = f"{runs} fresh interpreters"
    print(f"\n{heading:<47}wall ms: min  median   cpu ms: min  median")
    print(f"  {'import claimcheck.cli (inside the process)':<42} {_ms(wall)}   {_ms(cpu)}   target <= 60")
    print(f"  {'python -c pass (the whole process)':<42} {_ms(start_wall)}   {_ms(start_cpu)}")


def main() -> None:
    """Print the check timings and ratios, then the import timing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="timed runs of each command (default 11)")
    arguments = parser.parse_args()
    env = environment()
    with tempfile.TemporaryDirectory() as name:
        check_runs(arguments.runs, Path(name), env)
    import_runs(arguments.runs, env)


if __name__ == "__main__":
    main()

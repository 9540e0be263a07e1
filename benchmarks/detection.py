"""How often the audit catches each kind of mistake injected into a consistent report.

For each kind of :class:`vnplan.strategies.ErrorKind`, draws examples of
:func:`vnplan.strategies.reports_with_injected_error` (one known mistake in an otherwise
consistent report), runs :func:`vnplan.audit` on each, and counts the examples in which
some finding cites the changed figure or claim (``injected.figure_id``). It prints one
row per kind: the detection rate, and how many of the catches were material.

Usage::

    python benchmarks/detection.py [--examples N] [--seed S] [--kind KIND ...] [--show M]

``--examples`` is per kind (default 1000); ``--show`` prints up to M missed examples of
each kind, to see why they were missed. The exit status is 1 when a kind is detected in
fewer than 95% of its examples.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter

from hypothesis import HealthCheck, Phase, given, seed, settings

from vnplan import Report, strategies
from vnplan.checks import AuditResult, audit

TARGET = 0.95


def _examples(
    kind: strategies.ErrorKind, count: int, random_seed: int
) -> list[tuple[Report, strategies.Injected]]:
    found: list[tuple[Report, strategies.Injected]] = []

    @seed(random_seed)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategies.reports_with_injected_error(kinds=[kind]))
    def collect(pair: tuple[Report, strategies.Injected]) -> None:
        found.append(pair)

    collect()
    return found


def _describe(report: Report, injected: strategies.Injected, result: AuditResult) -> str:
    lines = [f"  {injected!r}"]
    items = (*report.measurements, *report.targets, *report.claims, *report.relations)
    lines.extend(f"    {item!r}" for item in items)
    for finding in result:
        cited = ", ".join(cited.id for cited in finding.figures)
        lines.append(f"    -> [{finding.check}/{finding.severity.value}] {cited}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=1000, help="examples per kind")
    parser.add_argument("--seed", type=int, default=20221202)
    parser.add_argument("--kind", action="append", choices=[k.value for k in strategies.ErrorKind])
    parser.add_argument("--show", type=int, default=0, help="missed examples to print per kind")
    args = parser.parse_args(argv)
    kinds = (
        [strategies.ErrorKind(k) for k in args.kind] if args.kind else list(strategies.ErrorKind)
    )

    rows = []
    started = time.perf_counter()
    for kind in kinds:
        examples = _examples(kind, args.examples, args.seed)
        caught = material = 0
        checks: Counter[str] = Counter()
        missed = []
        for report, injected in examples:
            result = audit(report)
            citing = [f for f in result if any(c.id == injected.figure_id for c in f.figures)]
            if citing:
                caught += 1
                material += any(f.severity.value == "material" for f in citing)
                checks.update({f.check for f in citing})
            else:
                missed.append((report, injected, result))
        rows.append((kind, len(examples), caught, material, checks))
        for report, injected, result in missed[: args.show]:
            print(f"MISSED {kind.value}:\n{_describe(report, injected, result)}\n")

    width = max(len(kind.value) for kind in kinds)
    print(f"{'kind':<{width}}  examples  detected   rate  material  checks that cite it")
    failed = False
    for kind, total, caught, material, checks in rows:
        rate = caught / total if total else 0.0
        failed |= rate < TARGET
        top = ", ".join(f"{name} {count}" for name, count in checks.most_common(3))
        print(f"{kind.value:<{width}}  {total:>8}  {caught:>8}  {rate:>6.1%}  {material:>8}  {top}")
    print(f"({time.perf_counter() - started:.0f} s; target: every kind at {TARGET:.0%} or more)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

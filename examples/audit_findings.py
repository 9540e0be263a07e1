"""Audit the Điện Biên report's own arithmetic and print what does not add up.

Run: ``python examples/audit_findings.py [--lang en]``.

Each finding names the check, its severity (material, rounding or info), a message, and
every printed figure it rests on, with where it is printed in the report.
"""

from __future__ import annotations

import argparse

import vnplan


def main() -> None:
    """Print the summary, then each material finding with the figures it cites."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["vi", "en"], default="vi")
    args = parser.parse_args()

    result = vnplan.audit(vnplan.load("dien-bien-2022"))
    print(result.summary["by_severity"])
    for finding in result:
        if finding.severity is not vnplan.Severity.MATERIAL:
            continue
        print(f"\n[{finding.check}] {finding.message(args.lang)}")
        for cited in finding.figures:
            print(f"    {cited.printed:>24}  {cited.id}  ({cited.location})")


if __name__ == "__main__":
    main()

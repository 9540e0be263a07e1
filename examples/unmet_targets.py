"""List the plan targets of 2022 that Điện Biên did not meet, by sector.

Run: ``python examples/unmet_targets.py [--lang en]`` (needs ``vnplan[pandas]``).

The rows are those of ``vnplan.scorecard``: one per target and basis, including the
attainments the report states without printing the outturn. "Met" follows each
indicator's direction: for a lower-is-better indicator (the poverty rate), an outturn at
or below the target meets it.
"""

from __future__ import annotations

import argparse
from decimal import Decimal

import vnplan


def main() -> None:
    """Print each unmet target with the outturn, the attainment, and where it is printed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["vi", "en"], default="vi")
    args = parser.parse_args()

    report = vnplan.load("dien-bien-2022")
    scorecard = report.to_pandas(table="scorecard")
    unmet = scorecard.query("met == False")
    name = "name_vi" if args.lang == "vi" else "name_en"
    title = "Chỉ tiêu chưa đạt kế hoạch" if args.lang == "vi" else "Targets not met"
    print(f"{title}, {report.province} {report.year}: {len(unmet)}\n")
    for sector, rows in unmet.groupby("sector", sort=False):
        print(f"[{sector}]")
        for row in rows.itertuples():
            percent = vnplan.format_percent(Decimal(f"{row.attainment:.2f}"), args.lang)
            printed = row.result_printed if isinstance(row.result_printed, str) else "—"
            print(f"  {getattr(row, name)}: {printed}, {percent} — {row.location}")


if __name__ == "__main__":
    main()

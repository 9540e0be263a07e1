"""Export the Điện Biên report's figures, scorecard, claims and findings as pandas frames and CSV.

Run: ``python examples/export_frames.py [OUTPUT_FOLDER]`` (needs ``vnplan[pandas]``);
the CSV files are written to the folder, by default a new one in the system's temporary
folder.

The figures frame has the value twice: ``value`` (float, for analysis) and
``value_decimal`` (the exact Decimal), with the text as printed beside them.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import vnplan


def main() -> None:
    """Write figures, scorecard, claims and findings as CSV, and print a small summary."""
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="vnplan-frames-"))
    folder.mkdir(parents=True, exist_ok=True)
    report = vnplan.load("dien-bien-2022")

    figures = report.to_pandas()
    claims = report.to_pandas(table="claims")
    findings = vnplan.audit(report).to_pandas()

    # Decimals go to CSV as their exact text; the float column is for analysis only.
    figures.drop(columns=["value"]).to_csv(folder / "figures.csv", index=False)
    claims.drop(columns=["value"]).to_csv(folder / "claims.csv", index=False)
    findings.to_csv(folder / "findings.csv", index=False)

    scorecard = report.to_pandas(table="scorecard")
    scorecard.drop(columns=["attainment"]).to_csv(folder / "scorecard.csv", index=False)
    by_sector = (
        scorecard.dropna(subset=["met"])
        .groupby("sector")["met"]
        .agg(["sum", "count"])
        .rename(columns={"sum": "met", "count": "judged"})
    )
    print(by_sector.sort_values("judged", ascending=False).head(10))
    print(f"\nwrote {len(figures)} figures, {len(claims)} claims, {len(findings)} findings")
    print(f"to {folder.resolve()}")


if __name__ == "__main__":
    main()

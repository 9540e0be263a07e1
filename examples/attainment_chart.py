"""Draw the attainment of the 2022 plan and growth on 2021, by sector, as PNG files.

Run: ``python examples/attainment_chart.py [OUTPUT_FOLDER] [--lang en]`` (needs
``vnplan[plot]``); writes ``attainment-2022.png`` and ``growth-2022.png`` to the folder,
by default a new one in the system's temporary folder, and prints their paths.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import vnplan
from vnplan.plot import attainment_chart, growth_chart


def main() -> None:
    """Save both charts of the bundled report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folder", nargs="?", help="where to write (default: a new temporary folder)"
    )
    parser.add_argument("--lang", choices=["vi", "en"], default="vi")
    args = parser.parse_args()

    folder = Path(args.folder or tempfile.mkdtemp(prefix="vnplan-charts-"))
    folder.mkdir(parents=True, exist_ok=True)
    report = vnplan.load("dien-bien-2022")
    for name, chart in (("attainment", attainment_chart), ("growth", growth_chart)):
        path = folder / f"{name}-{report.year}.png"
        chart(report, lang=args.lang).savefig(path, dpi=100)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()

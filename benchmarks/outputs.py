"""Write everything vnplan makes of the bundled report and of a corpus, to diff later.

A change made for speed must not change a single output. Write the outputs before the
change and after it, and compare the two folders::

    python benchmarks/corpus.py /tmp/corpus 126 --seed 2025
    python benchmarks/outputs.py /tmp/before /tmp/corpus      # on the old code
    python benchmarks/outputs.py /tmp/after /tmp/corpus       # on the new code
    diff -r /tmp/before /tmp/after                            # nothing, or a regression

It writes the bundled report's JSON export and its audit (JSON, and text in Vietnamese);
for each report of the corpus, its export and its audit (one line each); the collection's
audit (summary, text and CSV), its panel (CSV) and its attainment and growth comparisons.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import vnplan
from vnplan.io import to_json


def _audit_json(result: vnplan.AuditResult) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True, default=str)


def write_outputs(out: Path, corpus: Path) -> list[Path]:
    """Write the outputs of the bundled report and of the corpus in ``corpus`` to ``out``.

    Returns:
        The files written, in the order written.
    """
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def write(name: str, text: str) -> None:
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)

    bundled = vnplan.load("dien-bien-2022")
    audit = vnplan.audit(bundled)
    write("bundled-export.json", to_json(bundled))
    write("bundled-audit.json", _audit_json(audit))
    write("bundled-audit-vi.txt", audit.format_text())

    collection = vnplan.load_many(corpus)
    write(
        "corpus-export.jsonl",
        "".join(to_json(report).replace("\n", " ") + "\n" for report in collection.reports),
    )
    write(
        "corpus-audit.jsonl",
        "".join(_audit_json(vnplan.audit(report)) + "\n" for report in collection.reports),
    )
    audits = collection.audit()
    write("collection-audit.txt", f"{audits.summary!r}\n{audits.format_text()}\n")
    write("collection-audit.csv", audits.to_pandas().to_csv(index=False))
    write("panel.csv", collection.to_pandas().to_csv(index=False))
    pairs = (*collection.attainment(), *collection.growth())
    write("pairs.txt", "".join(f"{pair!r}\n" for pair in pairs))
    return written


def main() -> None:
    """Parse the command line and write the outputs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder to write to (made if missing)")
    parser.add_argument("corpus", type=Path, help="a folder of report folders (corpus.py)")
    args = parser.parse_args()
    for path in write_outputs(args.out, args.corpus):
        print(path)


if __name__ == "__main__":
    main()

"""How much of a report ``vnplan draft`` finds, against hand-made answer keys.

Usage::

    python benchmarks/draft_recall.py ../shared/source/bc-350-ubnd-dien-bien-2022.txt

The first table drafts the Điện Biên report (Số 350/BC-UBND, 2022) from its text and
compares the draft with the curated bundled dataset ``vnplan.load("dien-bien-2022")``:

- recall of figures: curated figures whose printed text the draft has (as a multiset);
- precision of figures: drafted figures whose printed text is a curated figure's;
- recall of claims: curated claims whose kind and printed text the draft has;
- indicator as curated: of the figures found, those drafted with the curated indicator
  (a figure is paired with the curated one of the same printed text in the same section
  when there is one);
- time: the best of three runs of ``vnplan.draft``;
- loads: whether the written folder loads with ``vnplan.load`` and audits.

The second table drafts short texts of other provinces (``benchmarks/data/provinces``,
each with its source address on its first line, and a hand-made ``.expected.tsv``) and
counts the listed figures whose printed text is some drafted figure's or claim's.
"""

from __future__ import annotations

import argparse
import collections
import csv
import tempfile
import time
from pathlib import Path

import vnplan
from vnplan.drafting import Draft, draft

_PROVINCES = Path(__file__).parent / "data" / "provinces"


def _best_of_three(source: Path) -> tuple[Draft, float]:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        result = draft(source)
        times.append(time.perf_counter() - start)
    return result, min(times)


def _ratio(hit: int, total: int) -> str:
    return f"{hit}/{total} = {100 * hit / total:.1f}%" if total else "n/a"


def dien_bien(source: Path) -> list[tuple[str, str, str]]:
    """Rows (measure, value, target) of the Điện Biên comparison."""
    result, seconds = _best_of_three(source)
    curated = vnplan.load("dien-bien-2022")
    curated_figures = [*curated.measurements, *curated.targets]
    wanted = collections.Counter(f.printed for f in curated_figures)
    got = collections.Counter(f.printed for f in result.figures)
    found = sum((wanted & got).values())
    wanted_claims = collections.Counter((c.kind.value, c.printed) for c in curated.claims)
    got_claims = collections.Counter((c.kind, c.printed) for c in result.claims)
    claims_found = sum((wanted_claims & got_claims).values())
    # Indicators: pair each drafted figure with a curated one of the same printed text,
    # in the same section first.
    pool: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for figure in curated_figures:
        pool[figure.printed].append((figure.location.section, figure.indicator.id))
    same = paired = 0
    for figure in result.figures:
        candidates = pool.get(figure.printed)
        if not candidates:
            continue
        index = next(
            (i for i, (section, _) in enumerate(candidates) if section == figure.where.section), 0
        )
        _, indicator = candidates.pop(index)
        paired += 1
        same += indicator == figure.indicator
    with tempfile.TemporaryDirectory() as folder:
        result.write(folder)
        report = vnplan.load(folder)
        findings = len(vnplan.audit(report).findings)
    by_kind = []
    for kind in sorted({k for k, _ in wanted_claims}):
        total = sum(n for (k, _), n in wanted_claims.items() if k == kind)
        hit = sum(n for (k, _), n in (wanted_claims & got_claims).items() if k == kind)
        by_kind.append((f"  claims: {kind}", _ratio(hit, total), ""))
    return [
        ("recall of figures (printed)", _ratio(found, sum(wanted.values())), ">= 95%"),
        ("precision of figures", _ratio(found, sum(got.values())), ">= 90%"),
        (
            "recall of claims (kind, printed)",
            _ratio(claims_found, sum(wanted_claims.values())),
            ">= 85%",
        ),
        *by_kind,
        ("indicator as curated", _ratio(same, paired), ">= 80%"),
        ("time (best of 3)", f"{seconds:.2f} s", "<= 2 s"),
        ("folder loads and audits", f"yes, {findings} findings", "yes"),
        ("relations", str(len(result.relations)), f"curated {len(curated.relations)}"),
        ("new indicators", str(len(result.new_indicators)), ""),
        ("unread numbers", str(len(result.unread)), ""),
    ]


def provinces() -> list[tuple[str, str, str]]:
    """Rows (text, recall, address) for the other provinces' texts."""
    rows = []
    total_hit = total = 0
    for text in sorted(_PROVINCES.glob("*.txt")):
        expected = _PROVINCES / f"{text.stem}.expected.tsv"
        with expected.open(encoding="utf-8") as file:
            listed = [row["printed"] for row in csv.DictReader(file, delimiter="\t")]
        result = draft(text)
        printed = collections.Counter(
            [f.printed for f in result.figures] + [c.printed for c in result.claims]
        )
        for item in list(printed):  # a qualifier stays in the context of the hand-made list
            bare = vnplan.parse_printed(item)
            if bare.qualifier:
                printed[item[len(bare.qualifier) :].strip()] += printed[item]
        hit = sum((collections.Counter(listed) & printed).values())
        total_hit, total = total_hit + hit, total + len(listed)
        address = text.read_text(encoding="utf-8").split("\n", 1)[0].split(" | ")[0]
        rows.append((text.stem, _ratio(hit, len(listed)), address.removeprefix("# SOURCE: ")))
    rows.append(("all", _ratio(total_hit, total), ""))
    return rows


def _table(header: tuple[str, str, str], rows: list[tuple[str, str, str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    lines = [" | ".join(c.ljust(w) for c, w in zip(header, widths, strict=True))]
    lines.append("-|-".join("-" * w for w in widths))
    lines.extend(" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows)
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="the text of report Số 350/BC-UBND")
    args = parser.parse_args()
    print(f"vnplan draft {args.source.name} against the curated dien-bien-2022\n")
    print(_table(("measure", "value", "target"), dien_bien(args.source)))
    print("\nOther provinces: listed figures found (by printed text)\n")
    print(_table(("text", "recall", "source"), provinces()))


if __name__ == "__main__":
    main()

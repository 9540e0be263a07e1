"""Write the bundled report's audit findings as Markdown (run by ``conf.py`` at build time)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import vnplan
from vnplan.checks import audit, checks

if TYPE_CHECKING:
    from pathlib import Path

    from vnplan.checks import Finding

_HEADINGS = {
    vnplan.Severity.MATERIAL: "Material",
    vnplan.Severity.ROUNDING: "Rounding",
    vnplan.Severity.INFO: "Info",
}


def _finding(number: int, finding: Finding) -> list[str]:
    where = finding.location.describe("en") if finding.location is not None else ""
    lines = [
        f"{number}. **`{finding.check}`**, {where}",
        "",
        f"   {finding.message_en}",
        "",
        f"   *{finding.message_vi}*",
        "",
    ]
    lines += [
        f"   - `{cited.id}`: «{cited.printed}» ({cited.location.describe('en')})"
        for cited in finding.figures
    ]
    lines.append("")
    return lines


def write(path: Path) -> None:
    """Write the findings of the audit of every bundled dataset to ``path``."""
    lines: list[str] = []
    for info in vnplan.datasets():
        result = audit(vnplan.load(info.name))
        counts = result.summary["by_severity"]
        lines += [
            f"### `{info.name}`",
            "",
            (
                f"`vnplan audit {info.name}` finds {counts['material']} material, "
                f"{counts['rounding']} rounding and {counts['info']} info findings:"
            ),
            "",
            "| check | findings |",
            "| --- | --- |",
        ]
        lines += [
            f"| `{check.name}` | {result.summary['by_check'].get(check.name, 0)} |"
            for check in checks()
        ]
        lines.append("")
        for severity, found in result.by_severity().items():
            if not found:
                continue
            lines += [f"#### {_HEADINGS[severity]} ({len(found)})", ""]
            for number, finding in enumerate(found, start=1):
                lines += _finding(number, finding)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")

"""Small valid model objects shared by the tests; each test changes what it checks.

Importable from any test module as ``builders`` (``pythonpath`` in pyproject.toml).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from vnplan import (
    Claim,
    Direction,
    Indicator,
    Location,
    Measure,
    Measurement,
    Relation,
    Report,
    Target,
)

#: Where the objects of a test are printed.
HERE = Location(section="I > I.1 > 1 > 1.1", paragraph=1)


def indicator(**changes: Any) -> Indicator:
    """Grain output (tấn, higher is better), with ``changes``."""
    fields: dict[str, Any] = {
        "id": "grain-output",
        "name_vi": "Tổng sản lượng lương thực",
        "name_en": "Total grain output",
        "unit": "tấn",
        "measure": Measure.LEVEL,
        "direction": Direction.HIGHER,
        "sector": "agriculture",
    }
    return Indicator(**{**fields, **changes})


#: Higher is better, in tấn.
GRAIN = indicator()
#: Lower is better, in %.
POVERTY = indicator(
    id="poverty-rate",
    name_vi="Tỷ lệ hộ nghèo",
    name_en="Poverty rate",
    unit="%",
    measure=Measure.RATE,
    direction=Direction.LOWER,
    sector="poverty",
)


def report(*items: Measurement | Target | Claim | Relation, **changes: Any) -> Report:
    """A report holding ``items`` and the indicators they use, with header ``changes``."""
    used: dict[str, Indicator] = {}
    for item in items:
        if not isinstance(item, Relation):
            used[item.indicator.id] = item.indicator
    header: dict[str, Any] = {
        "issuer": "UBND tỉnh Thử",
        "number": "1/BC-UBND",
        "date": dt.date(2022, 12, 2),
        "place": "Thử",
        "province": "Thử",
        "year": 2022,
        "plan_year": 2023,
        "title": "Báo cáo thử",
    }
    return Report(
        **{**header, **changes},
        indicators=tuple(used.values()),
        measurements=tuple(i for i in items if isinstance(i, Measurement)),
        targets=tuple(i for i in items if isinstance(i, Target)),
        claims=tuple(i for i in items if isinstance(i, Claim)),
        relations=tuple(i for i in items if isinstance(i, Relation)),
    )

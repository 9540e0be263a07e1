"""Reading and writing Vietnamese numbers, printed figures, dates and document numbers.

Internal layer: its public names are re-exported by :mod:`vnplan`, and the layers above
import them from here, not from the modules inside. It imports only :mod:`vnplan.units`,
:mod:`vnplan.exceptions` and the enumerations.

- :mod:`~vnplan.text.numbers`: numbers ("13.963,91"), and the number scanner the other
  modules share;
- :mod:`~vnplan.text.printed`: printed figures with unit, qualifier and fraction
  (:class:`Printed`);
- :mod:`~vnplan.text.quantities`: quantities and percentages;
- :mod:`~vnplan.text.dates`: dates;
- :mod:`~vnplan.text.documents`: document numbers ("Số: 350/BC-UBND").
"""

from vnplan.text.dates import format_date, parse_date
from vnplan.text.documents import DocumentNumber, format_document_number, parse_document_number
from vnplan.text.numbers import format_number, parse_number
from vnplan.text.printed import Printed, format_printed, parse_printed
from vnplan.text.quantities import format_percent, format_quantity, parse_percent, parse_quantity

__all__ = [
    "DocumentNumber",
    "Printed",
    "format_date",
    "format_document_number",
    "format_number",
    "format_percent",
    "format_printed",
    "format_quantity",
    "parse_date",
    "parse_document_number",
    "parse_number",
    "parse_percent",
    "parse_printed",
    "parse_quantity",
]

"""Where a figure was published: a web page or document of its own, with its title and date."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Final

import attrs

from vnplan.exceptions import ValidationError
from vnplan.model import validators as v

__all__ = ["Source"]

#: An absolute web address: ``http`` or ``https``, a host, no spaces.
_URL: Final = re.compile(r"https?://[^\s/?#]+[^\s]*\Z")


def _url(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _URL.match(value):
        raise ValidationError(attribute.name, "an http or https address without spaces", value)


@attrs.frozen(kw_only=True)
class Source:
    """The page or document a figure was published in, when it is not the report itself.

    A report of one document (an administrative report, a statistics release) needs
    none: the report is the source. A compilation gathers figures from several pages,
    and each figure names its own.

    >>> page = Source(url="https://thongkedienbien.gov.vn/470", published=dt.date(2023, 12, 29))
    >>> page.published.isoformat(), page.title is None
    ('2023-12-29', True)

    Raises:
        ValidationError: The address is not an http(s) address, or a field has the wrong type.
    """

    #: The page's address.
    url: str = attrs.field(validator=_url)
    #: The page's title as shown on it; ``None`` where the page shows none.
    title: str | None = attrs.field(default=None, validator=v.optional_text)
    #: Who published it (``Cục Thống kê tỉnh Điện Biên``, ``Báo Quân đội nhân dân``).
    publisher: str | None = attrs.field(default=None, validator=v.optional_text)
    #: The date the page shows as its publication date; ``None`` where it shows none.
    published: dt.date | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(dt.date, v.plain_date))
    )
    #: A remark on the source, such as a date the page implies but does not show.
    note: str | None = attrs.field(default=None, validator=v.optional_text)

    def describe(self) -> str:
        """Say the source in one line: title, publisher, date, address.

        >>> Source(url="https://qdnd.vn/773853", publisher="Báo Quân đội nhân dân").describe()
        'Báo Quân đội nhân dân, https://qdnd.vn/773853'
        """
        parts = [part for part in (self.title, self.publisher) if part]
        if self.published is not None:
            parts.append(self.published.isoformat())
        return ", ".join([*parts, self.url])

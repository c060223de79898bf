"""One event, whatever its source: the documented incidents, an imported UCDP or ACLED
data set, or the incidents of an imported STIX bundle. Every table, export, report and
GUI list reads this one shape, so a column cannot mean one thing in one place and
another elsewhere."""

from __future__ import annotations

from dataclasses import dataclass

from khorasan_desktop.core import dates

BUNDLED_SOURCE = "bundled"
IMPORTED_PREFIX = "imported:"  # ids of imported events: imported:<data set>:<source id>


@dataclass(frozen=True)
class Event:
    id: str  # bundled: the entity id; imported: "imported:<data set>:<source id>"
    name: str
    date_start: str | None
    precision: str
    date_end: str | None = None
    place: str | None = None
    country_id: str | None = None
    country_name: str | None = None
    province_id: str | None = None
    province_name: str | None = None  # imported: the source's first-level unit (adm1)
    attack_type: str | None = None  # imported: the source's own event type
    target: str | None = None
    deaths_best: int | None = None
    deaths_low: int | None = None
    deaths_high: int | None = None
    injuries: int | None = None  # imported sets carry none
    attribution: str | None = None  # claimed, attributed or disputed (bundled and STIX)
    source: str = BUNDLED_SOURCE  # "bundled" or the imported data set's name
    source_kind: str = BUNDLED_SOURCE  # bundled, ucdp, acled or stix
    ext_id: str | None = None  # the id the imported source gives it
    latitude: float | None = None
    longitude: float | None = None
    place_precision: str | None = None
    actor_id: str | None = None
    actor_name: str | None = None
    actor2_id: str | None = None
    actor2_name: str | None = None
    description: str | None = None

    @property
    def date_display(self) -> str:
        """The date as precise as its source: ``14 Mar 2019``, ``Mar 2019``, ``c. 2016``."""
        return dates.display(self.date_start, self.precision, self.date_end)

    @property
    def imported(self) -> bool:
        return self.source_kind != BUNDLED_SOURCE

    @property
    def sides(self) -> str:
        """The actors an imported source names: ``IS vs Civilians``."""
        who = self.actor_name or ""
        return who + (f" vs {self.actor2_name}" if self.actor2_name else "")

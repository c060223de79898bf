"""What one import of an event file did: rows read, written, skipped, mapped, and why."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

MAX_LISTED = 100  # bad/duplicate lines listed one by one in a report (all are counted)


@dataclass
class EventImportReport:
    dataset: str
    kind: str
    source_file: str
    release: str | None = None
    licence: str | None = None
    attribution: str | None = None
    replaced: bool = False  # the data set existed: rows updated in place
    rows_read: int = 0  # data records read (bad ones included)
    inserted: int = 0
    updated: int = 0
    removed: int = 0  # rows of the earlier import no longer in the file
    row_count: int = 0  # rows in the data set after the import
    date_from: str | None = None
    date_to: str | None = None
    skipped: int = 0
    skipped_reasons: dict[str, int] = field(default_factory=dict)
    skipped_lines: list[tuple[int, str]] = field(default_factory=list)  # first MAX_LISTED
    duplicates: int = 0  # ids seen again in the file: the later row replaced the earlier
    duplicate_lines: list[int] = field(default_factory=list)
    unmapped_provinces: dict[str, int] = field(default_factory=dict)  # "Country / adm1": n
    outside_reference: int = 0  # events in countries without reference provinces
    actors_mapped: dict[str, int] = field(default_factory=dict)  # "name -> id": n
    actors_unmapped: dict[str, int] = field(default_factory=dict)  # most frequent first
    actors_unmapped_total: int = 0  # distinct unmapped names
    columns_missing: list[str] = field(default_factory=list)
    columns_extra: list[str] = field(default_factory=list)
    precision: dict[str, int] = field(default_factory=dict)  # date precision: n
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def lines(self) -> list[str]:
        verb = "updated" if self.replaced else "imported"
        out = [
            f"{verb} {self.kind.upper()} data set {self.dataset!r} from {self.source_file}: "
            f"{self.row_count} events ({self.inserted} new, {self.updated} updated"
            + (f", {self.removed} removed as no longer in the file" if self.removed else "")
            + f"), {self.date_from or '?'} to {self.date_to or '?'}, {self.seconds:.1f} s"
        ]
        if self.release:
            out.append(f"release: {self.release}")
        out.append(f"attribution: {self.attribution}")
        if self.precision:
            out.append(
                "date precision: " + ", ".join(f"{k} {v}" for k, v in self.precision.items())
            )
        if self.columns_missing:
            out.append("columns missing (left empty): " + ", ".join(self.columns_missing))
        if self.columns_extra:
            out.append("columns not used (kept in the raw row): " + ", ".join(self.columns_extra))
        if self.skipped:
            out.append(
                f"skipped {self.skipped} bad rows: "
                + "; ".join(f"{r} ({n})" for r, n in self.skipped_reasons.items())
            )
            out += [f"  line {line}: {why}" for line, why in self.skipped_lines]
            if self.skipped > len(self.skipped_lines):
                out.append(f"  ... {self.skipped - len(self.skipped_lines)} more")
        if self.duplicates:
            shown = ", ".join(map(str, self.duplicate_lines))
            more = " ..." if self.duplicates > len(self.duplicate_lines) else ""
            out.append(
                f"{self.duplicates} rows repeat an id seen earlier in the file (the later row "
                f"was kept): lines {shown}{more}"
            )
        if self.actors_mapped:
            out.append("actors mapped to the reference:")
            out += [f"  {k}: {n}" for k, n in self.actors_mapped.items()]
        if self.actors_unmapped:
            out.append(
                f"actors kept under their source names ({self.actors_unmapped_total}), "
                "most frequent: "
                + ", ".join(f"{k} ({n})" for k, n in list(self.actors_unmapped.items())[:15])
            )
        if self.unmapped_provinces:
            out.append("provinces not found in the reference (events kept without province):")
            out += [f"  {k}: {n}" for k, n in self.unmapped_provinces.items()]
        if self.outside_reference:
            out.append(
                f"{self.outside_reference} events in countries the reference has no provinces "
                "for (kept, country by name only)"
            )
        out += self.warnings
        return out

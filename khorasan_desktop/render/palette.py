"""The colours of the drawn views (graph, chart, map, legends) in a light and a dark set.

One place for the colours that pictures need beyond the widget palette: the pages read the
set of the chosen theme (ui/theme.py), the PDF report always draws with :data:`LIGHT`
(paper stays white). Colours that carry meaning (relation groups, the map's count classes,
the chart's series) stay the same hue in both; in the dark set, lines and marks that would
vanish on a dark ground are lightened by :meth:`Colours.line`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor


@dataclass(frozen=True)
class Colours:
    """What a picture paints with besides its data colours (all ``#rrggbb`` or ``#aarrggbb``)."""

    name: str
    dark: bool
    ink: str  # text and axes
    muted: str  # secondary text, undated lines
    canvas: str  # the graph's and the chart's ground
    plate: str  # the plate behind a graph node's name
    centre_halo: str  # the glow behind the graph's centre node
    focus: str  # keyboard focus mark on graph nodes and chart bars
    sea: str  # the map's sea and countries outside the data
    land: str  # a province with no documented incident
    no_data_land: str  # a country without first-level units
    province_edge: str
    country_edge: str
    home_country_edge: str
    highlight_edge: str
    marker: str  # incident markers
    marker_edge: str  # the rim of an exact marker and the count printed inside it
    halo: str  # the halo round map labels and rings
    country_label: str
    province_label: str
    stat_fill: str  # published statistics on the chart
    stat_edge: str
    stat_label: str
    warning: str  # caveats and cautions in captions
    error: str  # a problem stated in a label

    def qcolor(self, name: str) -> QColor:
        return QColor(getattr(self, name))

    def line(self, colour: str | QColor) -> QColor:
        """A data colour as a line or text on this ground: unchanged on light ground;
        on dark ground lifted to a lightness where it still reads (hue kept)."""
        c = QColor(colour)
        if not self.dark:
            return c
        lightness = c.lightnessF()
        if lightness < 0.62:
            c = QColor.fromHslF(max(c.hslHueF(), 0.0), c.hslSaturationF(), 0.62 + lightness * 0.2)
        return c


LIGHT = Colours(
    name="light",
    dark=False,
    ink="#222222",
    muted="#555555",
    canvas="#fbfbf8",
    plate="#e1ffffff",
    centre_halo="#6effd600",
    focus="#0057b8",
    sea="#e4eaef",
    land="#f7f5f0",
    no_data_land="#d8d8d6",
    province_edge="#a9a49a",
    country_edge="#4d4d4d",
    home_country_edge="#262626",
    highlight_edge="#1d4f91",
    marker="#1f1f1f",
    marker_edge="#ffffff",
    halo="#e1ffffff",
    country_label="#5f5a52",
    province_label="#2b2b2b",
    stat_fill="#ffd400",
    stat_edge="#222222",
    stat_label="#5a4500",
    warning="#8a4b00",
    error="#a40000",
)

DARK = Colours(
    name="dark",
    dark=True,
    ink="#e8e8e8",
    muted="#b4b4b4",
    canvas="#1e1f22",
    plate="#d92a2c30",
    centre_halo="#80ffd600",
    focus="#7cc4ff",
    sea="#1b2733",
    land="#3a3b3d",
    no_data_land="#2c2c2c",
    province_edge="#6d6a64",
    country_edge="#a8a8a8",
    home_country_edge="#d8d8d8",
    highlight_edge="#7cc4ff",
    marker="#f2f2f2",
    marker_edge="#111111",
    halo="#e0111111",
    country_label="#c9c3b8",
    province_label="#ececec",
    stat_fill="#ffd400",
    stat_edge="#111111",
    stat_label="#ffe27a",
    warning="#ffb74d",
    error="#ff8a80",
)

THEMES = {c.name: c for c in (LIGHT, DARK)}

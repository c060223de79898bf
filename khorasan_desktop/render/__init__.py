"""Drawing shared by the GUI and the report: fonts, entity HTML, and the chart, map and
graph pictures built from view data. Qt lives here, but no widget: the window embeds
these scenes and plots, and the report renders the same ones into vector pictures."""

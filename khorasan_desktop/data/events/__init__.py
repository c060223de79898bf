"""Event data beside the reference: importing UCDP GED / ACLED files, and every event source
(bundled incidents, imported data sets, STIX-imported incidents) behind one interface.

Modules: ``fields`` (one field of a source row), ``formats`` (source formats and reading a
CSV file), ``mapping`` (source actors to our actors), ``places`` (countries and provinces
by name), ``report`` (what an import did), ``writer`` (the import), ``imported`` (reading
imported events), ``stix_incidents`` (STIX incidents as event rows), ``sources`` (the
event-source interface the chart, map and events views fan out over).
"""

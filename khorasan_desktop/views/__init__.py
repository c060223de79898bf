"""Qt-free view layer: a view spec is resolved once and loaded into plain data that the
GUI, the PDF report, the CSV/JSON exports and the command line all render.

Each view kind module has ``resolve(ref, spec, user_db) -> Resolved*`` (options parsed,
names resolved, bad input refused with one message), ``load(ref, resolved) -> *Data``
(frozen dataclasses) and ``describe(...)``; ``registry`` maps kinds to modules.
"""

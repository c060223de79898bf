"""Qt-free view layer: a view spec is resolved once and loaded into plain data that the
GUI, the PDF report, the CSV/JSON exports and the command line all render.

One module per view kind (``entity``, ``relations``, ``chart``, ``map``, ``events``,
``notes`` for notes and bookmarks), each with ``resolve`` (options parsed, names resolved,
bad input refused with one message) and ``load`` (frozen dataclasses); ``registry`` maps
kinds to modules and checks any spec; ``options`` holds the shared option rules and the one
filter description; ``formats`` says how figures read.
"""

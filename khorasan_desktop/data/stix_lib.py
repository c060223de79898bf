"""The STIX 2.1 library, loaded without its network half.

``stix2`` imports its TAXII data store at start, which pulls in ``requests`` and
``urllib3``; urllib3 opens an IPv6 socket at import to probe for IPv6. The app never speaks
TAXII (it never opens a network connection), so the TAXII module is replaced by an empty
stand-in before ``stix2`` loads: nothing that can open a socket is ever imported. Import
``stix2`` only through this module.
"""

from __future__ import annotations

import sys
import types


class _NoTaxii:
    """TAXII needs a network; Khorasan Desktop has none."""

    def __init__(self, *_args: object, **_kwargs: object) -> None:
        raise RuntimeError("TAXII is not available: Khorasan Desktop works offline")


def _offline_taxii() -> None:
    name = "stix2.datastore.taxii"
    if name in sys.modules:
        return
    stub = types.ModuleType(name, "Offline stand-in: no TAXII, no network library.")
    for cls in ("TAXIICollectionSink", "TAXIICollectionSource", "TAXIICollectionStore"):
        setattr(stub, cls, type(cls, (_NoTaxii,), {}))
    sys.modules[name] = stub


_offline_taxii()

import stix2  # noqa: E402  (after the stand-in, on purpose)

__all__ = ["stix2"]

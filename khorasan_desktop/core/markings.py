"""Handling markings offered for reports and bundles (TLP 2.0 labels, classifications)."""

from __future__ import annotations

TLP_PRESETS = ("TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED")
CLASSIFICATION_PRESETS = ("UNCLASSIFIED", "OFFICIAL", "RESTRICTED", "CONFIDENTIAL")

from __future__ import annotations

import pytest

from tests.reliability.ledger import LEDGER, Ledger


@pytest.fixture
def ledger() -> Ledger:
    """Record a bad-input case's outcome or a figure for docs/reliability.md."""
    return LEDGER

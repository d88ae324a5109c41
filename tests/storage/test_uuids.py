"""Keys from `models.new_uuids`: valid version-7 UUIDs, strictly increasing, also in bulk."""

import uuid

import pytest

from annotator import models
from annotator.models import new_uuids


def test_bulk_keys_are_version_7_and_strictly_increasing_across_calls() -> None:
    keys = new_uuids(3) + new_uuids(0) + new_uuids(10_000) + new_uuids(1)
    assert len(keys) == 10_004
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)
    for key in keys:
        parsed = uuid.UUID(key)
        assert str(parsed) == key  # canonical lower-case text with its four dashes
        assert parsed.version == 7
        assert parsed.variant == uuid.RFC_4122


def test_counter_overflow_moves_to_the_next_millisecond(monkeypatch: pytest.MonkeyPatch) -> None:
    # Three keys left in this millisecond's 12-bit counter: the rest take the next ones.
    monkeypatch.setattr(models, "_uuid_clock", [2**45, 0xFFC])
    keys = new_uuids(5000)
    stamps = [(uuid.UUID(key).int >> 80, (uuid.UUID(key).int >> 64) & 0xFFF) for key in keys]
    assert stamps[:4] == [(2**45, 0xFFD), (2**45, 0xFFE), (2**45, 0xFFF), (2**45 + 1, 0)]
    assert stamps[-1] == (2**45 + 2, 5000 - 3 - 4096 - 1)
    assert keys == sorted(keys)
    assert models._uuid_clock == [2**45 + 2, 5000 - 3 - 4096 - 1]

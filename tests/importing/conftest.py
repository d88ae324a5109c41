"""Fixtures for the importer tests: a network that fails loudly if anything tries to use it."""

import socket
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest


class NetworkUsedError(AssertionError):
    """Raised by the patched socket layer: an importer tried to reach the network."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Make every Python-level connection attempt raise, and record it.

    Native code (libxml2) does not go through `socket`, so the hostile-HTML
    tests also run a loopback server and check that it received nothing.
    """
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args[1:] or kwargs))
        raise NetworkUsedError(f"network access during import: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    yield attempts
    assert attempts == []

"""Pausing Python's cyclic garbage collector around bursts of allocation."""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def paused():
    """No cyclic collection inside the block; the collector's state is restored after.

    Decoding a page or planning a listing allocates objects by the hundred thousand that
    reference counting frees or keeps; with the collector on, a collection starts every few
    hundred allocations and the older generations walk every record made so far (about a
    third of a 100k listing's time). Nothing here makes reference cycles to wait for.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

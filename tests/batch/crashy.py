"""A worker function that kills its process or hangs on cue (importable by spawned workers)."""

from __future__ import annotations

import os
import time

from factcheck.batch import worker


def process_chunk(articles, config=None):
    for a in articles:
        if "CRASH" in a.text:
            os._exit(3)
        if "HANG" in a.text:
            time.sleep(600)
    return worker.process_chunk(articles, config)

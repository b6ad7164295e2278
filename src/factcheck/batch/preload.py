"""Imported once by the multiprocessing forkserver, before it forks any audit worker.

Loading the embedded reference store and warming the pipeline here means every pool
worker (and every replacement after a crash) inherits them instead of paying ~1 s each.
Ctrl-C is the audit process's to handle: the forkserver ignores it from here on (it
does so itself only once its preloads are done).
"""

import signal

signal.signal(signal.SIGINT, signal.SIG_IGN)

from factcheck.batch.worker import preload  # noqa: E402

preload()

"""Imported once by the multiprocessing forkserver, before it forks any audit worker.

Loading the embedded reference store and warming the pipeline here means every pool
worker (and every replacement after a crash) inherits them instead of paying ~1 s each.
"""

from factcheck.batch.worker import preload

preload()

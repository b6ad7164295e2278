"""The Dask engine: the same audit on a dask.distributed cluster.

The client streams the archive in partitions (one chunk of `--chunk-size` documents
each) to the cluster with a bounded number in flight; each Dask worker builds the
pipeline and reference store once (a per-process cache in `batch.worker`) and
returns the partition's results; the client commits each partition in input order
as one part file (`-o out.parquet` is a directory of parts, `out.documents.parquet`
another). Without `--scheduler` a LocalCluster of `--jobs` single-threaded worker
processes is started. The per-document `--timeout` relies on SIGALRM, which Dask's
worker threads cannot use: on this engine it is not enforced.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from typing import TYPE_CHECKING

from factcheck.batch.worker import process_chunk
from factcheck.errors import ConfigError
from factcheck.models import Article

if TYPE_CHECKING:
    from factcheck.batch.engine import AuditConfig, _Sink


def _client(config: AuditConfig):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError("--engine dask: dask.distributed is not installed "
                          "(pip install 'factcheck[dask]')") from None
    if config.scheduler:
        try:
            return Client(config.scheduler, timeout="20s"), None
        except (OSError, TimeoutError) as exc:
            raise ConfigError(f"--scheduler {config.scheduler}: cannot connect ({exc})") from None
    cluster = LocalCluster(n_workers=config.workers, threads_per_worker=1, processes=True,
                           dashboard_address=":0", silence_logs=40)
    return Client(cluster), cluster


def run_dask(config: AuditConfig, chunks: Iterable[list[Article]], sink: _Sink) -> None:
    wcfg = config.worker_config()
    client, cluster = _client(config)
    limit = config.max_in_flight or 2 * config.workers + 1
    inflight: deque = deque()
    try:
        for chunk in chunks:
            inflight.append(client.submit(process_chunk, chunk, wcfg, pure=False))
            while len(inflight) >= limit:
                sink(sink.wait(inflight.popleft()))
        while inflight:
            sink(sink.wait(inflight.popleft()))
    finally:
        for future in inflight:
            future.cancel()
        client.close()
        if cluster is not None:
            cluster.close()

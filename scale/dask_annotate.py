#!/usr/bin/env python3
"""Annotate a JSONL news corpus on a Dask cluster with the News Annotator command line.

The corpus (one or more JSONL files, globs or any URL fsspec reads: s3://, gs://, hdfs://, https://, ...) is cut
into partitions of whole lines by dask.bag.read_text. Each partition is one task: on a worker it runs

    news-annotate --input jsonl --jobs J --quiet -

(the Node CLI of this repository, installed on every worker), feeds it the partition's lines on standard input and
writes what it prints to OUT/part-NNNNN.jsonl (or .parquet) beside the other partitions, through a temporary name,
so a part file is always complete. Part files in name order hold the records in input order: concatenated, they are
what one `news-annotate --input jsonl corpus.jsonl` prints. A record the CLI cannot read is reported with its
partition and its line in that partition, and skipped; the exit status is then 1, as the CLI's.

Without --scheduler it starts a LocalCluster on this machine; with --scheduler tcp://HOST:8786 the same code runs
on that cluster. The tasks are named annotate-part-NNNNN; the dashboard (needs the bokeh package) shows them, and a
progress bar on the terminal does too. With --resume, partitions whose part file exists are not run again (the
partitions are the same when the input and --blocksize are).

    python3 scale/dask_annotate.py corpus.jsonl --out annotated/                       # LocalCluster, all cores
    python3 scale/dask_annotate.py 's3://bucket/news/*.jsonl' --out s3://bucket/annotated \\
        --scheduler tcp://scheduler:8786 --format parquet

Needs dask and distributed (Debian: python3-distributed); --format parquet needs pandas with pyarrow or
fastparquet. See "Annotating a corpus" in README.md.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# The CLI of this checkout, for when news-annotate is not on PATH (built by `npm run build`).
CHECKOUT_CLI = os.path.join(os.path.dirname(HERE), "dist", "cli.js")


def default_cli() -> list[str]:
    """news-annotate when installed (npm install -g), else node with this checkout's dist/cli.js."""
    installed = shutil.which("news-annotate")
    if installed:
        return [installed]
    return [shutil.which("node") or "node", CHECKOUT_CLI]


def run_cli(cli: list[str], lines: list[str], jobs: int, reference_date: str | None) -> tuple[list[str], list[str], bool]:
    """Runs the CLI on JSONL lines; gives back the output records (one JSON text each), its messages and whether it
    skipped any record."""
    command = [*cli, "--input", "jsonl", "--jobs", str(jobs), "--quiet", "-"]
    if reference_date:
        command += ["--reference-date", reference_date]
    # Lines were decoded with surrogateescape: bytes that are not UTF-8 go back as they were, and the CLI reports them.
    payload = "".join(line if line.endswith("\n") else line + "\n" for line in lines).encode("utf-8", "surrogateescape")
    done = subprocess.run(command, input=payload, capture_output=True, check=False)
    messages = done.stderr.decode("utf-8", "replace").splitlines()
    # 0: all annotated; 1: some records skipped (reported). Anything else is a failure of the whole partition.
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{shlex.join(command)} exited with {done.returncode}: {' | '.join(messages[-5:])}")
    return done.stdout.decode("utf-8").splitlines(), messages, done.returncode == 1


def write_part(records: list[str], path: str, output_format: str) -> None:
    """Writes one partition's records to `path` (any fsspec URL) through a temporary name, then moves it in place."""
    from fsspec.core import url_to_fs

    filesystem, target = url_to_fs(path)
    temporary = target + ".tmp"
    if output_format == "parquet":
        import json

        import pandas

        # One row per record: the record's id (as text: JSONL ids may be numbers or strings) and its annotation JSON.
        frame = pandas.DataFrame(
            {"id": [str(json.loads(record)["id"]) for record in records], "annotations": records},
            columns=["id", "annotations"],
        )
        with filesystem.open(temporary, "wb") as file:
            frame.to_parquet(file, index=False)
    else:
        with filesystem.open(temporary, "wb") as file:
            file.write("".join(record + "\n" for record in records).encode("utf-8"))
    filesystem.mv(temporary, target)


def annotate_part(lines: list[str], index: int, out: str, output_format: str, cli: list[str], jobs: int, reference_date: str | None) -> dict:
    """The task of one partition, run on a worker: annotate its lines and write its part file."""
    started = time.monotonic()
    records, messages, skipped = run_cli(cli, lines, jobs, reference_date)
    path = part_path(out, index, output_format)
    write_part(records, path, output_format)
    return {
        "part": index,
        "path": path,
        "lines": len(lines),
        "records": len(records),
        # "standard input:12: ..." names a line of this partition.
        "messages": [f"part {index:05d}, {message.removeprefix('news-annotate: ')}" for message in messages],
        "skipped": skipped,
        "seconds": time.monotonic() - started,
    }


def part_path(out: str, index: int, output_format: str) -> str:
    return f"{out.rstrip('/')}/part-{index:05d}.{output_format}"


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Annotate a JSONL corpus on a Dask cluster with news-annotate (one task per partition).",
        epilog="Example: python3 scale/dask_annotate.py corpus.jsonl --out annotated/ --workers 4",
    )
    parser.add_argument("inputs", nargs="+", help="JSONL files, globs or fsspec URLs (s3://..., gs://...)")
    parser.add_argument("--out", required=True, help="folder or fsspec URL for part-NNNNN.jsonl|parquet")
    parser.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl", help="output format (default jsonl)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://HOST:8786); default: a LocalCluster")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="LocalCluster worker processes (default: one per core)")
    parser.add_argument("--blocksize", default="64MiB", help="bytes of input per partition (default 64MiB; dask.utils.parse_bytes)")
    parser.add_argument("--jobs", type=int, default=1, help="news-annotate --jobs on each task (default 1: Dask runs one task per worker thread)")
    parser.add_argument("--cli", help="command that runs the CLI on the workers (default: news-annotate, else node <checkout>/dist/cli.js)")
    parser.add_argument("--reference-date", help="YYYY-MM-DD passed to news-annotate --reference-date")
    parser.add_argument("--resume", action="store_true", help="skip partitions whose part file exists")
    parser.add_argument("--dashboard-address", default=":8787", help="LocalCluster dashboard address (default :8787)")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    options = parse_arguments(argv)
    if options.format == "parquet":
        try:
            import pandas  # noqa: F401

            if not any(_importable(engine) for engine in ("pyarrow", "fastparquet")):
                raise ImportError("pyarrow or fastparquet")
        except ImportError as error:
            print(f"dask_annotate: --format parquet needs pandas with pyarrow or fastparquet ({error}); use --format jsonl", file=sys.stderr)
            return 2

    import dask
    import dask.bag
    from dask.utils import parse_bytes
    from fsspec.core import url_to_fs
    from distributed import Client, LocalCluster, progress

    cli = shlex.split(options.cli) if options.cli else default_cli()
    # Whole lines per partition; bytes that are not UTF-8 survive decoding and are reported by the CLI, line by line.
    blocksize = parse_bytes(options.blocksize)
    parts = dask.bag.read_text(options.inputs, blocksize=blocksize, encoding="utf-8", errors="surrogateescape").to_delayed()

    out_fs, out_root = url_to_fs(options.out)
    out_fs.makedirs(out_root, exist_ok=True)
    tasks = []
    skipped = 0
    for index, part in enumerate(parts):
        if options.resume and out_fs.exists(part_path(out_root, index, options.format)):
            skipped += 1
            continue
        task = dask.delayed(annotate_part, pure=False)(
            part, index, options.out, options.format, cli, options.jobs, options.reference_date, dask_key_name=f"annotate-part-{index:05d}"
        )
        tasks.append(task)

    if options.scheduler:
        client = Client(options.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=options.workers, threads_per_worker=1, processes=True, dashboard_address=options.dashboard_address)
        client = Client(cluster)
    try:
        print(f"dask_annotate: {len(parts)} partitions ({skipped} done before), {len(client.scheduler_info()['workers'])} workers", file=sys.stderr)
        if client.dashboard_link and _importable("bokeh"):
            print(f"dask_annotate: dashboard {client.dashboard_link}", file=sys.stderr)
        futures = client.compute(tasks)
        if sys.stderr.isatty():
            progress(futures)
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    messages = [message for result in results for message in result["messages"]]
    for message in messages:
        print(f"dask_annotate: {message}", file=sys.stderr)
    records = sum(result["records"] for result in results)
    print(f"dask_annotate: {records} records written to {len(results)} part files in {options.out}", file=sys.stderr)
    return 1 if any(result["skipped"] for result in results) else 0


def _importable(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Annotate an archive of JSON Lines documents with Apache Spark.

Runs the same `annotate --jsonl` binary inside Spark through PySpark's
`RDD.pipe`: Spark splits the input into partitions, starts one `annotate
--jsonl` process per partition on the executors, streams the partition's
lines through it, and writes what comes out as `OUTPUT/part-NNNNN` files, in
input order (the part files in name order, the lines of each in order), one
labelled document per input line: the same lines `annotate --jsonl` writes
in one process, so `cat OUTPUT/part-*` equals that output.

Local mode (the default, `local[2]`: two worker threads on this machine)
runs the binary where it is. On a cluster (`--master spark://HOST:7077`,
`yarn`, `k8s://...`) the script ships the binary to every executor with
`SparkContext.addFile` (what `spark-submit --files` does), where it lands in
the executor's working directory and runs as `./annotate`; the executors
must be Linux on the same architecture as the machine that built it. Use
`--installed PATH` instead when the binary is already on every node, or
when `spark-submit --files target/release/annotate` shipped it
(`--installed ./annotate`).

A bad line is reported on the executor's standard error (its log) with its
line number within the partition, and skipped; with `--strict` it fails the
task, and so the job. Input may be any path or glob Spark reads (local,
`hdfs://`, `s3a://`, gzip files included).

    python3 scripts/spark_annotate.py archive.jsonl out/
    python3 scripts/spark_annotate.py --master spark://head:7077 --partitions 400 \\
        hdfs:///news/2024/*.jsonl.gz hdfs:///news/2024-labelled
"""

import argparse
import os
import shlex
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The fast build first (cargo build --profile native), else the release one.
BUILDS = [os.path.join(ROOT, "target", b, "annotate") for b in ("native", "release")]
DEFAULT_BINARY = next((b for b in BUILDS if os.access(b, os.X_OK)), BUILDS[0])


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("input", help="JSON Lines: a file, a directory or a glob Spark can read")
    p.add_argument("output", help="the directory Spark writes part files into (must not exist)")
    p.add_argument("--master", default="local[2]", help="Spark master URL (default: local[2])")
    p.add_argument("--binary", default=DEFAULT_BINARY,
                   help="the annotate binary on this machine, shipped to a cluster's executors "
                        "(default: target/native/annotate, else target/release/annotate)")
    p.add_argument("--installed", metavar="PATH",
                   help="run the annotate binary found at PATH on each node instead of shipping --binary")
    p.add_argument("--partitions", type=int, default=None,
                   help="at least this many partitions (default: Spark's split of the input)")
    p.add_argument("--jobs", type=int, default=1,
                   help="annotate's --jobs inside each partition (default 1: Spark runs the partitions in parallel)")
    p.add_argument("--strict", action="store_true", help="a bad line fails the job")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    local = args.master.startswith("local")
    if args.installed is None and not os.access(args.binary, os.X_OK):
        sys.exit(f"spark_annotate: {args.binary} is not an executable: "
                 "build it with cargo build --profile native -p annotator-cli, or give --binary or --installed")

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.master(args.master).appName("annotate --jsonl")
    if local:
        # Nothing to serve or reach beyond this machine.
        builder = (builder.config("spark.ui.enabled", "false")
                   .config("spark.driver.host", "127.0.0.1")
                   .config("spark.driver.bindAddress", "127.0.0.1"))
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    try:
        if args.installed is not None:
            binary = args.installed
        elif local:
            binary = os.path.abspath(args.binary)
        else:
            sc.addFile(os.path.abspath(args.binary))
            binary = "./" + os.path.basename(args.binary)
        command = [binary, "--jsonl", "--quiet", "--jobs", str(args.jobs)]
        if args.strict:
            command.append("--strict")
        lines = sc.textFile(args.input, minPartitions=args.partitions)
        # checkCode: a nonzero exit (a --strict stop, an unreadable binary)
        # fails the task instead of passing for an empty partition.
        lines.pipe(shlex.join(command), checkCode=True).saveAsTextFile(args.output)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()

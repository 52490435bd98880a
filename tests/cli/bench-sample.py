#!/usr/bin/env python3
"""Benchmark: caseload-cli sample --students 10000 (goal: under 30 s).
Usage: bench-sample.py PATH-TO-caseload-cli"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

GOAL = 30.0


def main():
    cli = sys.argv[1]
    directory = tempfile.mkdtemp(prefix="caseload-bench-")
    try:
        path = os.path.join(directory, "bench.db")
        start = time.monotonic()
        result = subprocess.run([cli, "--database", path, "sample", "--students", "10000",
                                 "--seed", "1", "--as-of", "2026-03-02"],
                                capture_output=True)
        seconds = time.monotonic() - start
        sys.stdout.write(result.stdout.decode())
        if result.returncode != 0:
            sys.stderr.write(result.stderr.decode())
            return 1
        size = os.path.getsize(path) / 1e6
        print(f"sample --students 10000: {seconds:.2f} s ({size:.0f} MB; goal under {GOAL:.0f} s)")
        return 0 if seconds < GOAL else 1
    finally:
        shutil.rmtree(directory)


if __name__ == "__main__":
    sys.exit(main())

"""Every benchmark, one after the other, each printing its table: accuracy on the public corpora, speed and
memory (with flashgeotext in the same run when installed: pip install -e '.[bench]'), batch throughput on
10,000 articles, and map render time and size. Run from the repository root::

    .venv/bin/python benchmarks/run_all.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["geoparse.py", "speed.py", "bench_batch.py", "bench_render.py"]


def main() -> int:
    failed = 0
    for script in SCRIPTS:
        print(f"\n===== {script} =====", flush=True)
        failed += subprocess.run([sys.executable, str(HERE / script)]).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

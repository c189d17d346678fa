"""Run the Panchina benchmark from a checkout: `python benchmarks/bench.py [--docs N]`.

The same as `panchina bench --format json`; kept here so the numbers in the README have a
script beside them.
"""

import json
import sys

from panchina.bench import run_bench

if __name__ == "__main__":
    n = int(sys.argv[sys.argv.index("--docs") + 1]) if "--docs" in sys.argv else 400
    print(json.dumps(run_bench(docs=n, memory="--memory" in sys.argv), indent=2))

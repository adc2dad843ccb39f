"""Run the throughput benchmark and write benchmarks/results.json (same as `eventdesk bench -o ...`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eventdesk import benchmark

if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    measures = benchmark.run(n)
    result = {"measures": [m.row() for m in measures], "ratios": benchmark.summary(measures)}
    out = Path(__file__).with_name("results.json")
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))

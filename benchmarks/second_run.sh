#!/usr/bin/env bash
# Time of a second `make run` until the server answers on http://127.0.0.1:$PORT/.
#
# Usage: benchmarks/second_run.sh            (uses a throwaway data directory)
#        PBGDPL_DATA_DIR=data benchmarks/second_run.sh
# A first `make run` prepares the data directory (migrate + demo data); it is stopped as soon as it
# answers. The second run is then timed from start until the home page answers with HTTP 200.
set -euo pipefail
cd "$(dirname "$0")/.."

export PBGDPL_DATA_DIR="${PBGDPL_DATA_DIR:-$(mktemp -d /tmp/pbgdpl-bench-XXXXXX)}"
TIMEOUT="${TIMEOUT:-600}"

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Runs `make run` in its own process group on a fresh port; prints seconds until the server answers.
timed_run() {
  local port log start pid code elapsed
  port="$(free_port)"
  log="$(mktemp /tmp/pbgdpl-run-XXXXXX.log)"
  start="$(date +%s.%N)"
  setsid env PORT="$port" make run >"$log" 2>&1 &
  pid=$!
  while :; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/" || true)"
    [ "$code" = "200" ] && break
    if ! kill -0 "$pid" 2>/dev/null; then echo "make run exited early; log: $log" >&2; cat "$log" >&2; exit 1; fi
    elapsed="$(python3 -c "import time; print(time.time() - $start)")"
    if python3 -c "import sys; sys.exit(0 if $elapsed > $TIMEOUT else 1)"; then
      echo "no answer after ${TIMEOUT}s; log: $log" >&2; kill -- "-$pid" 2>/dev/null || true; exit 1
    fi
    sleep 0.05
  done
  python3 -c "import time; print(f'{time.time() - $start:.2f}')"
  kill -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -f "$log"
}

echo "data directory: $PBGDPL_DATA_DIR"
first="$(timed_run)"
echo "first make run (fresh data directory, install already done): ${first} s"
for i in 1 2 3; do
  echo "second make run #$i until the server answers: $(timed_run) s"
done

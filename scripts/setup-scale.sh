#!/usr/bin/env bash
# Installs what scale/dask_annotate.py and its test (test/scale-dask.test.ts) need from Debian: Dask distributed
# and pandas (python3-distributed, python3-pandas) for the system Python, /usr/bin/python3.
#
# It never fails the build: when the packages cannot be installed it says why on stderr and exits 0; the Dask test
# then reports itself skipped with the reason. Parquet output also needs pyarrow or fastparquet: installed when the
# distribution packages one (Debian 12 packages neither: `apt-cache policy python3-pyarrow` knows no such package),
# else the Parquet test is skipped with that reason and the JSONL test runs.
set -uo pipefail

log() { echo "[setup-scale] $*"; }

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
LOG="$(mktemp)"
if /usr/bin/python3 -c 'import dask.bag, distributed, pandas' >/dev/null 2>&1; then
  log "dask, distributed and pandas already installed for /usr/bin/python3"
else
  log "apt-get install python3-distributed python3-pandas"
  $SUDO apt-get update -qq >>"$LOG" 2>&1 || log "apt-get update failed (trying the install anyway)"
  if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3-distributed python3-pandas >>"$LOG" 2>&1; then
    {
      echo "## SCALE SETUP FAILED: apt-get install python3-distributed python3-pandas"
      echo "## The Dask test (test/scale-dask.test.ts) will be SKIPPED. Last lines of the log:"
      tail -n 10 "$LOG" | sed 's/^/##   /'
    } >&2
  fi
fi
# pyarrow where the distribution packages it: the Parquet test then runs too.
if ! /usr/bin/python3 -c 'import pyarrow' >/dev/null 2>&1 && apt-cache policy python3-pyarrow 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  log "apt-get install python3-pyarrow"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3-pyarrow >>"$LOG" 2>&1 || log "python3-pyarrow could not be installed: the Parquet test will be skipped"
fi
rm -f "$LOG"
exit 0

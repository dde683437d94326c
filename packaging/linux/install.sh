#!/usr/bin/env sh
# Installs the built bundle (dist/kiosk, from `make bundle`) for this user, with its menu entry
# and icon; --autostart also starts self check-in at login (systemd user unit, restarted if it
# exits). --system installs to /opt/kiosk for the cage appliance (kiosk-cage.service), as root.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
bundle="${BUNDLE:-$here/../../dist/kiosk}"
[ -x "$bundle/kiosk" ] || { echo "No bundle at $bundle: run 'make bundle' first." >&2; exit 1; }

if [ "${1:-}" = "--system" ]; then
  rm -rf /opt/kiosk && cp -a "$bundle" /opt/kiosk
  install -Dm644 "$here/kiosk-cage.service" /etc/systemd/system/kiosk-cage.service
  echo "Installed /opt/kiosk. Then: systemctl enable --now kiosk-cage (needs cage and a 'kiosk' user)."
  exit 0
fi

target="$HOME/.local/opt/kiosk"
rm -rf "$target" && mkdir -p "$(dirname "$target")" && cp -a "$bundle" "$target"
mkdir -p "$HOME/.local/bin" && ln -sf "$target/kiosk" "$HOME/.local/bin/kiosk"
install -Dm644 "$here/kiosk.desktop" "$HOME/.local/share/applications/kiosk.desktop"
install -Dm644 "$here/kiosk.svg" "$HOME/.local/share/icons/hicolor/scalable/apps/kiosk.svg"
echo "Installed $target (run: kiosk, or Kiosk in the menu; first run asks to pair)."
if [ "${1:-}" = "--autostart" ]; then
  install -Dm644 "$here/kiosk.service" "$HOME/.config/systemd/user/kiosk.service"
  systemctl --user daemon-reload
  systemctl --user enable kiosk.service
  echo "Self check-in starts at login and restarts if it exits (systemctl --user status kiosk)."
fi

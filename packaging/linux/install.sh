#!/usr/bin/env sh
# Installs the built bundle (dist/kiosk, from `make bundle`) for this user, with its menu entry
# and icon; --autostart also starts self check-in at login (systemd user unit, restarted if it
# exits). --system installs to /opt/kiosk for the cage appliance (kiosk-cage.service), as root.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
bundle="${BUNDLE:-$here/../../dist/kiosk}"
[ -x "$bundle/kiosk" ] || { echo "No bundle at $bundle: run 'make bundle' first." >&2; exit 1; }

if [ "${1:-}" = "--system" ]; then
  # An appliance has no keyring: its token and the offline copy's key are encrypted systemd
  # credentials in /etc/credstore.encrypted (TPM2 and host key where there is a TPM2), which
  # the unit loads with LoadCredentialEncrypted=. Nothing secret in the unit or a readable file.
  [ "$(id -u)" = 0 ] || { echo "--system installs for the whole machine: run it as root." >&2; exit 1; }
  command -v systemd-creds >/dev/null || { echo "systemd-creds is missing (systemd 250 or later)." >&2; exit 1; }
  id kiosk >/dev/null 2>&1 || useradd -m kiosk
  rm -rf /opt/kiosk && cp -a "$bundle" /opt/kiosk
  install -Dm644 "$here/kiosk-cage.service" /etc/systemd/system/kiosk-cage.service
  store=/etc/credstore.encrypted
  install -d -m700 "$store"
  if [ ! -e "$store/kiosk-store-key" ]; then  # made once: a new key would lose an offline copy
    head -c 32 /dev/urandom | base64 | tr '+/' '-_' \
      | systemd-creds encrypt --name=kiosk-store-key - "$store/kiosk-store-key"
    chmod 600 "$store/kiosk-store-key"
  fi
  systemctl daemon-reload 2>/dev/null || echo "(systemd is not running here: reload it before starting the unit)"
  echo "Installed /opt/kiosk; the offline copy's key is a systemd credential."
  if [ -e "$store/kiosk-api-token" ]; then
    echo "Already paired. Start it: systemctl enable --now kiosk-cage"
  elif [ -t 0 ]; then
    /opt/kiosk/kiosk pair --system --mode self
  else
    echo "Then pair it: /opt/kiosk/kiosk pair --system (asks for the token, the site and a PIN)."
  fi
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

# Sourced by the screenshot scripts: the real app needs an X server (Xvfb), a hand at the
# keyboard (xdotool) and a camera (ImageMagick's import). Installed when run as root.
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq "${need[@]}" >/dev/null
  else echo "Install first: sudo apt-get install ${need[*]}"; exit 1; fi
fi

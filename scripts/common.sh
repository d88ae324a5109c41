# Shared set-up for scripts/run.sh and scripts/test.sh: Qt's system libraries,
# a Python >= 3.12, and the project's virtual environment in .venv.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

# Libraries the Qt wheels (PySide6-Essentials) load on Linux: OpenGL/EGL, fonts,
# keyboard handling, D-Bus, and the xcb platform plugin for a real display.
QT_SYSTEM_PACKAGES=(
  libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core
)
# A C compiler for the compiled detector (setup.py); without one it installs as pure Python.
BUILD_PACKAGES=(gcc libc6-dev)

install_system_packages() {
  [ "$(uname -s)" = "Linux" ] || return 0
  command -v dpkg-query >/dev/null 2>&1 || {
    echo "Not a Debian-like system: make sure Qt 6's runtime libraries (OpenGL, EGL, xcb, fontconfig) are installed."
    return 0
  }
  local missing=()
  for pkg in "${QT_SYSTEM_PACKAGES[@]}" "${BUILD_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "Qt and the detector's build need these system packages; please install them:"
    echo "  sudo apt-get install ${missing[*]}"
  fi
}

python_is_supported() {
  "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1
}

find_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3.14 python3.13 python3.12 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 && python_is_supported "$candidate"; then
      command -v "$candidate"; return 0
    fi
  done
  # pyenv installs that are not the selected version are still usable directly.
  for candidate in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.1[2-9]*/bin/python3; do
    if [ -x "$candidate" ] && python_is_supported "$candidate"; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

ensure_venv() {
  if [ -x "$VENV/bin/python" ] && python_is_supported "$VENV/bin/python"; then
    return 0
  fi
  local python
  if ! python="$(find_python)"; then
    echo "Claim Annotator needs Python 3.12 or newer; none was found." >&2
    echo "Install one (for example with pyenv) or set PYTHON=/path/to/python3.12." >&2
    exit 1
  fi
  echo "Creating the virtual environment with $python"
  rm -rf "$VENV"
  "$python" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
}

# The compiled detector needs Python's C headers; a Debian Python keeps them in its
# -dev package.  Without them setup.py installs the detector as pure Python.
install_python_headers() {
  "$VENV/bin/python" -c 'import pathlib, sysconfig, sys
sys.exit(0 if (pathlib.Path(sysconfig.get_paths()["include"]) / "Python.h").exists() else 1)' && return 0
  local package
  package="$("$VENV/bin/python" -c 'import sys; print("python%d.%d-dev" % sys.version_info[:2])')"
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" \
      || echo "Could not install $package: the detector will run as pure Python (slower)."
  else
    echo "Python's C headers are missing ($package): the detector will run as pure Python."
  fi
}

pip_install() {
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$@"
}

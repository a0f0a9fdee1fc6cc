# Sourced by the two setup scripts: installs the Debian packages named in "$@"
# that are missing (as root; with sudo otherwise). Runs apt-get update only when
# something is missing, so a second run is quick and works offline.
install_debian_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing Debian packages: ${missing[*]}"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# What Qt 6 (PySide6 wheels) needs to open a window on X11 or Wayland.
QT_RUNTIME_PACKAGES=(
    libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core
)

# A virtual environment in .venv with the project installed (editable), extras in $1.
make_venv() {
    local extras="$1"
    [ -x .venv/bin/python ] || python3 -m venv .venv
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".${extras}"
    # bytecode compiled once here, not at every start where Python cannot write it
    .venv/bin/python -m compileall -q -j 0 familiemote resources >/dev/null
}

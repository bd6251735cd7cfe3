#!/usr/bin/env bash
# Installs the Debian bookworm packages that building, testing and running need,
# when they are missing. Uses sudo when not root. Safe to run again.
set -euo pipefail

packages=(
    cmake g++ ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-translations-l10n
    qtkeychain-qt6-dev libqt6sql6-sqlite libgl-dev
    fonts-noto-cjk
    # packaging (cpack -G DEB and tests/packaging): dpkg-shlibdeps, the metadata validators,
    # the man page generator, the completion's loader
    dpkg-dev file help2man appstream desktop-file-utils bash-completion
    # tests/api/tst_keychain runs the secret stores against a real Secret Service on a private bus
    gnome-keyring dbus-daemon dbus-bin
)
# Opt-in: WSC_DEPS_FUZZ=1 adds clang and its runtime with libFuzzer, for scripts/fuzz.sh.
if [ "${WSC_DEPS_FUZZ:-}" = "1" ]; then
    packages+=(clang libclang-rt-14-dev)
fi
if [ "${WSC_DEPS_EXTRA:-}" != "" ]; then
    # shellcheck disable=SC2206
    packages+=(${WSC_DEPS_EXTRA})
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "deps: need root or sudo to install: ${missing[*]}" >&2
        exit 1
    fi
    sudo="sudo"
fi
echo "deps: installing ${missing[*]}"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"

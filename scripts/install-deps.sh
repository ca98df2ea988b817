#!/usr/bin/env bash
# Installs every Debian 12 package Clinic needs to build, run, test and package it.
# Needs root for apt-get (uses sudo when run as a normal user). Safe to run again: when
# everything is present it does nothing, not even `apt-get update`.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build git pkgconf file
    # Qt 6.4: core, SQL, widgets, translations (lupdate/lrelease and Qt's own .qm files)
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6svg6 fonts-dejavu-core
    # network: WebSockets over TLS (Qt's OpenSSL backend)
    qt6-websockets-dev
    # time zones for scheduling (Qt reads the system's zoneinfo)
    tzdata
    # storage and crypto; TOTP, QR codes for TOTP enrolment, password strength
    libsqlcipher-dev libsodium-dev libssl-dev liboath-dev libqrencode-dev libzxcvbn-dev
    # fuzzing the protocol decoder
    clang-14 libfuzzer-14-dev
    # plain SQLite, for the one test proving Clinic refuses it
    libsqlite3-dev
    # PostgreSQL as a shared server store: Qt's driver, and the server the tests run on loopback
    libqt6sql6-psql postgresql
    # video visits: VP8 (libvpx, real-time mode) for the picture, Opus for the sound
    libvpx-dev libopus-dev
    # video visits: camera, microphone and speakers through QtMultimedia 6.4. On Debian 12 its
    # backend is GStreamer (the camera: v4l2src and jpegdec from -good; videoconvertscale,
    # appsink, audioconvert/audioresample from -base); sound goes through PulseAudio (libpulse0,
    # which libqt6multimedia6 pulls in). Without the plugins QMediaDevices lists no camera.
    qt6-multimedia-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good
    # vital signs: Bluetooth LE health devices (QtBluetooth over BlueZ) and charts (QtCharts)
    qt6-connectivity-dev qt6-charts-dev libqt6opengl6-dev
    # prescriptions: the tests read the PDF a patient saves (pdftotext)
    poppler-utils
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
        exec sudo "$0" "$@"
    fi
    echo "install-deps: these packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 1
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"

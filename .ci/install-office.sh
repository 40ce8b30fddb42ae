#!/usr/bin/env bash
# Installs what the Office document tests convert and render with, when missing: LibreOffice
# (headless, no GUI) turns the generated .docx and .pptx into PDF, poppler's pdftoppm renders its
# pages (test/unit/office/libreOffice.test.ts). Debian packages only.
set -euo pipefail
PACKAGES=(libreoffice-writer-nogui libreoffice-impress-nogui poppler-utils)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && { echo "[install-office] LibreOffice and poppler already installed" >&2; exit 0; }
echo "[install-office] installing Debian packages: ${missing[*]}" >&2
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "[install-office] run as root or install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo -n)
fi
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2

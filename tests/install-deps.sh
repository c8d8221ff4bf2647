#!/usr/bin/env bash
# Installs the Debian packages the tests need, only those missing, so that a fresh machine can run
# the test command. Each package is listed with the tests that need it.
set -euo pipefail

packages=(
  fonts-dejavu-core   # PDF-writing test fixtures draw with DejaVu
  tesseract-ocr       # OCR of pages without a text layer (ingest OCR tests)
  tesseract-ocr-fra   # Tesseract's French model (the reports are mostly French)
  tesseract-ocr-eng   # Tesseract's English model
  poppler-utils       # pdftoppm rasterises pages for OCR and for the tests' scanned PDFs; pdftotext for the speed benchmark
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installation des paquets manquants : ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

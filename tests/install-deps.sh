#!/usr/bin/env bash
# Installs what the tests need, only what is missing, so that a fresh machine can run the test
# command: Debian packages (each listed with the tests that need it), then axe-core for the browser
# tests from their package-lock.json. Quick and silent when everything is present.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  fonts-dejavu-core   # PDF-writing test fixtures draw with DejaVu
  tesseract-ocr       # OCR of pages without a text layer (ingest OCR tests)
  tesseract-ocr-fra   # Tesseract's French model (the reports are mostly French)
  tesseract-ocr-eng   # Tesseract's English model
  poppler-utils       # pdftoppm rasterises pages for OCR and for the tests' scanned PDFs; pdftotext for the speed benchmark
  chromium            # browser tests (Knowledge.SearchApi.BrowserTests) drive Debian's Chromium through Playwright
  libreoffice-calc-nogui     # LibreOfficeTests convert a generated tracker (XLSX) to PDF headlessly and count its pages
  libreoffice-impress-nogui  # LibreOfficeTests convert a generated deck (PPTX) to PDF headlessly and count its slides
  mythes-fr                  # the French thesaurus: search tests measure words no passage holds searched through their synonyms
  mythes-en-us               # the English thesaurus, likewise
  apertium-fr-es             # machine translation of passages, French → Spanish → English and back: search sets measure with it
  apertium-eng-spa           # the English–Spanish half of that pivot
  nodejs                     # citation export tests (Knowledge.Generators.Tests) parse RIS, BibTeX and CSL-JSON with citation-js
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

# axe-core, pinned by the lock file, injected into each page by the browser tests.
browser_tests=tests/Knowledge.SearchApi.BrowserTests
if [ ! -f "$browser_tests/node_modules/axe-core/axe.min.js" ]; then
  echo "installation d'axe-core (npm ci dans $browser_tests)"
  (cd "$browser_tests" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

# citation-js (RIS, BibTeX and CSL-JSON parsers), pinned by its lock file, run through node by the citation export tests.
citation_js=tests/Knowledge.Generators.Tests/Exports/CitationJs
if [ ! -d "$citation_js/node_modules/@citation-js/plugin-ris" ]; then
  echo "installation de citation-js (npm ci dans $citation_js)"
  (cd "$citation_js" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

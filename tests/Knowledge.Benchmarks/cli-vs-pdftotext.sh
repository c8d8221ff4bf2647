#!/usr/bin/env bash
# Whole-process comparison, side by side on the same files: `knowledge extract` against poppler's
# `pdftotext` (wall and CPU seconds, and their ratio), then peak memory of the CLI on two Word
# zip bombs built here (one run of 200 MB; three million paragraphs), which must be refused.
# usage: tests/Knowledge.Benchmarks/cli-vs-pdftotext.sh [knowledge-binary] [folder] [runs]
# Publish the CLI first for the shipped figure (self-contained, composite ReadyToRun):
#   dotnet publish ingest/Knowledge.Cli -c Release -r linux-x64 -o out/cli
set -euo pipefail
bin=${1:-out/cli/knowledge}
dir=${2:-../shared/corpus/reports}
runs=${3:-3}
command -v pdftotext >/dev/null || { echo "pdftotext absent : installez poppler-utils" >&2; exit 2; }

cpu() { /usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -1; }
pages=0
for f in "$dir"/*.pdf; do pages=$((pages + $(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}'))); done
for run in $(seq "$runs"); do
  k=$(cpu "$bin" extract "$dir" --out /dev/null)
  p=$(cpu bash -c "for f in \"$dir\"/*.pdf; do pdftotext \"\$f\" /dev/null; done")
  python3 - "$k" "$p" "$pages" <<'PY'
import sys
k = [float(x) for x in sys.argv[1].split()[-3:]]
p = [float(x) for x in sys.argv[2].split()[-3:]]
pages = int(sys.argv[3])
print(f"knowledge {k[0]:.2f} s ({k[1]+k[2]:.2f} s CPU, {pages / k[0]:.0f} pages/s) | pdftotext {p[0]:.2f} s ({p[1]+p[2]:.2f} s CPU) | "
      f"ratio {k[0]/p[0]:.1f}x wall, {(k[1]+k[2])/(p[1]+p[2]):.1f}x CPU")
PY
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import sys, zipfile
ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
def make(name, chunks, head=b'', tail=b''):
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr('[Content_Types].xml', ct); z.writestr('_rels/.rels', rels)
        with z.open('word/document.xml', 'w', force_zip64=True) as f:
            f.write(b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + head)
            for c in chunks: f.write(c)
            f.write(tail + b'</w:body></w:document>')
make(sys.argv[1] + '/one-run.docx', (b'a' * (1 << 20) for _ in range(200)), b'<w:p><w:r><w:t>', b'</w:t></w:r></w:p>')
make(sys.argv[1] + '/paragraphs.docx', (b'<w:p/>' * 100000 for _ in range(30)))
PY
for bomb in "$tmp"/*.docx; do
  echo "$(basename "$bomb") ($(stat -c %s "$bomb") octets) : $(/usr/bin/time -f "%e s, pic %M Ko" "$bin" extract "$bomb" --out /dev/null 2>&1 | grep -E "échec|pic" | tr '\n' ' ')"
done

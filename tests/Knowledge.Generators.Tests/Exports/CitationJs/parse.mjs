// Test-only: parses a reference file with citation-js (the parsers Zotero-style tools share) and
// prints the CSL items it read as JSON, so the .NET tests check the export through a real parser.
// Usage: node parse.mjs <ris|bibtex|csljson> <file>
import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';

const [format, file] = process.argv.slice(2);
const forceType = { ris: '@ris/file', bibtex: '@biblatex/text', csljson: '@csl/list+object' }[format];
if (!forceType || !file) {
  console.error('usage: node parse.mjs <ris|bibtex|csljson> <file>');
  process.exit(2);
}

const text = readFileSync(file, 'utf8');
const input = format === 'csljson' ? JSON.parse(text) : text;
// Strict: a parse problem must fail the test, not be skipped silently.
const items = (await Cite.async(input, { forceType, strict: true })).data;
process.stdout.write(JSON.stringify(items));

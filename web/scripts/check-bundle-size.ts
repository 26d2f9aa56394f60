/**
 * Fails the build when the JavaScript a first visit loads is over budget (gzipped): what index.html pulls in, plus
 * the dictionary of the language shown, which main.tsx loads before the first render (the larger of the two counts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 90 * 1024;
// WEB_DIST: another build to check (`vite build --outDir /tmp/x`), so a check does not need to write web/dist.
const dist = process.env.WEB_DIST || join(import.meta.dirname, '..', 'dist');
const assets = join(dist, 'assets');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
// The build's asset URLs are relative (vite.config.ts `base: './'`).
const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map(
  (m) => m[1] ?? '',
);
const gzippedSize = (file: string) => gzipSync(readFileSync(file)).length;
const dictionaries = readdirSync(assets)
  .filter((name) => /^dictionary-[a-z]+-.*\.js$/.test(name))
  .map((name) => ({ name, bytes: gzippedSize(join(assets, name)) }));
const dictionary = Math.max(0, ...dictionaries.map((d) => d.bytes));
const gzipped = scripts.reduce((sum, file) => sum + gzippedSize(join(dist, file)), 0) + dictionary;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `First-load JavaScript: ${kb(gzipped)} gzipped in ${scripts.length} file(s) and the largest of ` +
    `${dictionaries.length} dictionaries (${dictionaries.map((d) => `${d.name.split('-')[1]} ${kb(d.bytes)}`).join(', ')}); ` +
    `budget ${kb(BUDGET_BYTES)}.`,
);
if (scripts.length === 0 || dictionaries.length === 0 || gzipped > BUDGET_BYTES) {
  console.error(
    scripts.length === 0
      ? 'No script found in index.html.'
      : dictionaries.length === 0
        ? 'No dictionary chunk found (web/src/lib/i18n/dictionary-*.ts).'
        : 'Over budget: first-load JavaScript is too large.',
  );
  process.exit(1);
}

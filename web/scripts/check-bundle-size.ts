/** Fails the build when the JavaScript a first visit loads is over budget (gzipped): what index.html pulls in. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 100 * 1024;
const dist = join(import.meta.dirname, '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(
  (m) => m[1] ?? '',
);
const gzipped = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `First-load JavaScript: ${kb(gzipped)} gzipped in ${scripts.length} file(s); budget ${kb(BUDGET_BYTES)}.`,
);
if (scripts.length === 0 || gzipped > BUDGET_BYTES) {
  console.error(
    scripts.length === 0
      ? 'No script found in index.html.'
      : 'Over budget: first-load JavaScript is too large.',
  );
  process.exit(1);
}

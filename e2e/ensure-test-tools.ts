/**
 * Makes sure the programs the e2e stage drives are there before it starts: Debian's Chromium (with CJK fonts), and
 * nginx and openssl for the reverse-proxy journey (behind-nginx.spec.ts). What is missing is installed from Debian
 * (server/src/testing/debian-package.ts, as the Vitest tests do for theirs); for the browser, Playwright's own
 * download is the fallback. Otherwise it stops with one line saying what to do.
 */
import { execFileSync } from 'node:child_process';
import { ensureDebianProgram } from '../server/src/testing/debian-package';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

try {
  ensureDebianProgram('/usr/bin/chromium', 'chromium');
  ensureDebianProgram('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'fonts-noto-cjk');
} catch (error) {
  console.log(`${message(error)} Trying Playwright’s own Chromium download…`);
  try {
    execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  } catch {
    console.error(
      'No browser for the end-to-end tests: install Chromium (Debian: apt-get install chromium).',
    );
    process.exit(1);
  }
}
try {
  ensureDebianProgram('/usr/sbin/nginx', 'nginx');
  ensureDebianProgram('/usr/bin/openssl', 'openssl');
} catch (error) {
  console.error(message(error));
  process.exit(1);
}

// Makes sure a Chromium is there before the e2e step: Debian's /usr/bin/chromium when present; otherwise installs
// it with apt-get (root on Debian), else Playwright's own download; else stops with one line saying what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const run = (command, args) => {
  try {
    execFileSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return true;
  } catch {
    return false;
  }
};

if (existsSync(SYSTEM_CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Installing Chromium and CJK fonts from Debian packages for the end-to-end tests…');
  if (
    run('apt-get', ['update', '-qq']) &&
    run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'])
  ) {
    if (existsSync(SYSTEM_CHROMIUM)) process.exit(0);
  }
}
console.log('Trying Playwright’s own Chromium download…');
if (run('npx', ['playwright', 'install', 'chromium'])) process.exit(0);
console.error(
  'No browser for the end-to-end tests: install Chromium (Debian: sudo apt-get install chromium fonts-noto-cjk) or run `npx playwright install chromium`.',
);
process.exit(1);

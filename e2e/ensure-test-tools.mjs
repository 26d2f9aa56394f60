// Makes sure the programs the e2e stage drives are there: Debian's Chromium (with CJK fonts) and nginx (the
// reverse-proxy journey, behind-nginx.spec.ts, with a certificate made by openssl). What is missing is installed
// with apt-get (root on Debian); for the browser, Playwright's own download is the fallback. Otherwise it stops
// with one line saying what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const NEEDED = [
  { program: SYSTEM_CHROMIUM, packages: ['chromium', 'fonts-noto-cjk'] },
  { program: '/usr/sbin/nginx', packages: ['nginx'] },
  { program: '/usr/bin/openssl', packages: ['openssl'] },
];

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

const missing = () => NEEDED.filter(({ program }) => !existsSync(program));
if (missing().length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  const packages = missing().flatMap((tool) => tool.packages);
  console.log(`Installing ${packages.join(', ')} from Debian packages for the end-to-end tests…`);
  if (run('apt-get', ['update', '-qq'])) run('apt-get', ['install', '-y', '-qq', ...packages]);
}
const browserFound =
  existsSync(SYSTEM_CHROMIUM) ||
  (console.log('Trying Playwright’s own Chromium download…'),
  run('npx', ['playwright', 'install', 'chromium']));
const stillMissing = missing().filter(({ program }) => program !== SYSTEM_CHROMIUM || !browserFound);
if (stillMissing.length > 0) {
  console.error(
    `Missing for the end-to-end tests: ${stillMissing.map((tool) => tool.program).join(', ')}. ` +
      `Install them (Debian: sudo apt-get install ${stillMissing.flatMap((tool) => tool.packages).join(' ')}).`,
  );
  process.exit(1);
}

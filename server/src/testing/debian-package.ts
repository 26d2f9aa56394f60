/**
 * A program a test drives for real (tinyproxy, openssl): used when present, else installed from Debian with
 * apt-get, as e2e/ensure-test-tools.mjs does for Chromium. CI runs as root on Debian, so there it always works;
 * elsewhere the test fails with the command to run, never skips.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function ensureDebianProgram(program: string, debianPackage: string): string {
  if (existsSync(program)) return program;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    const quiet = { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } } as const;
    execFileSync('apt-get', ['update', '-qq'], quiet);
    execFileSync('apt-get', ['install', '-y', '-qq', debianPackage], quiet);
    if (existsSync(program)) return program;
  }
  throw new Error(
    `${program} is needed by this test: install it (Debian: sudo apt-get install ${debianPackage}).`,
  );
}

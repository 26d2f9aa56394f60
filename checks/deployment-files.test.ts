/**
 * The files docs/deployment.md hands to operators are checked by the tools that will read them: systemd's own
 * verifier for the unit (the nginx configuration is run for real by e2e/specs/behind-nginx.spec.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const UNIT = join(import.meta.dirname, '..', 'deploy', 'ice-console.service');
const SYSTEMD_ANALYZE = '/usr/bin/systemd-analyze';

function verify(unitPath: string): string {
  const run = spawnSync(SYSTEMD_ANALYZE, ['verify', unitPath], { encoding: 'utf8', timeout: 30_000 });
  return `${run.stdout}${run.stderr}`.trim();
}

// Debian has systemd-analyze wherever systemd runs a service; a machine without it cannot run the unit either.
describe.skipIf(!existsSync(SYSTEMD_ANALYZE))('the systemd unit', () => {
  it('has no line systemd would ignore or refuse', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unit-'));
    const copy = join(dir, 'ice-console.service');
    copyFileSync(UNIT, copy);
    expect(verify(copy)).toBe('');
    // The check can fail: a misspelt key is reported.
    writeFileSync(copy, readFileSync(UNIT, 'utf8').replace('Restart=on-failure', 'Restrat=on-failure'));
    expect(verify(copy)).toContain("Unknown key 'Restrat'");
  });
});

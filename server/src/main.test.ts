import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

function runMain(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', MAIN],
      { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 15_000 },
      (error, _stdout, stderr) => resolve({ code: error ? (child.exitCode ?? 1) : 0, stderr }),
    );
  });
}

describe('main', () => {
  it('when asked to bind beyond loopback without a token, then it refuses to start with one clear message', async () => {
    const { code, stderr } = await runMain({ HOST: '0.0.0.0', PORT: '0' });
    expect(code).toBe(1);
    expect(stderr).toContain('DASHBOARD_TOKEN');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('when a setting is malformed, then every problem is listed and nothing starts', async () => {
    const { code, stderr } = await runMain({ PORT: 'abc', ICE_QPS_BUDGET: '500' });
    expect(code).toBe(1);
    expect(stderr).toContain('PORT');
    expect(stderr).toContain('ICE_QPS_BUDGET');
  });

  it('when the dashboard token is weak, then start-up refuses it and prints a command that makes a strong one', async () => {
    const { code, stderr } = await runMain({ PORT: '0', DASHBOARD_TOKEN: 'aaaaaaaaaaaaaaaa' });
    expect(code).toBe(1);
    expect(stderr).toContain('DASHBOARD_TOKEN');
    expect(stderr).toContain("randomBytes(24).toString('base64url')");
    expect(stderr).not.toContain('aaaaaaaaaaaaaaaa');
  });
});

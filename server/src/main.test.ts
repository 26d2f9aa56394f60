import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Emulator, startEmulator } from '@ice-console/emulator';
import { afterEach, describe, expect, it } from 'vitest';
import { endpointEnvironment } from './config';

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

/** Runs main until it prints its preflight line (the last of its start-up report), then stops it. */
function startUntilPreflight(env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const collect = (chunk: Buffer) => {
      output += String(chunk);
      if (/preflight {3}.*\n/.test(output)) child.kill('SIGTERM');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(output);
    });
  });
}

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const ACCOUNT_KEY = { id: 'LTAIemuReadOnly', secret: 'emuReadOnlySecret' };

describe('main', () => {
  it('when started with a real-looking account, then it prints the start-up report and the preflight outcome, with no secret', async () => {
    emulator = await startEmulator({ port: 0 });
    const output = await startUntilPreflight({
      PORT: '0',
      ICE_MODE: 'cloud',
      ICE_PROTOCOL: 'http',
      ...endpointEnvironment(emulator.endpoints),
      ALIBABA_CLOUD_ACCESS_KEY_ID: ACCOUNT_KEY.id,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: ACCOUNT_KEY.secret,
    });
    expect(output).toMatch(/^ICE recognition console on http:\/\/127\.0\.0\.1:\d+\n/);
    expect(output).toContain('  mode        cloud (Alibaba Cloud ICE)');
    expect(output).toContain(
      '  credentials environment (ALIBABA_CLOUD_ACCESS_KEY_ID), AccessKeyId LTAI****Only',
    );
    expect(output).toContain(`cn-shanghai http://${emulator.endpoints['cn-shanghai']}  (default)`);
    expect(output).toMatch(
      /preflight {3}ok: ListRecognitionLibs answered in cn-shanghai, \d+ landmark libraries/,
    );
    expect(output).not.toContain(ACCOUNT_KEY.id);
    expect(output).not.toContain(ACCOUNT_KEY.secret);
  });

  it('when the endpoint does not resolve, then it still starts and the preflight says which host and why', async () => {
    const output = await startUntilPreflight({
      PORT: '0',
      ICE_MODE: 'cloud',
      ICE_ENDPOINT_CN_SHANGHAI: 'ice.cn-shanghai.example.invalid',
      ICE_MAX_RETRIES: '0',
      ALIBABA_CLOUD_ACCESS_KEY_ID: ACCOUNT_KEY.id,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: ACCOUNT_KEY.secret,
    });
    expect(output).toContain(
      'preflight   unreachable (dns): Alibaba Cloud at ice.cn-shanghai.example.invalid:443 could not be reached: its name does not resolve (DNS) (ENOTFOUND).',
    );
    expect(output).not.toContain(ACCOUNT_KEY.secret);
  });

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

import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { chainHasCredentials } from './ice/credentials';
import { StartupError, startServer } from './start-server';

const CHAIN_VARIABLES = [
  'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_PROFILE',
];
const saved = Object.fromEntries(CHAIN_VARIABLES.map((name) => [name, process.env[name]]));
afterEach(() => {
  for (const name of CHAIN_VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});
const logger = pino({ level: 'silent' });

describe('choosing the mode', () => {
  it('when the chain has credentials from the environment, then they are found; without them, not', async () => {
    delete process.env.ALIBABA_CLOUD_ACCESS_KEY_ID;
    delete process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
    process.env.ALIBABA_CLOUD_PROFILE = 'no-such-profile';
    expect(await chainHasCredentials(false)).toBe(false);
    process.env.ALIBABA_CLOUD_ACCESS_KEY_ID = 'LTAIfromEnv';
    process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = 'secretFromEnv';
    expect(await chainHasCredentials(false)).toBe(true);
  });

  it('when ICE_MODE=cloud and no credentials are found, then it refuses to start and says what to set', async () => {
    delete process.env.ALIBABA_CLOUD_ACCESS_KEY_ID;
    process.env.ALIBABA_CLOUD_PROFILE = 'no-such-profile';
    const starting = startServer(loadConfig({ PORT: '0', ICE_MODE: 'cloud' }), { logger });
    await expect(starting).rejects.toBeInstanceOf(StartupError);
    await expect(starting).rejects.toThrow(/ALIBABA_CLOUD_ACCESS_KEY_ID/);
  });

  it('when ICE_MODE=auto finds no credentials, then demo mode starts against the built-in emulator', async () => {
    delete process.env.ALIBABA_CLOUD_ACCESS_KEY_ID;
    process.env.ALIBABA_CLOUD_PROFILE = 'no-such-profile';
    const running = await startServer(loadConfig({ PORT: '0' }), { logger });
    try {
      expect(running.mode).toBe('emulator');
      expect(await (await fetch(`${running.url}/api/health`)).json()).toEqual({
        status: 'ok',
        mode: 'emulator',
        preflight: { outcome: 'pending' },
      });
      const page = await fetch(
        `${running.url}/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10`,
      );
      expect(await page.json()).toMatchObject({ totalCount: 180 });
    } finally {
      await running.close();
    }
  });

  it('when the port is taken, then it says so plainly', async () => {
    const first = await startServer(loadConfig({ PORT: '0', ICE_MODE: 'emulator' }), { logger });
    try {
      const port = new URL(first.url).port;
      await expect(startServer(loadConfig({ PORT: port, ICE_MODE: 'emulator' }), { logger })).rejects.toThrow(
        /already in use/,
      );
    } finally {
      await first.close();
    }
  });
});

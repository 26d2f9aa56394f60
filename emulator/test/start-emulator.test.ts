import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/start-emulator';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

/** Four consecutive ports may be taken by chance: try a few bases. */
async function startOnFixedPort(): Promise<{ emulator: Emulator; base: number }> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    const base = Math.min(await freePort(), 65532);
    try {
      return { emulator: await startEmulator({ port: base }), base };
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

describe('startEmulator', () => {
  it('when given a port, then cn-beijing, cn-hangzhou, cn-shanghai and cn-shenzhen listen on it and the next three, on loopback', async () => {
    const { emulator, base } = await startOnFixedPort();
    try {
      expect(emulator.endpoints).toEqual({
        'cn-beijing': `127.0.0.1:${base}`,
        'cn-hangzhou': `127.0.0.1:${base + 1}`,
        'cn-shanghai': `127.0.0.1:${base + 2}`,
        'cn-shenzhen': `127.0.0.1:${base + 3}`,
      });
    } finally {
      await emulator.close();
    }
  });

  it('when one of its ports is taken, then it rejects and releases the ports it had opened', async () => {
    const { emulator, base } = await startOnFixedPort();
    await emulator.close();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(base + 2, '127.0.0.1', resolve));
    try {
      await expect(startEmulator({ port: base })).rejects.toMatchObject({ code: 'EADDRINUSE' });
      // cn-beijing's port was opened before the failure; it must be free again.
      const again = createServer();
      await new Promise<void>((resolve, reject) => {
        again.once('error', reject);
        again.listen(base, '127.0.0.1', resolve);
      });
      await new Promise((resolve) => again.close(resolve));
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});

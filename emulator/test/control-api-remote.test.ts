/**
 * The control API from another address than loopback: refused unless --control-host names the address the call
 * arrived on. Uses this machine's own non-loopback address (traffic stays inside the machine); skipped without one.
 */
import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/start-emulator';

const ownAddress = Object.values(networkInterfaces())
  .flat()
  .find((entry) => entry && !entry.internal && entry.family === 'IPv4')?.address;

describe.skipIf(ownAddress === undefined)('the control API off loopback', () => {
  const host = ownAddress ?? '';

  it('when the service port is widened but the control API is not, then control calls get 403 and pictures still load', async () => {
    const emulator = await startEmulator({ port: 0, host });
    try {
      const base = `http://${emulator.endpoints['cn-beijing']}`;
      const refused = await fetch(`${base}/_emulator/health`);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ message: expect.stringContaining('--control-host') });
      expect((await fetch(`${base}/_emulator/reset`, { method: 'POST' })).status).toBe(403);
      expect((await fetch(`${base}/images/logo-abc.svg`)).status).toBe(200);
    } finally {
      await emulator.close();
    }
  });

  it('when --control-host names that address, then control calls are answered', async () => {
    const emulator = await startEmulator({ port: 0, host, controlHost: host });
    try {
      const answer = await fetch(`http://${emulator.endpoints['cn-shenzhen']}/_emulator/health`);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({ status: 'ok', region: 'cn-shenzhen' });
    } finally {
      await emulator.close();
    }
  });
});

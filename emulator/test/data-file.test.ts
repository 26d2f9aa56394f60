import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../src/accounts';
import { DataFileError, loadEmulatorData, parseEmulatorData } from '../src/data-file';
import { startEmulator } from '../src/start-emulator';
import { libsOf, send, signV3 } from './hand-signed-request';

const lib = (LibId: string, LibName = 'Name', LibDescription = '') => ({ LibId, LibName, LibDescription });
const dir = mkdtempSync(join(tmpdir(), 'emulator-data-'));
function fileWith(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('--data files', () => {
  it('when a file lists libraries, then the emulator serves exactly those, and the combinations left out are empty', async () => {
    const path = fileWith(
      'ok.json',
      JSON.stringify({ 'cn-shenzhen': { logo: [lib('b2', '二号'), lib('a1', 'One')] } }),
    );
    const emulator = await startEmulator({ port: 0, data: loadEmulatorData(path) });
    try {
      const list = (algorithm: string) =>
        send(
          signV3({
            endpoint: emulator.endpoints['cn-shenzhen'],
            method: 'GET',
            placement: 'query',
            key: DEMO_ACCOUNT,
            params: { Algorithm: algorithm, PageNumber: '1', PageSize: '10' },
          }),
        );
      const logos = await list('logo');
      expect(logos.json.TotalCount).toBe(2);
      expect(libsOf(logos.json)).toEqual([lib('b2', '二号'), lib('a1', 'One')]);
      expect((await list('landmark')).json.TotalCount).toBe(0);
    } finally {
      await emulator.close();
    }
  });

  it.each([
    ['not JSON', '{"cn-shenzhen": [', /cannot use data file .*: .*JSON/],
    ['an unknown region', JSON.stringify({ 'us-east-1': {} }), /us-east-1/],
    ['an unknown algorithm', JSON.stringify({ 'cn-beijing': { scene: [] } }), /scene/],
    [
      'a name over 64 bytes',
      JSON.stringify({ 'cn-beijing': { face: [lib('x', '名'.repeat(22))] } }),
      /cn-beijing\.face\.0\.LibName: LibName is over 64 bytes/,
    ],
    [
      'a description over 128 bytes',
      JSON.stringify({ 'cn-beijing': { face: [lib('x', 'n', 'd'.repeat(129))] } }),
      /over 128 bytes/,
    ],
    ['a bad LibId', JSON.stringify({ 'cn-beijing': { face: [lib('a,b')] } }), /LibId/],
    ['an extra field', JSON.stringify({ 'cn-beijing': { face: [{ ...lib('x'), Extra: 1 }] } }), /Extra/],
  ])('when the file has %s, then it is refused in one line that says why', (_what, text, expected) => {
    const path = fileWith('bad.json', text);
    let caught: unknown;
    try {
      loadEmulatorData(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DataFileError);
    const message = caught instanceof Error ? caught.message : '';
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
  });

  it('when the JSON is not an object of regions, then parsing refuses it', () => {
    expect(() => parseEmulatorData([])).toThrow(DataFileError);
  });
});

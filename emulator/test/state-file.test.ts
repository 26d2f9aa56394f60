/** `--state FILE`: seeded when missing, rewritten after each change, found again on restart, never overwritten when bad. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_EDGES } from '../src/demo-edges';
import { type Emulator, startEmulator } from '../src/start-emulator';
import { StateFileError } from '../src/state-file';
import { callAction, ok, rowsOf } from './call-action';

const freshDir = () => mkdtempSync(join(tmpdir(), 'emulator-state-'));
const page = { PageNumber: '1', PageSize: '50' };

async function withEmulator<T>(statePath: string, use: (emulator: Emulator) => Promise<T>, empty = false) {
  const emulator = await startEmulator({
    port: 0,
    qpsLimit: 100_000,
    statePath,
    ...(empty ? { empty } : {}),
  });
  try {
    return await use(emulator);
  } finally {
    await emulator.close();
  }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('the state file', () => {
  it('when it does not exist, then it is written at start with the demo data and no temporary file is left', async () => {
    const dir = freshDir();
    const path = join(dir, 'state.json');
    await withEmulator(path, async (emulator) => {
      const answer = await ok(
        callAction(
          emulator,
          'ListRecognitionLibs',
          { Algorithm: 'landmark', ...page },
          { region: 'cn-shanghai' },
        ),
      );
      expect(answer.TotalCount).toBe(180);
    });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
      format: 'ice-emulator-state',
      version: 1,
      base: { kind: 'demo' },
    });
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it('when the emulator restarts on the same file, then what was created and deleted is as it was left', async () => {
    const path = join(freshDir(), 'state.json');
    const { LibId: demoLib, EntityId: demoEntity } = DEMO_EDGES.entityWithNoSamples;
    const made = await withEmulator(path, async (emulator) => {
      const call = (action: string, params: Record<string, string>) =>
        ok(callAction(emulator, action, params, { region: 'cn-shanghai' }));
      const LibId = String(
        (await call('CreateRecognitionLib', { Algorithm: 'face', LibName: '重启 restart' })).LibId,
      );
      const EntityId = String(
        (await call('CreateRecognitionEntity', { Algorithm: 'face', LibId, EntityName: 'e' })).EntityId,
      );
      const ImageUrl = 'https://example.com/face.jpg';
      const SampleId = String(
        (await call('CreateRecognitionSample', { Algorithm: 'face', LibId, EntityId, ImageUrl })).SampleId,
      );
      await call('DeleteRecognitionEntity', { Algorithm: 'landmark', LibId: demoLib, EntityId: demoEntity });
      return { LibId, EntityId, SampleId, ImageUrl };
    });
    await withEmulator(path, async (emulator) => {
      const call = (action: string, params: Record<string, string>) =>
        ok(callAction(emulator, action, params, { region: 'cn-shanghai' }));
      const libs = await call('ListRecognitionLibs', { Algorithm: 'face', ...page, LibId: made.LibId });
      expect(rowsOf(libs, 'Libs', 'Lib')).toEqual([
        { LibId: made.LibId, LibName: '重启 restart', LibDescription: '' },
      ]);
      const samples = await call('ListRecognitionSamples', {
        Algorithm: 'face',
        LibId: made.LibId,
        EntityId: made.EntityId,
        ...page,
      });
      expect(rowsOf(samples, 'Samples', 'Sample')).toEqual([{ ...made }]);
      const entities = await call('ListRecognitionEntities', {
        Algorithm: 'landmark',
        LibId: demoLib,
        ...page,
      });
      expect(rowsOf(entities, 'Entities', 'Entity').map((e) => e.EntityId)).not.toContain(demoEntity);
      expect(entities.TotalCount).toBe(6);
    });
  });

  it('when the file is truncated, then the emulator refuses to start, says why, and leaves the file untouched', async () => {
    const dir = freshDir();
    const path = join(dir, 'state.json');
    await withEmulator(path, async (emulator) => {
      await ok(callAction(emulator, 'CreateRecognitionLib', { Algorithm: 'logo', LibName: 'kept' }));
    });
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 2)));
    const before = { bytes: readFileSync(path), mtime: statSync(path).mtimeMs };
    const error = await rejection(startEmulator({ port: 0, statePath: path }));
    expect(error).toBeInstanceOf(StateFileError);
    expect(String(error)).toMatch(
      /state file .*state\.json is not a usable emulator state: .*JSON.*left as it is/,
    );
    expect(readFileSync(path).equals(before.bytes)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(before.mtime);
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it.each([
    ['JSON of another shape', '{"format":"ice-emulator-state","version":2}', /version/],
    ['an empty file', '', /JSON/],
    [
      'a library without a name',
      JSON.stringify({
        format: 'ice-emulator-state',
        version: 1,
        base: { kind: 'empty' },
        accounts: { '1': { 'cn-beijing': { face: [{ LibId: 'a', LibDescription: '' }] } } },
      }),
      /LibName/,
    ],
  ])('when the file holds %s, then the start is refused naming the problem', async (_what, text, reason) => {
    const path = join(freshDir(), 'state.json');
    writeFileSync(path, text);
    const error = await rejection(startEmulator({ port: 0, statePath: path }));
    expect(error).toBeInstanceOf(StateFileError);
    expect(String(error)).toMatch(reason);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('when the path cannot be read as a file, then the start is refused', async () => {
    const path = join(freshDir(), 'a-directory');
    mkdirSync(path);
    expect(await rejection(startEmulator({ port: 0, statePath: path }))).toBeInstanceOf(StateFileError);
  });

  it('when started --empty on a new file, then nothing is there, and a later start keeps the file as it is', async () => {
    const path = join(freshDir(), 'state.json');
    const list = (emulator: Emulator) =>
      ok(callAction(emulator, 'ListRecognitionLibs', { Algorithm: 'object', ...page }));
    await withEmulator(path, async (emulator) => expect((await list(emulator)).TotalCount).toBe(0), true);
    await withEmulator(path, async (emulator) => expect((await list(emulator)).TotalCount).toBe(0));
  });
});

/** Never twice: the same Idempotency-Key is answered once, whether the repeat comes after or during the first. */
import { randomUUID } from 'node:crypto';
import { createdLibrarySchema } from '@ice-console/shared/writes';
import { beforeEach, describe, expect, it } from 'vitest';
import { errorOf, sendWrite, useWriteStack } from '../testing/write-client';

const writes = useWriteStack();
beforeEach(() => {
  writes.stack.emulator.reset({ empty: true });
  writes.stack.emulator.resetStats();
  writes.stack.emulator.faults.clear();
});

const body = (libName: string) => ({ region: 'cn-hangzhou', algorithm: 'logo', libName });
const libraryCount = () => writes.stack.emulator.state('cn-hangzhou', 'logo').Libs.length;
const creates = () => writes.stack.emulator.stats().byAction.CreateRecognitionLib ?? 0;

describe('the Idempotency-Key', () => {
  it('when the same key is sent twice in a row, then one library is made and the second answer is the first, replayed', async () => {
    const key = randomUUID();
    const first = await sendWrite(writes.stack.url, 'POST', '/api/libraries', { key, body: body('Once') });
    const second = await sendWrite(writes.stack.url, 'POST', '/api/libraries', { key, body: body('Once') });
    expect([first.status, second.status]).toEqual([201, 201]);
    const firstBody = createdLibrarySchema.parse(await first.json());
    expect(await second.json()).toEqual(firstBody);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(creates()).toBe(1);
    expect(libraryCount()).toBe(1);
    const lines = (await writes.auditLines()).filter((line) => line.name === 'Once');
    expect(lines.map((line) => line.phase)).toEqual(['intent', 'outcome', 'replayed']);
    expect(lines[2]).toMatchObject({ outcome: 'ok', upstreamRequestId: firstBody.requestId });
  });

  it('when the same key is sent five times at once (a double click, a second tab), then one library is made and all five get its id', async () => {
    // Slow answers keep the first call in flight while the others arrive.
    writes.stack.emulator.faults.addRule({ action: 'CreateRecognitionLib', latencyMs: 300 });
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        sendWrite(writes.stack.url, 'POST', '/api/libraries', { key, body: body('Together') }),
      ),
    );
    const answers = await Promise.all(responses.map(async (r) => createdLibrarySchema.parse(await r.json())));
    expect(new Set(answers.map((answer) => answer.libId)).size).toBe(1);
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(4);
    expect(creates()).toBe(1);
    expect(libraryCount()).toBe(1);
  });

  it('when the same key comes with another body, then it is a 422 and nothing is sent', async () => {
    const key = randomUUID();
    expect(
      (await sendWrite(writes.stack.url, 'POST', '/api/libraries', { key, body: body('First') })).status,
    ).toBe(201);
    const reused = await sendWrite(writes.stack.url, 'POST', '/api/libraries', { key, body: body('Second') });
    expect(reused.status).toBe(422);
    expect((await errorOf(reused)).code).toBe('IdempotencyKeyReused');
    expect(creates()).toBe(1);
    const last = (await writes.auditLines()).at(-1);
    expect(last).toMatchObject({ phase: 'refused', outcome: 'IdempotencyKeyReused', name: 'Second' });
  });

  it('when two different keys carry the same body, then two libraries are made (names are not unique)', async () => {
    await sendWrite(writes.stack.url, 'POST', '/api/libraries', { body: body('Twin') });
    await sendWrite(writes.stack.url, 'POST', '/api/libraries', { body: body('Twin') });
    expect(libraryCount()).toBe(2);
  });

  it('when a delete is repeated with its key, then the second is replayed rather than refused as not found', async () => {
    const { libId } = createdLibrarySchema.parse(
      await (await sendWrite(writes.stack.url, 'POST', '/api/libraries', { body: body('Doomed') })).json(),
    );
    const key = randomUUID();
    const path = `/api/libraries/${libId}?region=cn-hangzhou&algorithm=logo`;
    const first = await sendWrite(writes.stack.url, 'DELETE', path, { key });
    const again = await sendWrite(writes.stack.url, 'DELETE', path, { key });
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(writes.stack.emulator.stats().byAction.DeleteRecognitionLib).toBe(1);
  });
});

/**
 * Never lost, never silent: a write that may have reached the service is not sent again and says its outcome is
 * unknown; a write whose intent cannot be recorded is not sent at all.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import type { FaultKind } from '@ice-console/emulator';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { errorOf, sendWrite, useWriteStack } from '../testing/write-client';

// Short timeouts keep the hang quick; the retry rules are the production ones (2 retries for reads).
const writes = useWriteStack({
  env: { ICE_TIMEOUT_MS: '300', ICE_DEADLINE_MS: '1500' },
});
beforeEach(() => {
  writes.stack.emulator.reset({ empty: true });
  writes.stack.emulator.resetStats();
  writes.stack.emulator.faults.clear();
});

const NEW_LIB = { region: 'cn-shenzhen', algorithm: 'object', libName: 'Maybe' } as const;
const libraries = () => writes.stack.emulator.state('cn-shenzhen', 'object').Libs;
const createCalls = () => writes.stack.emulator.stats().byAction.CreateRecognitionLib ?? 0;

describe('a write whose outcome is unknown', () => {
  it.each<[string, FaultKind]>([
    ['never answers', 'hang'],
    ['has its connection reset', 'reset'],
    ['is answered 500 InternalError', 'InternalError'],
    ['is answered 503 ServiceUnavailable', 'ServiceUnavailable'],
    ['is answered with a page that is not JSON', 'not-json'],
  ])(
    'when the create %s, then it is sent once, answered 502 OutcomeUnknown, and a repeat of its key sends nothing',
    async (_, kind) => {
      writes.stack.emulator.faults.addRule({ action: 'CreateRecognitionLib', kind, count: 1 });
      const key = randomUUID();
      const response = await sendWrite(writes.stack.url, 'POST', '/api/libraries', { key, body: NEW_LIB });
      expect(response.status).toBe(502);
      const error = await errorOf(response);
      expect(error).toMatchObject({ code: 'OutcomeUnknown', retryable: false });
      expect(error.message).toMatch(/Check the list/);
      expect(createCalls()).toBe(1);
      const again = await sendWrite(writes.stack.url, 'POST', '/api/libraries', { key, body: NEW_LIB });
      expect((await errorOf(again)).code).toBe('OutcomeUnknown');
      expect(createCalls()).toBe(1);
      const lines = (await writes.auditLines()).slice(-3);
      expect(lines.map((line) => `${line.phase} ${line.outcome ?? ''}`.trim())).toEqual([
        'intent',
        'outcome unknown',
        'replayed unknown',
      ]);
    },
  );

  it('when the create arrives but its answer is too late, then no second create is sent and exactly one library exists', async () => {
    writes.stack.emulator.faults.addRule({ action: 'CreateRecognitionLib', latencyMs: 800, count: 1 });
    const response = await sendWrite(writes.stack.url, 'POST', '/api/libraries', { body: NEW_LIB });
    expect((await errorOf(response)).code).toBe('OutcomeUnknown');
    // The service carries it out after all; the list, read past the cache, shows it once.
    await vi.waitFor(() => expect(libraries()).toHaveLength(1), { timeout: 3000, interval: 50 });
    const page = await writes.stack.get(
      '/api/libraries?region=cn-shenzhen&algorithm=object&pageNumber=1&pageSize=10',
    );
    expect(((await page.json()) as { totalCount: number }).totalCount).toBe(1);
    expect(createCalls()).toBe(1);
  });

  it('when the service throttles the call, then it is tried again as reads are, and never reported as unknown', async () => {
    const lib = await sendWrite(writes.stack.url, 'POST', '/api/libraries', { body: NEW_LIB });
    const { libId } = (await lib.json()) as { libId: string };
    const addEntity = (entityName: string) =>
      sendWrite(writes.stack.url, 'POST', `/api/libraries/${libId}/entities`, {
        body: { region: NEW_LIB.region, algorithm: NEW_LIB.algorithm, entityName },
      });
    // One entity create a second, per account: no other test here creates entities, so the first one goes through.
    writes.stack.emulator.setQpsLimit(1);
    try {
      expect((await addEntity('first')).status).toBe(201);
      // Within the same second: the service answers Throttling.User, which proves nothing was written.
      const next = await addEntity('next');
      const tries = writes.stack.emulator.stats().byActionAndCode.CreateRecognitionEntity ?? {};
      expect(tries['Throttling.User']).toBeGreaterThanOrEqual(1);
      expect((tries['Throttling.User'] ?? 0) + (tries.OK ?? 0)).toBeGreaterThanOrEqual(3);
      if (next.status !== 201) {
        expect(await errorOf(next)).toMatchObject({ code: 'Throttling.User', retryable: true });
      }
      const entities = libraries()[0]?.Entities ?? [];
      expect(entities).toHaveLength(next.status === 201 ? 2 : 1);
    } finally {
      writes.stack.emulator.setQpsLimit(50);
    }
  });
});

describe('a write whose intent cannot be recorded', () => {
  it('when the audit file cannot be written, then nothing is sent (503 AuditUnavailable), and the same key works once it can', async () => {
    await rm(writes.auditPath, { force: true });
    await mkdir(writes.auditPath);
    const key = randomUUID();
    try {
      const refused = await sendWrite(writes.stack.url, 'POST', '/api/libraries', { key, body: NEW_LIB });
      expect(refused.status).toBe(503);
      expect((await errorOf(refused)).code).toBe('AuditUnavailable');
      expect(writes.stack.emulator.stats().total).toBe(0);
    } finally {
      await rm(writes.auditPath, { recursive: true });
    }
    const retried = await sendWrite(writes.stack.url, 'POST', '/api/libraries', { key, body: NEW_LIB });
    expect(retried.status).toBe(201);
    expect(createCalls()).toBe(1);
    expect((await writes.auditLines()).map((line) => line.phase)).toEqual(['intent', 'outcome']);
  });
});

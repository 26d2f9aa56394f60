import { describe, expect, it } from 'vitest';
import { fingerprintOf, IdempotencyStore, type StoredAnswer } from './idempotency-store';

const ok: StoredAnswer = { result: { status: 201, body: { libId: 'L1' } }, outcome: 'ok', remember: true };
const busy: StoredAnswer = {
  result: { error: new Error('budget') },
  outcome: 'BudgetExhausted',
  remember: false,
};
const KEY = '0b6c2f8e-6f8a-4c2e-9a55-1f2f3a4b5c6d';

describe('the idempotency store', () => {
  it('when a key is claimed again by the same session with the same fields, then it gets the first answer', async () => {
    const store = new IdempotencyStore();
    const first = store.claim('session a', KEY, fingerprintOf('CreateRecognitionLib', { LibName: 'x' }));
    const repeat = store.claim(
      'session a',
      KEY.toUpperCase(),
      fingerprintOf('CreateRecognitionLib', { LibName: 'x' }),
    );
    if (first.kind !== 'first' || repeat.kind !== 'repeat') throw new Error('unexpected claims');
    first.settle(ok);
    expect(await repeat.answer).toBe(ok);
  });

  it('when another session uses the same key, then it is a claim of its own', () => {
    const store = new IdempotencyStore();
    store.claim('session a', KEY, 'f');
    expect(store.claim('session b', KEY, 'f').kind).toBe('first');
  });

  it('when the fields differ, in any order, then it is a conflict only if they really differ', () => {
    const store = new IdempotencyStore();
    store.claim('s', KEY, fingerprintOf('A', { a: '1', b: '2' }));
    expect(store.claim('s', KEY, fingerprintOf('A', { b: '2', a: '1' })).kind).toBe('repeat');
    expect(store.claim('s', KEY, fingerprintOf('A', { a: '1', b: '3' })).kind).toBe('conflict');
  });

  it('when the first answer says nothing happened, then waiting repeats get it, and the key is free afterwards', async () => {
    const store = new IdempotencyStore();
    const first = store.claim('s', KEY, 'f');
    const waiting = store.claim('s', KEY, 'f');
    if (first.kind !== 'first' || waiting.kind !== 'repeat') throw new Error('unexpected claims');
    first.settle(busy);
    expect(await waiting.answer).toBe(busy);
    expect(store.claim('s', KEY, 'f').kind).toBe('first');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { requestSlots } from './request-slots';

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('request slots', () => {
  it('when more tasks come than slots, then the rest wait their turn in order', async () => {
    const slots = requestSlots(2);
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((gate, index) =>
      slots.run(async () => {
        started.push(index);
        await gate.promise;
      }),
    );
    await vi.waitFor(() => expect(started).toEqual([0, 1]));
    gates[1]?.resolve();
    await runs[1];
    await vi.waitFor(() => expect(started).toEqual([0, 1, 2]));
    gates[0]?.resolve();
    gates[2]?.resolve();
    await Promise.all(runs);
  });

  it('when a waiting task is aborted, then it leaves the line and never runs', async () => {
    const slots = requestSlots(1);
    const gate = deferred();
    const first = slots.run(() => gate.promise);
    const leaving = new AbortController();
    let ran = false;
    const second = slots.run(async () => {
      ran = true;
    }, leaving.signal);
    leaving.abort();
    await expect(second).rejects.toBeDefined();
    gate.resolve();
    await first;
    expect(ran).toBe(false);
    await slots.run(async () => undefined);
  });
});

/** A write still waiting for the budget when its deadline passes is abandoned: it never goes out later. */
import { DEMO_ACCOUNT, type Emulator, startEmulator } from '@ice-console/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallBudget } from './call-budget';
import { staticCredential } from './credentials';
import { createRegionClients } from './region-clients';
import { sendWrite } from './write-call';
import { createLibraryWrite } from './write-specs';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, empty: true });
});
afterAll(() => emulator.close());

describe('a write and its deadline', () => {
  it('when the deadline passes while the write waits for the budget, then it answers 504 and is never sent', async () => {
    const clients = createRegionClients({
      credential: staticCredential(DEMO_ACCOUNT),
      endpoints: emulator.endpoints,
      protocol: 'http',
      signature: 'v3',
    });
    // One call a second: the second write's turn comes after its 400 ms deadline.
    const budget = new CallBudget(1, 5000);
    const deps = { clients, budget, timeoutMs: 300, deadlineMs: 400, maxRetries: 2 };
    const write = (libName: string) =>
      sendWrite(
        deps,
        'identity',
        createLibraryWrite({ region: 'cn-beijing', algorithm: 'logo', libName }),
        'tab',
      );
    const [first, late] = await Promise.all([write('first'), write('late')]);
    expect(first.answer?.libId).toBeTruthy();
    expect(late).toMatchObject({ sent: false, error: { status: 504, code: 'UpstreamTimeout' } });
    // A probe queued behind the abandoned write starts only after that write's turn has come and gone.
    await budget.schedule('identity', async () => undefined, 'probe');
    expect(emulator.stats().byAction.CreateRecognitionLib).toBe(1);
    expect(emulator.state('cn-beijing', 'logo').Libs.map((lib) => lib.LibName)).toEqual(['first']);
    await budget.close();
  });
});

/**
 * Property: a request signed correctly is never refused for its signature, whatever text its parameters carry
 * (reserved characters, spaces, `+`, `*`, `~`, Chinese, emoji), in the query or in a form body, V3 or RPC.
 * The signer is the test's own, so this checks the emulator's encoding against an independent one.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../src/accounts';
import { type Emulator, startEmulator } from '../src/start-emulator';
import { send, signRpc, signV3 } from './hand-signed-request';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, qpsLimit: 1_000_000 });
});
afterAll(() => emulator.close());

const RESERVED = new Set(['Signature', 'SignatureNonce', 'AccessKeyId', 'Action', 'Version', '__proto__']);
const text = fc.oneof(
  fc.string({ unit: 'binary-ascii' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('a b', 'a+b', "*~!'()", '100%', '=&?#/', '大模型acp', '👍🏽'),
);
const extraParams = fc.dictionary(
  text.filter((name) => name.length > 0 && !RESERVED.has(name)),
  text,
  { maxKeys: 4 },
);

describe('signing any parameter text', () => {
  it.each([
    ['V3', 'query'],
    ['V3', 'form'],
    ['RPC', 'query'],
    ['RPC', 'form'],
  ] as const)(
    'when %s-signed with arbitrary parameters in the %s, then the signature is accepted',
    async (version, placement) => {
      await fc.assert(
        fc.asyncProperty(extraParams, async (extra) => {
          const sign = version === 'V3' ? signV3 : signRpc;
          const answer = await send(
            sign({
              endpoint: emulator.endpoints['cn-beijing'],
              method: 'POST',
              placement,
              key: DEMO_ACCOUNT,
              params: { ...extra, Algorithm: 'face', PageNumber: '1', PageSize: '5' },
            }),
          );
          // Parameter checks come after authentication, so any other answer means the signature was accepted.
          expect(['SignatureDoesNotMatch', 'IncompleteSignature']).not.toContain(answer.json.Code);
        }),
        { numRuns: 40 },
      );
    },
  );
});

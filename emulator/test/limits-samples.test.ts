/** The limits and required fields of the sample actions: images for four algorithms, prompts for label. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAction, ok } from './call-action';
import { expectRefused, han, type LimitFixture, page, startLimitFixture, UNKNOWN_ID } from './limit-fixture';

let f: LimitFixture;
beforeAll(async () => {
  f = await startLimitFixture();
});
afterAll(() => f.emulator.close());

const url = 'https://example.com/a.png';
type Case = readonly [string, string, () => Record<string, string>];
const CASES: readonly Case[] = [
  ['CreateRecognitionSample', 'Missing EntityId', () => ({ ...f.lib(), ImageUrl: url })],
  ['CreateRecognitionSample', 'Invalid ImageUrl', () => f.entity()],
  [
    'CreateRecognitionSample',
    'Invalid ImageUrl',
    () => ({ ...f.entity(), ImageUrl: 'ftp://example.com/a.png' }),
  ],
  [
    'CreateRecognitionSample',
    'Invalid ImageUrl',
    () => ({ ...f.entity(), ImageUrl: `${url}?${'a'.repeat(2030)}` }),
  ],
  ['CreateRecognitionSample', 'Invalid LabelPrompt', () => ({ ...f.entity(), LabelPrompt: 'a prompt' })],
  ['CreateRecognitionSample', 'Invalid LabelPrompt', () => f.label()],
  ['CreateRecognitionSample', 'Invalid ImageUrl', () => ({ ...f.label(), LabelPrompt: 'p', ImageUrl: url })],
  ['CreateRecognitionSample', 'Invalid LabelPrompt', () => ({ ...f.label(), LabelPrompt: han(171) })],
  [
    'CreateRecognitionSample',
    'Invalid EntityId',
    () => ({ ...f.lib(), EntityId: UNKNOWN_ID, ImageUrl: url }),
  ],
  ['DeleteRecognitionSample', 'Missing SampleId', () => f.entity()],
  ['DeleteRecognitionSample', 'Invalid SampleId', () => ({ ...f.entity(), SampleId: UNKNOWN_ID })],
  ['ListRecognitionSamples', 'Missing LibId', () => ({ Algorithm: 'object', EntityId: 'ANY', ...page })],
  ['ListRecognitionSamples', 'Missing EntityId', () => ({ ...f.lib(), ...page })],
  ['ListRecognitionSamples', 'Missing PageSize', () => ({ ...f.entity(), PageNumber: '1' })],
  ['ListRecognitionSamples', 'Invalid PageSize', () => ({ ...f.entity(), PageNumber: '1', PageSize: '51' })],
  [
    'ListRecognitionSamples',
    'Invalid LibId',
    () => ({ ...f.entity(), ...page, LibId: `${f.lib().LibId},${UNKNOWN_ID}` }),
  ],
  [
    'ListRecognitionSamples',
    'Invalid LibId',
    () => ({ ...f.entity(), ...page, LibId: Array(101).fill('a').join(',') }),
  ],
  ['ListRecognitionSamples', 'Invalid LibId', () => ({ ...f.entity(), ...page, LibId: 'a,,b' })],
  ['ListRecognitionSamples', 'Invalid EntityId', () => ({ ...f.lib(), EntityId: UNKNOWN_ID, ...page })],
];

describe('sample limits', () => {
  it.each(CASES)('when %s is sent with a bad value, then %s', async (action, expected, params) => {
    await expectRefused(f.emulator, action, params(), expected);
  });

  it('when a prompt is exactly 512 bytes in multi-byte characters, then it is accepted', async () => {
    const LabelPrompt = `${han(170)}AB`;
    expect(Buffer.byteLength(LabelPrompt)).toBe(512);
    const made = await ok(callAction(f.emulator, 'CreateRecognitionSample', { ...f.label(), LabelPrompt }));
    expect(made.SampleId).toMatch(/^[0-9a-f]{32}$/);
  });
});

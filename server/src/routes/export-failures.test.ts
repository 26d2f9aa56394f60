/**
 * The full export when things go wrong: the client leaves (paging stops), a page fails for good mid-stream (the
 * file ends saying so), a view larger than the row cap (the file says where it stopped).
 */
import { generateDemoData } from '@ice-console/emulator';
import { EXPORT_ROW_CAP, INCOMPLETE_MARKER, ROW_CAP_MARKER } from '@ice-console/shared/export-limits';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';

let stack: TestStack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

const BIG = '/api/libraries/export?region=cn-beijing&algorithm=object';
const calls = () => stack?.emulator.stats().byAction.ListRecognitionLibs ?? 0;
const waitMs = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the full export, when things go wrong', () => {
  it('when the client disconnects mid-export, then only the call already waiting for its turn goes out, none after', async () => {
    // One call a second: when the client leaves after page 1, page 2 waits for the budget's next second, so the
    // export is mid-way, and any call made later than that one would come a second or more after the client left.
    stack = await startTestStack({ env: { ICE_QPS_BUDGET: '1' } });
    const leaving = new AbortController();
    const response = await fetch(`${stack.url}${BIG}&format=csv`, { signal: leaving.signal });
    const reader = response.body?.getReader();
    await reader?.read();
    const atAbort = calls();
    leaving.abort();
    // The export logs its outcome once its loop has ended: from then on it can make no call.
    await expect
      .poll(() => stack?.logs.some((line) => line.includes('"outcome":"client gone"')), { timeout: 10_000 })
      .toBe(true);
    const whenStopped = calls();
    expect(whenStopped - atAbort).toBeLessThanOrEqual(1);
    expect(whenStopped).toBeLessThan(25);
    // Longer than one turn of the budget: a call still to come would have gone out by now.
    await waitMs(1500);
    expect(calls()).toBe(whenStopped);
  });

  it.each(['csv', 'json'])(
    'when a page fails for good mid-stream (%s), then the file ends with the reason and cannot pass for whole',
    async (format) => {
      // One call a second: page 2 cannot start before the fault is in place, right after page 1 arrives.
      stack = await startTestStack({ env: { ICE_QPS_BUDGET: '1' } });
      const response = await stack.get(`${BIG}&format=${format}`);
      expect(response.status).toBe(200);
      stack.emulator.faults.addRule({ action: 'ListRecognitionLibs', kind: 'InternalError' });
      const text = await response.text();
      const lastLine = text.trimEnd().split(/\r?\n/).at(-1) ?? '';
      expect(lastLine).toMatch(
        new RegExp(
          `^${INCOMPLETE_MARKER} stopped after 50 of 1234 rows: InternalError: .+ \\(RequestId [0-9A-F-]{36}\\)$`,
        ),
      );
      // The page was tried three times (two retries) before the file gave up.
      expect(stack.emulator.stats().byActionAndCode.ListRecognitionLibs).toEqual({ OK: 1, InternalError: 3 });
      if (format === 'json') expect(() => JSON.parse(text)).toThrow();
      else expect(text.split('\r\n')).toHaveLength(1 + 50 + 1 + 1);
    },
  );

  it('when the view holds more rows than the cap, then the file holds the cap and says so', async () => {
    const many = Array.from({ length: EXPORT_ROW_CAP + 7 }, (_, i) => ({
      LibId: `lib${i}`,
      LibName: `Library ${i}`,
      LibDescription: '',
    }));
    const data = generateDemoData();
    data['cn-hangzhou'].logo = many;
    // The budget lifted (a benchmark's setting): 2,000 pages at 10 a second would take over three minutes.
    stack = await startTestStack({ unlimitedBudget: true, emulator: { data, qpsLimit: 1_000_000 } });
    const text = await (
      await stack.get('/api/libraries/export?region=cn-hangzhou&algorithm=logo&format=csv')
    ).text();
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + EXPORT_ROW_CAP + 1);
    expect(lines.at(-2)).toBe(`lib${EXPORT_ROW_CAP - 1},Library ${EXPORT_ROW_CAP - 1},,cn-hangzhou,logo`);
    expect(lines.at(-1)).toBe(
      `${ROW_CAP_MARKER} this file holds the first ${EXPORT_ROW_CAP} of ${EXPORT_ROW_CAP + 7} rows (the export's row cap); narrow the view, e.g. by LibId, to export the rest.`,
    );
    expect(calls()).toBe(EXPORT_ROW_CAP / 50);
  }, 120_000);
});

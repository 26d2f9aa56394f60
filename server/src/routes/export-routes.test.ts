/** The full exports against the emulator's demo data: every row once, in order, one call a page. */
import { DEMO_EDGES } from '@ice-console/emulator';
import { errorBodySchema } from '@ice-console/shared/errors';
import { EXPORT_TOTAL_HEADER } from '@ice-console/shared/export-limits';
import Papa from 'papaparse';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.resetStats());

const BIG = '/api/libraries/export?region=cn-beijing&algorithm=object';

describe('GET /api/libraries/export', () => {
  it('when the 1,234-library view is exported as CSV, then every row comes once, in order, from one call a page', async () => {
    const response = await stack.get(`${BIG}&format=csv&bom=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="recognition-libs_cn-beijing_object_all_\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers.get(EXPORT_TOTAL_HEADER)).toBe('1234');
    // Read as bytes: Response.text() would drop the BOM this test is about.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith('\uFEFFLibId,LibName,LibDescription,Region,Algorithm\r\n')).toBe(true);
    const records = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    const expected = stack.emulator.state('cn-beijing', 'object').Libs.map((lib) => lib.LibId);
    expect(expected).toHaveLength(1234);
    expect(records.slice(1).map((record) => record[0])).toEqual(expected);
    expect(records.slice(1).every((record) => record[3] === 'cn-beijing' && record[4] === 'object')).toBe(
      true,
    );
    expect(stack.emulator.stats().byActionAndCode.ListRecognitionLibs).toEqual({ OK: Math.ceil(1234 / 50) });
  });

  it('when exported as JSON, then the file parses to the facts and every row, and says it is complete', async () => {
    const response = await stack.get(
      '/api/libraries/export?region=cn-shanghai&algorithm=landmark&format=json',
    );
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const file = JSON.parse(await response.text());
    expect(file).toMatchObject({ region: 'cn-shanghai', algorithm: 'landmark', totalCount: 180 });
    expect(file).toMatchObject({ rowCount: 180, capped: false, rowCap: 100_000 });
    expect(file.libraries).toHaveLength(180);
    expect(file.libraries[1]).toMatchObject({ libName: '=HYPERLINK("http://example.com","x")' });
    expect(stack.emulator.stats().total).toBe(4);
  });

  it('when exported as CSV, then formula cells are escaped as the page export escapes them, without a BOM unasked', async () => {
    const text = await (
      await stack.get('/api/libraries/export?region=cn-shanghai&algorithm=landmark&format=csv')
    ).text();
    expect(text.startsWith('LibId,')).toBe(true);
    expect(text).toContain(`,"'=HYPERLINK(""http://example.com"",""x"")","'+1",cn-shanghai,landmark\r\n`);
    expect(text).toContain(`,"'-2","'@SUM(A1)",`);
    expect(text).toContain(`"'\tTab-led note from a spreadsheet paste"`);
  });

  it('when LibIds narrow the view, then only those rows, in a file named for a search', async () => {
    const { LibId } = DEMO_EDGES.libraryWithManyEntities;
    const response = await stack.get(
      `/api/libraries/export?region=cn-shanghai&algorithm=landmark&format=json&libId=${LibId},unknown1`,
    );
    expect(response.headers.get('content-disposition')).toContain('_search_');
    const file = JSON.parse(await response.text());
    expect(file.libIds).toEqual([LibId, 'unknown1']);
    expect(file.libraries.map((lib: { libId: string }) => lib.libId)).toEqual([LibId]);
  });

  it('when the format is missing, then a 400 naming it and no call', async () => {
    const response = await stack.get(`${BIG}`);
    expect(response.status).toBe(400);
    expect(errorBodySchema.parse(await response.json()).error.field).toBe('format');
    expect(stack.emulator.stats().total).toBe(0);
  });
});

describe('GET /api/libraries/:libId/entities/export', () => {
  it('when the 1,234-entity library is exported, then every entity once, in order, from one call a page', async () => {
    const many = DEMO_EDGES.libraryWithManyEntities;
    const response = await stack.get(
      `/api/libraries/${many.LibId}/entities/export?region=cn-shanghai&algorithm=landmark&format=csv`,
    );
    expect(response.headers.get('content-disposition')).toContain(
      `recognition-entities_cn-shanghai_landmark_${many.LibId}_all_`,
    );
    const records = Papa.parse<string[]>(await response.text(), { skipEmptyLines: true }).data;
    expect(records[0]).toEqual(['EntityId', 'EntityName', 'EntityInfo', 'Region', 'Algorithm']);
    const state = stack.emulator
      .state('cn-shanghai', 'landmark')
      .Libs.find((lib) => lib.LibId === many.LibId);
    expect(records.slice(1).map((record) => record[0])).toEqual(state?.Entities.map((e) => e.EntityId));
    expect(stack.emulator.stats().byActionAndCode.ListRecognitionEntities).toEqual({ OK: 25 });
  });

  it('when the hostile library is exported, then a formula behind a `;` is made inert too', async () => {
    const hostile = DEMO_EDGES.libraryWithHostileEntities;
    const text = await (
      await stack.get(
        `/api/libraries/${hostile.LibId}/entities/export?region=cn-shanghai&algorithm=landmark&format=csv`,
      )
    ).text();
    expect(text).toContain(`"x;'=1+1;"`);
  });
});

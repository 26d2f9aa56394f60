import type { LibraryPage } from '@ice-console/shared/libraries';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportFileName, toCsv, toJson } from './page-export';

const page: LibraryPage = {
  requestId: 'REQ-1',
  region: 'cn-shanghai',
  algorithm: 'landmark',
  pageNumber: 2,
  pageSize: 10,
  totalCount: 180,
  libraries: [
    { libId: 'id1', libName: 'Large Model ACP', libDescription: 'Library for product recognition' },
    { libId: 'id2', libName: '=HYPERLINK("http://example.com","x")', libDescription: '+1' },
    { libId: 'id3', libName: '-2', libDescription: '@SUM(A1)' },
    { libId: 'id4', libName: 'Shops, "flagship" and outlets', libDescription: 'First line\nSecond line' },
    { libId: 'id5', libName: '大模型acp', libDescription: '\tTab-led note' },
    { libId: 'id6', libName: '=1+1\nsecond line', libDescription: '' },
    { libId: 'id7', libName: 'x;=1+1;', libDescription: 'note\n@SUM(A1); "-3' },
  ],
};

const COMMA_SEPARATED = { delimiter: ',', newline: '\r\n' as const };

/**
 * Where the list separator is `;` (much of Europe), a spreadsheet splits every line at `;` and at line breaks
 * whatever the quotes say, since a quote in the middle of a field is an ordinary character there.
 */
function formulaStartsWhenSplitAtSemicolons(csv: string): string[] {
  return csv.split(/[;\r\n]/).filter((piece) => /^[ "]*[=+\-@\t]/.test(piece));
}

describe('toCsv', () => {
  it('when exported with the default options, then the file starts with a UTF-8 BOM and the header row', () => {
    const csv = toCsv(page);
    expect(csv.startsWith('\uFEFFLibId,LibName,LibDescription,Region,Algorithm\r\n')).toBe(true);
  });

  it('when asked without a BOM, then there is none', () => {
    expect(toCsv(page, { bom: false }).startsWith('LibId,')).toBe(true);
  });

  it('when cells hold commas, quotes and line breaks, then they are quoted per RFC 4180 with CRLF rows', () => {
    const csv = toCsv(page, { bom: false });
    expect(csv).toContain(
      'id4,"Shops, ""flagship"" and outlets","First line\nSecond line",cn-shanghai,landmark\r\n',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('when cells start with = + - @ or a tab, then they are escaped so a spreadsheet shows them as text', () => {
    const rows = Papa.parse<string[]>(toCsv(page, { bom: false }).trimEnd()).data;
    expect(rows[2]?.slice(1, 3)).toEqual([`'=HYPERLINK("http://example.com","x")`, `'+1`]);
    expect(rows[3]?.slice(1, 3)).toEqual([`'-2`, `'@SUM(A1)`]);
    expect(rows[5]?.[2]).toBe(`'\tTab-led note`);
    // A formula that also holds a line break is escaped too (papaparse's own pattern misses it).
    expect(rows[6]?.[1]).toBe(`'=1+1\nsecond line`);
  });

  it('when a cell holds a ; then it is quoted, and what follows a ; or a line break cannot start a formula', () => {
    const csv = toCsv(page, { bom: false });
    expect(csv).toContain(`id7,"x;'=1+1;"`);
    expect(formulaStartsWhenSplitAtSemicolons(csv)).toEqual([]);
    const rows = Papa.parse<string[]>(csv.trimEnd(), COMMA_SEPARATED).data;
    expect(rows[7]?.slice(1, 3)).toEqual([`x;'=1+1;`, `note\n'@SUM(A1);' "-3`]);
  });

  it('when cells hold any mix of formula signs, separators, quotes and line breaks, then the file is inert with , or ;', () => {
    const cell = fc.string({
      unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ';', ',', '"', ' ', 'a', '1'),
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 5 }), (cells) => {
        const libraries = cells.map(([libName, libDescription], i) => ({
          libId: `id${i}`,
          libName,
          libDescription,
        }));
        const csv = toCsv({ ...page, libraries }, { bom: false });
        expect(formulaStartsWhenSplitAtSemicolons(csv)).toEqual([]);
        const rows = Papa.parse<string[]>(csv.slice(0, -2), COMMA_SEPARATED).data;
        expect(rows).toHaveLength(libraries.length + 1);
        for (const row of rows.slice(1)) for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  it('when names are Chinese, then they are written as they are, one row per library plus the header', () => {
    const rows = Papa.parse<string[]>(toCsv(page, { bom: false }).trimEnd()).data;
    expect(rows[5]?.[1]).toBe('大模型acp');
    expect(rows).toHaveLength(page.libraries.length + 1);
    expect(rows[1]).toEqual([
      'id1',
      'Large Model ACP',
      'Library for product recognition',
      'cn-shanghai',
      'landmark',
    ]);
  });
});

describe('toJson', () => {
  it('when exported, then it holds the page facts, the export time and exactly the rows', () => {
    const json: unknown = JSON.parse(toJson(page, new Date('2026-01-02T03:04:05Z')));
    expect(json).toEqual({
      region: 'cn-shanghai',
      algorithm: 'landmark',
      pageNumber: 2,
      pageSize: 10,
      totalCount: 180,
      requestId: 'REQ-1',
      exportedAt: '2026-01-02T03:04:05.000Z',
      libraries: page.libraries,
    });
  });
});

describe('exportFileName', () => {
  it('when named, then the file says what it holds', () => {
    expect(exportFileName(page, 'csv')).toBe('recognition-libs_cn-shanghai_landmark_page-2.csv');
    expect(exportFileName({ ...page, region: 'cn-beijing', algorithm: 'logo', pageNumber: 1 }, 'json')).toBe(
      'recognition-libs_cn-beijing_logo_page-1.json',
    );
  });
});

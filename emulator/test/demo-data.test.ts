import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, type EmulatorLib, generateDemoData, LIBRARY_COUNTS } from '../src/demo-data';
import { SERVICE_ALGORITHMS as ALGORITHMS, SERVICE_REGIONS as REGION_IDS } from '../src/service-model';

const data = generateDemoData();
const all: EmulatorLib[] = REGION_IDS.flatMap((region) => ALGORITHMS.flatMap((a) => data[region][a]));
const shanghai = ALGORITHMS.flatMap((a) => data['cn-shanghai'][a]);
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('the built-in demo data', () => {
  it('when generated, then every region and algorithm holds exactly the documented count', () => {
    for (const region of REGION_IDS) {
      for (const algorithm of ALGORITHMS) {
        expect(data[region][algorithm], `${region}/${algorithm}`).toHaveLength(
          LIBRARY_COUNTS[region][algorithm],
        );
      }
    }
  });

  it("when a user opens Shanghai landmarks, then 180 libraries start with the API document's example", () => {
    expect(data['cn-shanghai'].landmark).toHaveLength(180);
    expect(data['cn-shanghai'].landmark[0]).toMatchObject({
      LibName: 'Large Model ACP',
      LibDescription: 'Library for product recognition',
    });
  });

  it('when counting per combination, then a 0, a 1, a 50 and one above 1,000 all exist', () => {
    const counts = REGION_IDS.flatMap((region) => ALGORITHMS.map((a) => data[region][a].length));
    expect(counts).toContain(0);
    expect(counts).toContain(1);
    expect(counts).toContain(50);
    expect(Math.max(...counts)).toBeGreaterThan(1000);
  });

  it('when reading LibIds, then each is 32 hex characters and unique', () => {
    for (const lib of all) expect(lib.LibId).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(all.map((lib) => lib.LibId)).size).toBe(all.length);
  });

  it('when measuring UTF-8 bytes, then names stay within 64 and descriptions within 128, with one of each exactly at the limit', () => {
    expect(Math.max(...all.map((lib) => bytes(lib.LibName)))).toBe(64);
    expect(Math.max(...all.map((lib) => bytes(lib.LibDescription)))).toBe(128);
    // The limit is in bytes, not characters: the longest rows must be multi-byte to catch a length() check.
    const longest = all.find((lib) => bytes(lib.LibName) === 64);
    expect(longest?.LibName.length).toBeLessThan(64);
    const longestDescription = all.find((lib) => bytes(lib.LibDescription) === 128);
    expect(longestDescription?.LibDescription.length).toBeLessThan(128);
  });

  it('when looking in Shanghai, then the hostile strings are there, in names and in descriptions', () => {
    const texts = shanghai.flatMap((lib) => [lib.LibName, lib.LibDescription]);
    for (const hostile of [
      '=HYPERLINK("http://example.com","x")',
      '+1',
      '-2',
      '@SUM(A1)',
      '<img src=x onerror=alert(1)>',
    ]) {
      expect(texts).toContain(hostile);
    }
    expect(texts.some((text) => text.includes(',') && text.includes('"'))).toBe(true);
    expect(shanghai.some((lib) => lib.LibDescription.includes('\n'))).toBe(true);
    const hostileName = /^[=+\-@<]/;
    expect(shanghai.some((lib) => hostileName.test(lib.LibName))).toBe(true);
    expect(shanghai.some((lib) => hostileName.test(lib.LibDescription))).toBe(true);
  });

  it('when reading texts, then there are English and Chinese names and descriptions, and an empty description', () => {
    const han = /\p{Script=Han}/u;
    expect(all.some((lib) => han.test(lib.LibName))).toBe(true);
    expect(all.some((lib) => /^[\x20-\x7e]+$/.test(lib.LibName) && /[a-z]{3}/i.test(lib.LibName))).toBe(true);
    expect(all.some((lib) => han.test(lib.LibDescription))).toBe(true);
    expect(shanghai.some((lib) => lib.LibDescription === '')).toBe(true);
  });

  it('when generated twice from one seed, then equal; from another seed, then different LibIds', () => {
    expect(generateDemoData(DEFAULT_SEED)).toEqual(data);
    const other = generateDemoData(DEFAULT_SEED + 1);
    expect(other['cn-beijing'].object[0]?.LibId).not.toBe(data['cn-beijing'].object[0]?.LibId);
    expect(other['cn-shanghai'].landmark).toHaveLength(180);
  });

  it('when comparing regions and algorithms of the same size, then their libraries differ', () => {
    const firstIds = REGION_IDS.flatMap((region) => ALGORITHMS.map((a) => data[region][a][0]?.LibId)).filter(
      (id) => id !== undefined,
    );
    expect(new Set(firstIds).size).toBe(firstIds.length);
    // Two combinations with one library each would still have different names if generation ignored the key.
    const names = (region: 'cn-beijing' | 'cn-hangzhou') =>
      data[region].landmark.slice(7, 20).map((l) => l.LibName);
    expect(names('cn-beijing')).not.toEqual(names('cn-hangzhou'));
  });
});

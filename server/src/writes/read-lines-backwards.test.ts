import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempAuditLog } from '../testing/write-client';
import { readLinesBackwards } from './read-lines-backwards';

let folder: Awaited<ReturnType<typeof tempAuditLog>>;
let path: string;
beforeAll(async () => {
  folder = await tempAuditLog();
  path = join(folder.path, '..', '..', 'lines.txt');
});
afterAll(() => folder.remove());

async function read(maxBytes: number, limit = Number.POSITIVE_INFINITY): Promise<string[]> {
  const lines: string[] = [];
  await readLinesBackwards(path, maxBytes, (line) => {
    lines.push(line);
    return lines.length < limit;
  });
  return lines;
}

describe('reading a file from its end', () => {
  it('when lines of Chinese text cross the 64 KB chunk boundaries, then each comes back whole, newest first', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `${i} ${'巴黎铁塔'.repeat(i % 20)}`);
    await writeFile(path, `${lines.join('\n')}\n`);
    expect(await read(1 << 30)).toEqual([...lines].reverse());
    expect(await read(1 << 30, 3)).toEqual(lines.slice(-3).reverse());
  });

  it('when only the end may be read, then reading stops there', async () => {
    await writeFile(path, 'old\nnew\n');
    expect(await read(4)).toEqual(['new']);
  });

  it('when the file does not exist yet, then there are no lines', async () => {
    await expect(readLinesBackwards(`${path}.missing`, 100, () => true)).resolves.toBeUndefined();
  });
});

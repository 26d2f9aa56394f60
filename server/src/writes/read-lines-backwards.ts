/**
 * Reads a file's lines from the end, a chunk at a time, so the newest lines of a long append-only file cost only
 * what is read. Lines are split on the newline byte, which never occurs inside a UTF-8 character, so a chunk
 * boundary in the middle of a Chinese name is harmless.
 */
import { open } from 'node:fs/promises';

const CHUNK_BYTES = 64 * 1024;
const NEWLINE = 0x0a;

/** Calls `take` with each non-empty line, newest first, until it returns false or `maxBytes` were read. */
export async function readLinesBackwards(
  path: string,
  maxBytes: number,
  take: (line: string) => boolean,
): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    // No file yet: nothing was attempted.
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const stop = Math.max(0, size - maxBytes);
    let position = size;
    let carry = Buffer.alloc(0);
    while (position > stop) {
      const length = Math.min(CHUNK_BYTES, position - stop);
      position -= length;
      const chunk = Buffer.alloc(length);
      await handle.read(chunk, 0, length, position);
      let rest = Buffer.concat([chunk, carry]);
      for (let end = rest.lastIndexOf(NEWLINE); end >= 0; end = rest.lastIndexOf(NEWLINE)) {
        const line = rest.subarray(end + 1).toString('utf8');
        rest = rest.subarray(0, end);
        if (line.trim() !== '' && !take(line)) return;
      }
      carry = rest;
    }
    // The first line of the file (or of the part read, which may be cut: then it does not parse).
    const first = carry.toString('utf8');
    if (first.trim() !== '') take(first);
  } finally {
    await handle.close();
  }
}

/**
 * The measure the service counts limits in: UTF-8 bytes (a Chinese character is three). Free of zod: the
 * browser's live byte counters use it too.
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const point = character.codePointAt(0) ?? 0;
    // A lone surrogate is sent as U+FFFD, three bytes, like any other character of the basic plane.
    bytes += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
  }
  return bytes;
}

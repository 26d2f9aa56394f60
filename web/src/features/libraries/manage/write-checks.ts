/** What the forms check before sending, as the BFF's contract does (shared/src/writes.ts), without zod. */
import { utf8Bytes } from '@ice-console/shared/utf8';
import { WRITE_LIMITS } from '@ice-console/shared/write-limits';

export const overLimit = (text: string, limit: keyof typeof WRITE_LIMITS) =>
  utf8Bytes(text) > WRITE_LIMITS[limit];

/** Why EntityInfo is not JSON text (the engine's own words), or undefined when it is (or is empty). */
export function jsonProblem(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** An absolute http(s) address, as the contract requires of a sample's image. */
export function isImageAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * LibId lists: the one place that decides what a valid ID and a valid list are, so the search field,
 * the URL and the BFF agree.
 */
export const LIB_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const MAX_LIB_IDS = 100;

export interface ParsedLibIds {
  ids: string[];
  invalid: string[];
}

/** Splits on commas and any white space (a pasted spreadsheet column works), trims, drops empties and repeats. */
export function parseLibIds(text: string): ParsedLibIds {
  const ids: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[\s,]+/)) {
    if (part === '') continue;
    const bucket = LIB_ID_PATTERN.test(part) ? ids : invalid;
    if (!bucket.includes(part)) bucket.push(part);
  }
  return { ids, invalid };
}

/**
 * Counts the rows of a full export as its text streams in, chunk by chunk, for the progress bar. The server writes
 * every CSV record with a CRLF (line breaks inside a cell are quoted) and every JSON row on a line of its own that
 * starts with `{` (JSON.stringify escapes line breaks in strings), so a small state machine over the characters
 * counts rows exactly without holding more than one chunk.
 */
export interface RowCounter {
  /** Feeds the next decoded chunk; returns the rows complete so far. */
  add(chunk: string): number;
}

/** CSV: record ends (CRLF outside quotes), less the header line. A doubled quote toggles twice: no change. */
export function csvRowCounter(): RowCounter {
  let quoted = false;
  let previous = '';
  let lines = 0;
  return {
    add(chunk) {
      for (const character of chunk) {
        if (character === '"') quoted = !quoted;
        else if (character === '\n' && previous === '\r' && !quoted) lines++;
        previous = character;
      }
      return Math.max(0, lines - 1);
    },
  };
}

/** JSON: each row is a line break followed by `{`. */
export function jsonRowCounter(): RowCounter {
  let previous = '';
  let rows = 0;
  return {
    add(chunk) {
      for (const character of chunk) {
        if (character === '{' && previous === '\n') rows++;
        previous = character;
      }
      return rows;
    },
  };
}

/**
 * Idempotency-Key: the same key sent again within 24 hours (a double click, the browser's retry, a second tab)
 * gets the first answer, and no second call goes upstream; a repeat that arrives while the first is still
 * running waits for it. Keys are kept per session (or client address without sign-in), in this process's
 * memory only: a restart, or a second server process, does not know them (docs/reliability.md).
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Far more writes than one dashboard makes in a day; an entry is a few hundred bytes. */
const MAX_KEYS = 10_000;

/** What a write answered, replayable as it was. */
export interface StoredAnswer<Sent = unknown> {
  /** The answer to send, or the error to throw again. */
  result: { status: number; body: Sent } | { error: Error };
  /** `ok` or the error code, for the audit line of a replay. */
  outcome: string;
  upstreamRequestId?: string;
  /** False when nothing happened and trying again may work (budget full, throttled): then the key is freed. */
  remember: boolean;
}

interface Entry {
  fingerprint: string;
  answer: Promise<StoredAnswer>;
}

export type Claim =
  | { kind: 'first'; settle: (answer: StoredAnswer) => void }
  | { kind: 'repeat'; answer: Promise<StoredAnswer> }
  | { kind: 'conflict' };

/** What the request asks for, in a stable order: the same key with other fields is a different request. */
export function fingerprintOf(action: string, fields: Record<string, string>): string {
  const sorted = Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256')
    .update(JSON.stringify([action, sorted]))
    .digest('hex');
}

export class IdempotencyStore {
  private readonly entries = new LRUCache<string, Entry>({ max: MAX_KEYS, ttl: DAY_MS });

  /** The first claim of a key goes ahead and must `settle`; later ones get its answer, or a conflict. */
  claim(scope: string, key: string, fingerprint: string): Claim {
    const id = `${scope}|${key.toLowerCase()}`;
    const existing = this.entries.get(id);
    if (existing !== undefined) {
      return existing.fingerprint === fingerprint
        ? { kind: 'repeat', answer: existing.answer }
        : { kind: 'conflict' };
    }
    let settle: (answer: StoredAnswer) => void = () => {};
    const entry: Entry = { fingerprint, answer: new Promise((resolve) => (settle = resolve)) };
    this.entries.set(id, entry);
    return {
      kind: 'first',
      settle: (answer) => {
        settle(answer);
        // Repeats already waiting still get this answer; later ones may try afresh.
        if (!answer.remember && this.entries.get(id) === entry) this.entries.delete(id);
      },
    };
  }
}

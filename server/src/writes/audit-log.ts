/**
 * The audit trail (AUDIT_LOG): one JSON line per write attempt, only ever appended, each line on disk (datasync)
 * before the caller goes on. The file is opened for each line, so a rotated or deleted file is simply started
 * again, and lines of one process never interleave (they are written one after the other).
 */
import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type AuditEntry, auditEntrySchema, type WriteAction } from '@ice-console/shared/writes';
import { readLinesBackwards } from './read-lines-backwards';

/** A file-system error's code (`ENOSPC`, `EACCES`), never its message, which holds the path and more. */
export function fileErrorCode(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? code : 'unknown';
}

/** Reading stops after this much of the file's end: the newest entries are what people look for. */
const MAX_BYTES_READ = 32 * 1024 * 1024;

export class AuditLog {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {}

  /** Resolves once the line is on disk; rejects when it could not be written. */
  async append(entry: AuditEntry): Promise<void> {
    const line = `${JSON.stringify(auditEntrySchema.parse(entry))}\n`;
    const written = this.queue.then(() => this.write(line));
    this.queue = written.catch(() => undefined);
    return written;
  }

  /** Opens the file for appending once, at start-up, so a path that cannot be written stops the server. */
  async check(): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const handle = await open(this.path, 'a', 0o600);
    await handle.close();
  }

  private async write(line: string): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const handle = await open(this.path, 'a', 0o600);
    try {
      await handle.appendFile(line, 'utf8');
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  /** The newest entries first, of one action when asked; lines that cannot be read (a torn last line) skipped. */
  async newest(limit: number, action?: WriteAction): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    await readLinesBackwards(this.path, MAX_BYTES_READ, (line) => {
      const entry = parseLine(line);
      if (entry !== undefined && (action === undefined || entry.action === action)) entries.push(entry);
      return entries.length < limit;
    });
    return entries;
  }
}

function parseLine(line: string): AuditEntry | undefined {
  try {
    const parsed = auditEntrySchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

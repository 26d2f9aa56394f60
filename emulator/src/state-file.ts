/**
 * `--state FILE`: the whole store in one JSON file, read at start and rewritten after every change. A rewrite goes
 * to a temporary file that is flushed to disk and then renamed over the old one, so a crash leaves either the old
 * file or the new one, never half of one. A file that exists but cannot be used is never overwritten.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { emulatorDataSchema } from './data-file';
import { SERVICE_ALGORITHMS as ALGORITHMS, SERVICE_REGIONS as REGIONS } from './service-model';
import type { StateDocument } from './store-records';

/** A state file that exists but cannot be used; the emulator refuses to start and leaves the file as it is. */
export class StateFileError extends Error {}

const id = z.string().min(1).max(128);
const sample = z.strictObject({
  SampleId: id,
  ImageUrl: z.string().exactOptional(),
  DemoImage: z.string().exactOptional(),
  LabelPrompt: z.string().exactOptional(),
});
const entity = z.strictObject({
  EntityId: id,
  EntityName: z.string(),
  EntityInfo: z.string(),
  Samples: z.array(sample),
});
const lib = z.strictObject({
  LibId: id,
  LibName: z.string(),
  LibDescription: z.string(),
  Entities: z.array(entity).exactOptional(),
  Demo: z.number().int().min(0).exactOptional(),
});
const documentSchema = z.strictObject({
  format: z.literal('ice-emulator-state'),
  version: z.literal(1),
  base: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('demo'), seed: z.number().int() }),
    z.strictObject({ kind: z.literal('empty') }),
    z.strictObject({ kind: z.literal('data'), data: emulatorDataSchema }),
  ]),
  accounts: z.record(
    z.string().regex(/^\d{1,32}$/),
    z.partialRecord(z.enum(REGIONS), z.partialRecord(z.enum(ALGORITHMS), z.array(lib))),
  ),
});

function reason(error: unknown): string {
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    return `${issue?.path.length ? `at ${issue.path.join('.')}: ` : ''}${issue?.message ?? 'invalid'}`;
  }
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unreadable';
}

/** The saved state, or undefined when there is no file yet (the caller seeds one). */
export function readStateFile(path: string): StateDocument | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw new StateFileError(`cannot read state file ${path}: ${reason(error)} (the file was left as it is)`);
  }
  try {
    return documentSchema.parse(JSON.parse(text));
  } catch (error) {
    throw new StateFileError(
      `state file ${path} is not a usable emulator state: ${reason(error)} (the file was left as it is; ` +
        'move it away to start afresh)',
    );
  }
}

export function writeStateFile(path: string, document: StateDocument): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, JSON.stringify(document));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  // The rename is durable only once the directory itself is flushed; some file systems refuse this, harmlessly.
  try {
    const directory = openSync(dirname(path), 'r');
    try {
      fsyncSync(directory);
    } finally {
      closeSync(directory);
    }
  } catch {}
}

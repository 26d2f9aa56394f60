/** Loads the emulator's libraries from a JSON file (`--data`), validated; combinations left out are empty. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { EmulatorData } from './demo-data';
import { SERVICE_ALGORITHMS as ALGORITHMS, SERVICE_REGIONS as REGION_IDS } from './service-model';

const libSchema = z.strictObject({
  LibId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'LibId must be 1 to 64 letters, digits, - or _'),
  LibName: z.string().refine((s) => Buffer.byteLength(s) <= 64, 'LibName is over 64 bytes'),
  LibDescription: z.string().refine((s) => Buffer.byteLength(s) <= 128, 'LibDescription is over 128 bytes'),
});
const byAlgorithm = z.strictObject(
  Object.fromEntries(ALGORITHMS.map((a) => [a, z.array(libSchema).optional()])),
);
const fileSchema = z.strictObject(Object.fromEntries(REGION_IDS.map((r) => [r, byAlgorithm.optional()])));

/** A data file's shape, with the combinations it leaves out filled in as empty (also used inside state files). */
export const emulatorDataSchema = fileSchema.transform(fillIn);

function fillIn(regions: Partial<Record<string, Partial<Record<string, z.infer<typeof libSchema>[]>>>>) {
  return Object.fromEntries(
    REGION_IDS.map((region) => [
      region,
      Object.fromEntries(ALGORITHMS.map((a) => [a, regions[region]?.[a] ?? []])),
    ]),
  ) as EmulatorData;
}

/** A data file that cannot be used, said in one line that names the file and the first problem. */
export class DataFileError extends Error {}

export function parseEmulatorData(json: unknown): EmulatorData {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `at ${issue.path.join('.')}: ` : '';
    throw new DataFileError(`${where}${issue?.message ?? 'invalid'}`);
  }
  return fillIn(parsed.data);
}

export function loadEmulatorData(path: string): EmulatorData {
  try {
    return parseEmulatorData(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DataFileError(`cannot use data file ${path}: ${reason}`);
  }
}

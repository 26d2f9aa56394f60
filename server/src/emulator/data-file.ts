/** Loads the emulator's libraries from a JSON file (`--data`), validated; combinations left out are empty. */
import { readFileSync } from 'node:fs';
import { ALGORITHMS } from '@ice-console/shared/algorithms';
import { REGION_IDS } from '@ice-console/shared/regions';
import { z } from 'zod';
import type { EmulatorData } from './demo-data';

const libSchema = z.strictObject({
  LibId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  LibName: z.string().refine((s) => Buffer.byteLength(s) <= 64, 'LibName is over 64 bytes'),
  LibDescription: z.string().refine((s) => Buffer.byteLength(s) <= 128, 'LibDescription is over 128 bytes'),
});
const byAlgorithm = z.partialRecord(z.enum(ALGORITHMS), z.array(libSchema));
const fileSchema = z.partialRecord(z.enum(REGION_IDS), byAlgorithm);

export function parseEmulatorData(json: unknown): EmulatorData {
  const parsed = fileSchema.parse(json);
  return Object.fromEntries(
    REGION_IDS.map((region) => [
      region,
      Object.fromEntries(ALGORITHMS.map((a) => [a, parsed[region]?.[a] ?? []])),
    ]),
  ) as EmulatorData;
}

export function loadEmulatorData(path: string): EmulatorData {
  return parseEmulatorData(JSON.parse(readFileSync(path, 'utf8')));
}

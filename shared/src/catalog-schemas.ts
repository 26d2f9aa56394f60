/** zod schemas for regions and algorithms, and GET /api/regions. */
import { z } from 'zod';
import { ALGORITHMS } from './algorithms';
import { REGION_IDS } from './regions';

export const regionSchema = z.enum(REGION_IDS, { error: () => `must be one of ${REGION_IDS.join(', ')}` });
export const algorithmSchema = z.enum(ALGORITHMS, { error: () => `must be one of ${ALGORITHMS.join(', ')}` });

export const regionInfoSchema = z.object({
  id: regionSchema,
  endpoint: z.string(),
  isDefault: z.boolean(),
});
export const regionsResponseSchema = z.object({ regions: z.array(regionInfoSchema) });
export type RegionsResponse = z.infer<typeof regionsResponseSchema>;

/** The four regions that serve ListRecognitionLibs, with their display names. */
import { z } from 'zod';

export const REGION_IDS = ['cn-beijing', 'cn-hangzhou', 'cn-shanghai', 'cn-shenzhen'] as const;
export const regionSchema = z.enum(REGION_IDS, {
  error: () => `must be one of ${REGION_IDS.join(', ')}`,
});
export type Region = z.infer<typeof regionSchema>;

export const DEFAULT_REGION: Region = 'cn-shanghai';

export const REGION_NAMES: Record<Region, { en: string; zh: string }> = {
  'cn-beijing': { en: 'China (Beijing)', zh: '华北2（北京）' },
  'cn-hangzhou': { en: 'China (Hangzhou)', zh: '华东1（杭州）' },
  'cn-shanghai': { en: 'China (Shanghai)', zh: '华东2（上海）' },
  'cn-shenzhen': { en: 'China (Shenzhen)', zh: '华南1（深圳）' },
};

export const regionInfoSchema = z.object({
  id: regionSchema,
  endpoint: z.string(),
  isDefault: z.boolean(),
});
export const regionsResponseSchema = z.object({ regions: z.array(regionInfoSchema) });
export type RegionsResponse = z.infer<typeof regionsResponseSchema>;

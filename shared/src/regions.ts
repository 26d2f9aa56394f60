/** The four regions that serve ListRecognitionLibs, with their display names. Free of zod: the browser imports it. */
export const REGION_IDS = ['cn-beijing', 'cn-hangzhou', 'cn-shanghai', 'cn-shenzhen'] as const;
export type Region = (typeof REGION_IDS)[number];

export const DEFAULT_REGION: Region = 'cn-shanghai';

export const REGION_NAMES: Record<Region, { en: string; zh: string }> = {
  'cn-beijing': { en: 'China (Beijing)', zh: '华北2（北京）' },
  'cn-hangzhou': { en: 'China (Hangzhou)', zh: '华东1（杭州）' },
  'cn-shanghai': { en: 'China (Shanghai)', zh: '华东2（上海）' },
  'cn-shenzhen': { en: 'China (Shenzhen)', zh: '华南1（深圳）' },
};

export function isRegion(value: string): value is Region {
  return (REGION_IDS as readonly string[]).includes(value);
}

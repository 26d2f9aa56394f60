/**
 * The emulator's libraries: deterministic from a seed, different per region and algorithm, in creation order.
 * The counts and special rows are fixed so that docs, tests and demos can rely on them (docs/emulator.md).
 */

import { hashText, hexId, randomFrom } from './seeded-random';
import {
  SERVICE_ALGORITHMS as ALGORITHMS,
  type ServiceAlgorithm as Algorithm,
  SERVICE_REGIONS as REGION_IDS,
  type ServiceRegion as Region,
} from './service-model';

export interface EmulatorLib {
  LibId: string;
  LibName: string;
  LibDescription: string;
}
export type EmulatorData = Record<Region, Record<Algorithm, EmulatorLib[]>>;

export const DEFAULT_SEED = 20201109;

/** Libraries per region and algorithm: 180 is the API document's example; 0, 1, 50 and 1,234 are the edges. */
export const LIBRARY_COUNTS: Record<Region, Record<Algorithm, number>> = {
  'cn-shanghai': { landmark: 180, object: 1, logo: 50, face: 0, label: 37 },
  'cn-beijing': { landmark: 24, object: 1234, logo: 8, face: 15, label: 0 },
  'cn-hangzhou': { landmark: 61, object: 12, logo: 3, face: 0, label: 140 },
  'cn-shenzhen': { landmark: 7, object: 29, logo: 95, face: 2, label: 11 },
};

/** A name of exactly 64 UTF-8 bytes and a description of exactly 128 (the Create call's limits). */
export const LONGEST_NAME = `${'识别库'.repeat(7)}A`;
export const LONGEST_DESCRIPTION = `${'长描述文本'.repeat(8)}${'字'.repeat(2)}AB`;

/** Text a careless UI or export would mishandle; it opens cn-shanghai/landmark, where a demo user looks first. */
const SHANGHAI_LANDMARK_HEAD: ReadonlyArray<readonly [string, string]> = [
  ['Large Model ACP', 'Library for product recognition'],
  ['=HYPERLINK("http://example.com","x")', '+1'],
  ['-2', '@SUM(A1)'],
  ['Shops, "flagship" and outlets', 'Storefronts, signs and "hero" windows, by city'],
  ['<img src=x onerror=alert(1)>', 'First line of the note\nSecond line after a newline'],
  ['大模型acp', '用于商品识别的库'],
  [LONGEST_NAME, LONGEST_DESCRIPTION],
  ['Bund skyline', ''],
  ['Museum facades', '\tTab-led note from a spreadsheet paste'],
];

const EN_SUBJECTS = [
  'Skyline',
  'Bridge',
  'Temple',
  'Harbor',
  'Station',
  'Tower',
  'Garden',
  'Campus',
  'Market',
  'Stadium',
];
const EN_QUALIFIERS = [
  'Night',
  'Aerial',
  'Street-level',
  'Archive',
  'Winter',
  'Festival',
  'Drone',
  'Partner',
  'Retail',
];
const ZH_SUBJECTS = [
  '外滩',
  '东方明珠',
  '西湖',
  '故宫',
  '长城',
  '大雁塔',
  '深圳湾',
  '南京路',
  '陆家嘴',
  '豫园',
];
const ZH_QUALIFIERS = ['夜景', '航拍', '街景', '档案', '节日', '合作方', '零售门店', '品牌', '新品'];
const ALGORITHM_WORDS: Record<Algorithm, { en: string; zh: string }> = {
  landmark: { en: 'landmarks', zh: '地标' },
  object: { en: 'objects', zh: '物体' },
  logo: { en: 'logos', zh: 'Logo' },
  face: { en: 'faces', zh: '人脸' },
  label: { en: 'labels', zh: '标签' },
};

/** One region and algorithm's libraries, in creation order (the order lists answer in). */
export function generateLibraries(region: Region, algorithm: Algorithm, seed: number): EmulatorLib[] {
  const random = randomFrom(seed ^ hashText(`${region}/${algorithm}`));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const head = region === 'cn-shanghai' && algorithm === 'landmark' ? SHANGHAI_LANDMARK_HEAD : [];
  const words = ALGORITHM_WORDS[algorithm];
  const libs: EmulatorLib[] = [];
  for (let i = 0; i < LIBRARY_COUNTS[region][algorithm]; i++) {
    const special = head[i];
    const chinese = random() < 0.4;
    const name = chinese
      ? `${pick(ZH_SUBJECTS)}${pick(ZH_QUALIFIERS)}${words.zh}库 ${i + 1}`
      : `${pick(EN_QUALIFIERS)} ${pick(EN_SUBJECTS)} ${words.en} ${i + 1}`;
    const description = chinese
      ? `${pick(ZH_QUALIFIERS)}场景下的${words.zh}样本，用于媒资分析`
      : `${pick(EN_QUALIFIERS)} ${words.en} for media analysis jobs`;
    libs.push({
      LibId: hexId(random),
      LibName: special?.[0] ?? name,
      LibDescription: special?.[1] ?? (random() < 0.08 ? '' : description),
    });
  }
  return libs;
}

export function generateDemoData(seed: number = DEFAULT_SEED): EmulatorData {
  const entries = REGION_IDS.map(
    (region) =>
      [region, Object.fromEntries(ALGORITHMS.map((a) => [a, generateLibraries(region, a, seed)]))] as const,
  );
  return Object.fromEntries(entries) as EmulatorData;
}

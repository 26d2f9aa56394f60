/**
 * Entity texts a careless UI or export would mishandle, like the hostile library texts: formula starters for
 * spreadsheets, markup, commas and quotes for CSV, a newline, a tab, Chinese, and names and infos exactly at the
 * byte limits (multi-byte, so a character count is wrong). Each pair is [EntityName, EntityInfo].
 */

/** A name of exactly 64 UTF-8 bytes (21 three-byte characters and one ASCII). */
export const LONGEST_ENTITY_NAME = `${'实体名'.repeat(7)}Z`;
/** An EntityInfo of exactly 256 UTF-8 bytes that is valid JSON (`{"note":"…"}` is 11 bytes around 245). */
export const LONGEST_ENTITY_INFO = `{"note":"${'备注'.repeat(40)}${'x'.repeat(5)}"}`;

export const HOSTILE_ENTITIES: ReadonlyArray<readonly [string, string]> = [
  ['=HYPERLINK("http://example.com","x")', '{"description":"+1"}'],
  ['+1', '{"formula":"=1+1"}'],
  ['-2', '"@SUM(A1)"'],
  ['@SUM(A1)', ''],
  ['<img src=x onerror=alert(1)>', '{"description":"<script>alert(1)</script>"}'],
  ['Shelf, "top" row', '{"text":"a, \\"quoted\\", b"}'],
  ['Line one\nLine two', '{"description":"first line\\nsecond line"}'],
  ['\tTab-led name', '{}'],
  ['x;=1+1;', '{"csv":"x;=1+1;"}'],
  ['大模型acp 实体', '{"描述":"用于商品识别"}'],
  [LONGEST_ENTITY_NAME, LONGEST_ENTITY_INFO],
  ['{"not":"an entity"}', '[1,2,3]'],
];

/** The showcase library's entities, ahead of its ordinary ones; the counts are the edges docs/emulator.md names. */
export const SHOWCASE = {
  manySamples: { name: '东方明珠', info: '{"description":"Oriental Pearl Tower"}', samples: 60 },
  brokenImage: { name: '巴黎铁塔', info: '{"description":"Eiffel Tower"}', samples: 3 },
  noSamples: { name: 'Yu Garden (no samples yet)', info: '{}', samples: 0 },
} as const;

/** Where a deliberately broken sample points: loopback, a closed port, never an outside host. */
export const BROKEN_IMAGE_URL = 'http://127.0.0.1:9/missing.jpg';

export const MANY_ENTITIES_COUNT = 1234;

export const ENTITY_NAMES = {
  landmark: [
    'Oriental Pearl Tower',
    '西湖断桥',
    'Forbidden City',
    '大雁塔',
    'Canton Tower',
    '黄鹤楼',
    'The Bund',
  ],
  object: ['Ceramic mug', '保温杯', 'Running shoe', 'Desk lamp', '蓝牙耳机', 'Backpack', '机械键盘'],
  logo: ['Lotus Coffee', '星河科技', 'Northwind', 'Blue Harbor', '山海文创', 'Orbit Labs', '青禾食品'],
  face: ['Zhang Wei', '李娜', 'Wang Fang', 'Liu Yang', '陈静', 'Chen Jie', '赵磊'],
  label: ['Sunset over water', '雪景', 'City traffic at night', '美食特写', 'Crowd at a concert', '宠物猫'],
} as const;

export const CITIES = ['Shanghai', '北京', 'Hangzhou', '深圳', 'Chengdu', '武汉', 'Nanjing', '西安'];

/** 概览页的中文文本，随其懒加载块下发。 */

import { countFormat } from '../../../lib/i18n/count-format';
import type { overviewEn } from './texts-en';

const n = countFormat('zh-CN');

export const overviewZh: typeof overviewEn = {
  title: '您的识别库在哪里',
  intro: '每个地域和算法中的识别库数量，各调用一次。打开单元格即可查看其中的识别库。',
  caption: '各地域、各算法的识别库数量',
  region: '地域',
  loading: '加载中…',
  count: (count: number, algorithm: string, region: string) => `${region}有 ${n(count)} 个${algorithm}识别库`,
  emptyCell: (algorithm: string, region: string) => `${region}没有${algorithm}识别库`,
  errorCell: (algorithm: string, region: string, title: string, code: string) =>
    `无法统计${region}的${algorithm}识别库：${title}（${code}）`,
  total: (count: number, views: number) => `20 个视图中的 ${views} 个共有 ${n(count)} 个识别库`,
  legend: {
    empty: '无',
    error: '无法读取：打开单元格查看原因和处理方法',
  },
};

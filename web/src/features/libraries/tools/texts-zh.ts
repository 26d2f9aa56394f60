/** 视图工具（全部导出、以代码查看、全局查找）的中文文本，随工具的懒加载块下发。 */

import { countFormat } from '../../../lib/i18n/count-format';
import type { toolsEn } from './texts-en';

const n = countFormat('zh-CN');

export const toolsZh: typeof toolsEn = {
  nameFilter: {
    label: '按名称筛选本页',
    hint: '仅限本页：服务不支持按名称搜索。',
    none: '本页没有名称包含该文字的识别库。',
  },
  exportAll: {
    button: (total: number) => `全部导出（${n(total)}）`,
    legend: (total: number) => `全部导出 ${n(total)} 行`,
    start: '开始导出',
    close: '关闭',
    format: '全部导出的格式',
    formats: { excelCsv: 'CSV（Excel，带 BOM）', csv: 'CSV', json: 'JSON' },
    progress: (rows: number, total: number) => `正在导出… ${n(rows)} / ${n(total)} 行`,
    progressLabel: '已导出的行数',
    cancel: '取消',
    done: (rows: number, file: string) => `已保存 ${n(rows)} 行：${file}。`,
    capped: (cap: number) => `该视图的行数超过单次导出上限（${n(cap)} 行），文件中已注明。`,
    cancelled: '导出已取消，未保存任何文件。',
    incomplete: (reason: string) => `导出未完成即停止，已保存的文件最后一行注明了原因：${reason}`,
    failed: '导出无法开始。',
  },
  code: {
    button: '以代码查看',
    title: '此视图的代码',
    close: '关闭',
    intro: '与本页相同的调用，可自行运行。凭证来自您自己的环境或 aliyun CLI 配置，绝不来自本控制台。',
    cli: 'aliyun CLI',
    cliNote: '使用 `aliyun configure` 的配置（或 ALIBABA_CLOUD_* 环境变量）。',
    node: 'Node.js（@alicloud/openapi-client）',
    nodeNote: '从环境变量读取 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。',
  },
  find: {
    offer: '在所有地域和算法中查找',
    offerHint: '每个地域和算法各调用一次（共 20 次），与其他调用一样限速。',
    searching: '正在 20 个地域和算法中查找…',
    title: '这些 LibId 所在位置',
    in: (region: string, algorithm: string) => `${region} 的${algorithm}`,
    nowhere: '不在任何地域和算法中',
    unanswered: (views: string) => `以下视图无法读取，未能查找：${views}`,
    failed: '全局查找失败。',
    retry: '重试',
  },
};

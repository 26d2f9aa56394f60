/** 识别库页与实体页的简体中文文字，结构与英文一致，随这两页的代码块加载。 */

import { countFormat } from '../../../lib/i18n/count-format';
import type { contentsEn } from './texts-en';

const n = countFormat('zh-CN');
const count = (title: string) => (total?: number) =>
  total === undefined ? title : `${title}（${n(total)}）`;

export const contentsZh: typeof contentsEn = {
  breadcrumb: '当前位置',
  libraries: '识别库',
  libraryLoading: '正在加载识别库…',
  noDescription: '无描述',
  libId: 'LibId',
  entityId: 'EntityId',
  badLink: '此链接未指明有效的识别库或实体：ID 应为 1 至 64 个 A–Z、a–z、0–9、_ 或 - 字符。',
  entities: {
    title: count('实体'),
    caption: (library) => `${library}的实体`,
    loading: '正在加载实体…',
    rowNumber: '序号',
    name: '名称',
    info: 'EntityInfo',
    noInfo: '无',
    empty: '该识别库还没有实体。',
  },
  search: {
    label: '按实体名称查找样本',
    placeholder: '实体名称',
    hint: '使用服务的 EntityName 搜索，范围为本识别库。名称可能重复：会显示所有同名实体的样本。',
    apply: '查找',
    clear: '显示实体列表',
    tooLong: (max) => `最多 ${max} 字节（一个汉字占 3 字节）。`,
    title: (name) => `名为“${name}”的实体的样本`,
    empty: (name) => `没有名为“${name}”的实体的样本。`,
  },
  entity: {
    title: '实体',
    empty: '该实体还没有样本。',
  },
  samples: {
    title: count('样本'),
    loading: '正在加载样本…',
    listLabel: '样本',
    open: (id) => `样本 ${id}：查看原图`,
    broken: '图片无法加载',
    noImage: '没有图片地址',
    label: '文本提示',
    labelNote:
      '标签识别库的样本是文本提示。服务在列出样本时不返回提示文字，因此这里只能显示它们的 SampleId。',
    dialog: (id) => `样本 ${id}`,
    sampleId: 'SampleId',
    imageUrl: '图片地址',
    openEntity: '打开该实体',
    openImage: '在新标签页中打开图片',
    close: '关闭',
  },
};

/** Chinese texts of the audit page; the same shape as the English ones. */
import type { auditEn } from './texts-en';

export const auditZh: typeof auditEn = {
  title: '审计记录',
  intro: (limit: number) =>
    `从此控制台发起的每一次修改（无论是否被允许），按时间从新到旧排列（最多 ${limit} 行）。每次修改在发送前记录一行，得到结果后再记录一行。`,
  filter: '操作',
  allActions: '全部操作',
  actions: {
    CreateRecognitionLib: '新建识别库',
    DeleteRecognitionLib: '删除识别库',
    CreateRecognitionEntity: '添加实体',
    DeleteRecognitionEntity: '删除实体',
    CreateRecognitionSample: '添加样本',
    DeleteRecognitionSample: '删除样本',
  },
  listLabel: '审计条目',
  loading: '正在加载审计记录…',
  empty: '还没有任何修改记录。',
  phases: {
    intent: '即将发送',
    outcome: '结果',
    refused: '发送前被拒绝',
    replayed: '重复请求，返回首次结果',
  },
  ok: '成功',
  unknown: '未知',
  who: '操作者',
  roles: { editor: '编辑者', viewer: '查看者', none: '未登录' },
  where: '位置',
  name: '名称',
  ids: 'ID',
  requestId: '请求',
  upstreamRequestId: '阿里云 RequestId',
};

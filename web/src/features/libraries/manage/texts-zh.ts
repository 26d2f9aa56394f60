/** Chinese texts of the write controls; the same shape as the English ones. */
import type { manageEn } from './texts-en';

const bytes = (used: number, max: number) => `${used} / ${max} 字节`;

export const manageZh: typeof manageEn = {
  writesOff: '此控制台已关闭修改功能。运维人员可以在启动服务时设置 ICE_WRITES=on 来开启。',
  bytes,
  bytesHint: '长度按字节计算：一个汉字占 3 个字节。',
  tooLong: (max: number) => `太长了：最多 ${max} 个字节。`,
  required: '必填。',
  cancel: '取消',
  close: '关闭',
  where: (region: string, algorithm: string) => `位于 ${region}，${algorithm}识别库。`,
  newLibrary: {
    open: '新建识别库',
    title: '新建识别库',
    name: '名称',
    description: '描述（可选）',
    submit: '创建识别库',
    busy: '正在创建…',
  },
  addEntity: {
    open: '添加实体',
    title: '添加实体',
    name: '实体名称',
    info: 'EntityInfo（可选，JSON）',
    infoHint: '任意 JSON，例如 {"description": "埃菲尔铁塔"}。',
    infoInvalid: (reason: string) => `不是有效的 JSON：${reason}`,
    infoValid: 'JSON 有效。',
    submit: '添加实体',
    busy: '正在添加…',
    done: (name: string) => `已添加实体“${name}”。`,
    openIt: '打开',
  },
  addSample: {
    open: '添加样本',
    title: '添加样本',
    imageUrl: '图片地址（http 或 https）',
    imageInvalid: '请输入以 http:// 或 https:// 开头的完整地址。',
    preview: '预览',
    prompt: '文本提示',
    promptHint: '标签识别库的样本是文本提示。',
    submit: '添加样本',
    busy: '正在添加…',
    done: (id: string) => `已添加样本 ${id}。`,
  },
  deleteLibrary: {
    open: '删除识别库',
    title: (name: string) => `删除识别库“${name}”？`,
    warning: '其中的实体及其全部样本会一并删除，且无法恢复。',
    typeName: (name: string) => `请输入识别库名称 ${name} 以确认`,
  },
  deleteEntity: {
    open: '删除实体',
    title: (name: string) => `删除实体“${name}”？`,
    warning: '其样本会一并删除，且无法恢复。',
  },
  deleteSample: {
    open: (id: string) => `删除样本 ${id}`,
    title: (id: string) => `删除样本 ${id}？`,
    warning: '删除后无法恢复。',
  },
  confirmDelete: '删除',
  deleting: '正在删除…',
  errors: {
    failedTitle: '未能完成修改',
    unknownTitle: '结果未知',
    unknown:
      '请求可能已到达阿里云，也可能没有，因此没有自动重试（重试可能导致重复修改）。请先查看下面的列表再决定是否重试。',
    checkList: '关闭并查看列表',
    writesDisabled: '此控制台已关闭修改功能（ICE_WRITES 未开启）。',
    readOnly: '当前会话只能查看。请使用编辑者令牌登录后再修改。',
    keyReused: '此修改已用不同的内容发送过。请再次发送以重新尝试。',
    permission: (action: string) =>
      `该账号的 RAM 策略不允许 ${action}。账号管理员可以在此控制台所用 AccessKey 的策略中加入以下语句：`,
    retry: '您的输入已保留：可修改后再次发送。',
  },
};

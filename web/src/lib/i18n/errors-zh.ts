/** 简体中文：错误标题与处理办法。每个错误都按错误码在此措辞，服务器的英文原文仅作为详情显示。 */
import type { errorsEn } from './errors-en';

export const errorsZh: typeof errorsEn = {
  code: '错误码',
  requestId: 'RequestId',
  requestIdHint: '联系阿里云技术支持时需要提供。',
  detail: '服务器原文',
  retry: '重试',
  retryIn: (seconds) => `${seconds} 秒后重试…`,
  field: (field) => `字段：${field}`,
  startPage: '打开首页',
  cause: '原因',
  endpoint: 'Endpoint',
  causes: {
    dns: 'Endpoint 域名无法解析（DNS）。请检查服务器的 DNS 和 ICE Endpoint 设置。',
    refused: 'Endpoint 拒绝连接：该地址和端口上没有服务在监听。',
    timeout: '未在规定时间内响应：防火墙、网络或服务较慢或被拦截。',
    tls: '安全连接（TLS）失败：证书已过期、为自签名或不匹配该域名，或中间有设备拦截 TLS。',
    reset: '在收到响应前连接被中断。',
    unreachable: '服务器到 Endpoint 没有可用的网络路由。',
    proxy: '无法连接出站代理（HTTPS_PROXY），或代理拒绝了连接、要求其他凭证。',
  },
  permission: {
    title: '该 AccessKey 无权列出识别库',
    help: '需由阿里云账号管理员为服务器所用 AccessKey 对应的 RAM 用户或角色授予以下 RAM 策略。约一分钟内生效，之后请刷新本页。',
  },
  credentials: {
    title: '阿里云不接受当前凭证',
    help: '需由控制台的运维人员检查服务器使用的 AccessKey：设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET（或用 ALIBABA_CLOUD_PROFILE 指定 aliyun CLI 配置），在 RAM 控制台确认该 AccessKey 已启用，然后重启服务器，再刷新本页。',
  },
  budget: {
    title: '为保护您的账号，暂缓请求',
    help: '阿里云对每个账号的识别类调用限制为每秒 50 次；本控制台会保持在此之下，以免账号下的其他程序被限流。',
  },
  throttled: {
    title: '阿里云正在对该账号限流',
    help: '可能有其他程序正在占用该账号每秒 50 次的调用额度。请稍候重试。',
  },
  timeout: {
    title: '阿里云响应超时',
    help: '服务或网络当前较慢。请重试；如果持续出现，请检查服务器网络和 ICE_TIMEOUT_MS 设置。',
  },
  upstreamDown: {
    title: '无法连接阿里云或响应异常',
    help: '控制台服务器未能得到有效响应。请检查其网络访问和 Endpoint 设置，然后重试。',
  },
  serverDown: {
    title: '无法连接控制台服务器',
    help: '请确认服务器正在运行、本设备已联网，然后重试。',
  },
  service: {
    title: '阿里云暂时故障',
    help: '通常很快恢复，请稍后重试。',
  },
  invalid: {
    title: '请求无效',
    help: '链接中有服务不接受的值。请重置筛选条件，或从控制台首页重新打开。',
  },
  notFound: {
    title: '未找到该识别库',
    help: '它可能已被删除，或属于其他地域或算法。请在列表中查找。',
  },
  generic: {
    title: '出现错误',
    help: '请重试。如果仍然失败，请将错误码和 RequestId 发给控制台的管理员。',
  },
};

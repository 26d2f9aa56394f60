/** 简体中文词典：界面文字与错误文字，独立成块，仅在显示中文时加载。 */
import type { Messages } from './dictionary-en';
import { errorsZh } from './errors-zh';
import { zh } from './messages-zh';

export const dictionary: Messages = { ...zh, errors: errorsZh };

/** 简体中文词典：界面文字，独立成块，仅在显示中文时加载；错误文字随显示错误的部分加载（use-error-texts.ts）。 */
import type { Messages } from './dictionary-en';
import { zh } from './messages-zh';

export const dictionary: Messages = zh;

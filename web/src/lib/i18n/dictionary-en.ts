/** The English dictionary: interface texts and error texts. Its own chunk, loaded only when English is shown. */
import { errorsEn } from './errors-en';
import { en } from './messages-en';

export const dictionary = { ...en, errors: errorsEn };
export type Messages = typeof dictionary;

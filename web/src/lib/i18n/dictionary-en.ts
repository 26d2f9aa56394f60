/** The English dictionary: interface texts. Its own chunk, loaded only when English is shown; error texts are
 * loaded with what shows errors (use-error-texts.ts). */
import { en } from './messages-en';

export const dictionary = en;
export type Messages = typeof dictionary;

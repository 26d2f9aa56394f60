/** A link whose LibId or EntityId cannot be one: said at once, nothing asked of the server. */
import { Link } from 'wouter';
import { useI18n } from '../../../lib/i18n/i18n';
import { useContentsTexts } from './use-contents-texts';

export function BadLink() {
  const { t } = useI18n();
  const texts = useContentsTexts();
  return (
    <div className="notice warning" role="alert">
      <p>{texts.badLink}</p>
      <Link href="/">{t.pageNotFound.back}</Link>
    </div>
  );
}

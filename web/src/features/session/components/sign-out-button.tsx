import { useI18n } from '../../../lib/i18n/i18n';
import { useSignOut } from '../api/sign-in';

export function SignOutButton() {
  const { t } = useI18n();
  const signOut = useSignOut();
  return (
    <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
      {t.signOut}
    </button>
  );
}

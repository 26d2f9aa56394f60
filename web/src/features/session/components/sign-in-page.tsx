/** The sign-in page shown when the BFF's DASHBOARD_TOKEN is set and this browser has no session. */
import { type FormEvent, useId, useState } from 'react';
import { ApiRequestError, toErrorBody } from '../../../lib/api-client';
import { errorKind } from '../../../lib/error-kind';
import { useI18n } from '../../../lib/i18n/i18n';
import { useErrorTexts } from '../../../lib/i18n/use-error-texts';
import { useSignIn } from '../api/sign-in';

export function SignInPage() {
  const { t } = useI18n();
  const errors = useErrorTexts();
  const tokenId = useId();
  const errorId = useId();
  const [token, setToken] = useState('');
  const signIn = useSignIn();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token !== '') signIn.mutate(token);
  };
  const error = signIn.error;
  const message =
    error instanceof ApiRequestError && error.is('TooManySignInAttempts')
      ? t.signIn.tooMany(error.body.retryAfterSeconds ?? 60)
      : error instanceof ApiRequestError && error.is('InvalidToken')
        ? t.signIn.invalid
        : // Worded from the code in the user's language, never the server's English sentence.
          error && errors[errorKind(toErrorBody(error).code)].title;
  return (
    <form className="sign-in" onSubmit={submit} aria-labelledby={`${tokenId}-title`}>
      <h2 id={`${tokenId}-title`}>{t.signIn.title}</h2>
      <p>{t.signIn.text}</p>
      <label htmlFor={tokenId}>{t.signIn.token}</label>
      <input
        id={tokenId}
        type="password"
        autoComplete="current-password"
        value={token}
        required
        aria-invalid={message !== undefined}
        aria-describedby={message !== undefined ? errorId : undefined}
        onChange={(event) => setToken(event.target.value)}
      />
      {message !== undefined && (
        <p id={errorId} className="field-error" role="alert">
          {message}
        </p>
      )}
      <button type="submit" className="primary" disabled={signIn.isPending}>
        {t.signIn.submit}
      </button>
    </form>
  );
}

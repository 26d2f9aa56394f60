import { render } from '@testing-library/react';
import { App } from '../app/app';
import { AppProviders } from '../app/providers';
import type { Language } from '../lib/i18n/i18n';

/** The whole app at `url`, as a first visit in `language` would show it. */
export function renderApp(url = '/', language?: Language) {
  window.history.replaceState(null, '', url);
  return render(
    <AppProviders {...(language ? { language } : {})}>
      <App />
    </AppProviders>,
  );
}

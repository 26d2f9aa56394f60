import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProviders, createQueryClient } from './app/providers';
import { FIRST_VIEW_WAIT_MS, settledWithin, warmFirstView } from './app/warm-first-view';
import { detectLanguage, loadDictionary } from './lib/i18n/i18n';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/filters.css';
import './styles/table.css';
import './styles/states.css';
import './styles/pages.css';
import './styles/phone.css';

// Each page restores its own scroll once its rows are on screen (use-scroll-memory.ts); the browser's restoring
// would run before they are, and clamp to a short page.
window.history.scrollRestoration = 'manual';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const language = detectLanguage();
const client = createQueryClient();
// The first render waits for the language's dictionary (no text in the other language first) and, for a moment,
// for the first view's answers that index.html preloaded: the first render then shows the rows, instead of a
// skeleton and three renders more (docs/web-app.md). A slow answer does not hold the shell back.
void Promise.all([loadDictionary(language), settledWithin(warmFirstView(client), FIRST_VIEW_WAIT_MS)]).then(
  () =>
    createRoot(root).render(
      <StrictMode>
        <AppProviders language={language} client={client}>
          <App />
        </AppProviders>
      </StrictMode>,
    ),
);

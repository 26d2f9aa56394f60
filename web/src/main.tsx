import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProviders } from './app/providers';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/filters.css';
import './styles/table.css';
import './styles/states.css';
import './styles/phone.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <AppProviders>
      <App />
    </AppProviders>
  </StrictMode>,
);

import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { loadDictionary } from './lib/i18n/i18n';

// findBy/waitFor wait up to 15 s, not 1 s: `npm test` runs these beside the server's load tests on two cores,
// where a first render through session, regions and a page was seen to take over 5 s.
configure({ asyncUtilTimeout: 15_000 });
// A test may wait more than once: give it room beyond one wait.
vi.setConfig({ testTimeout: 45_000 });

// Both languages ready, as main.tsx has the shown one ready before the first render.
await Promise.all([loadDictionary('en'), loadDictionary('zh')]);

afterEach(() => cleanup());

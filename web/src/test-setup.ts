import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy/waitFor wait up to 5 s, not 1 s: `npm test` runs these beside the server's load tests on two cores.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());

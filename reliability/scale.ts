/**
 * How hard the reliability suite pushes: `npm test` runs it short; `npm run test:reliability` runs it full and
 * records each figure in test-results/reliability.json for docs/reliability.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FULL = process.env.RELIABILITY_SCALE === 'full';

export const SCALE = FULL
  ? {
      fuzzRunsPerParameter: 1500,
      faultRepeats: 5,
      loadSeconds: 30,
      loadRounds: 3,
      bruteForceAttempts: 50,
      silentConnections: 600,
      attackOpenFileLimit: 256,
      floodSeconds: 15,
      guessSeconds: 15,
    }
  : {
      fuzzRunsPerParameter: 150,
      faultRepeats: 1,
      loadSeconds: 3,
      loadRounds: 1,
      bruteForceAttempts: 12,
      silentConnections: 200,
      attackOpenFileLimit: 128,
      floodSeconds: 4,
      guessSeconds: 3,
    };

const RESULTS = join(import.meta.dirname, '..', 'test-results', 'reliability.json');

/** Adds one figure (how much was tried, what held) to the results file. */
export function recordFigure(name: string, figure: Record<string, unknown>): void {
  mkdirSync(join(RESULTS, '..'), { recursive: true });
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(readFileSync(RESULTS, 'utf8'));
  } catch {
    all = {};
  }
  all[name] = { ...figure, scale: FULL ? 'full' : 'short', at: new Date().toISOString() };
  writeFileSync(RESULTS, `${JSON.stringify(all, null, 2)}\n`);
  console.log(`[reliability] ${name}: ${JSON.stringify(figure)}`);
}

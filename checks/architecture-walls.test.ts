/**
 * The walls between workspaces are Biome rules (biome.json, `noRestrictedImports` per folder). Each case drops a
 * probe file with one import into a folder, lints it with the project's own configuration, and expects the
 * wall's message, or a clean lint for an import the wall allows.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIOME = join(ROOT, 'node_modules', '.bin', 'biome');

function lintImport(folder: string, specifier: string): string {
  const probe = join(ROOT, folder, `wall-probe-${process.pid}.ts`);
  writeFileSync(probe, `import { probe } from '${specifier}';\n\nexport const used = probe;\n`);
  try {
    const run = spawnSync(BIOME, ['lint', '--only=style/noRestrictedImports', probe], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    return `${run.stdout}${run.stderr}`;
  } finally {
    rmSync(probe, { force: true });
  }
}

describe('architecture walls', () => {
  it.each([
    ['shared/src', 'react', 'Wall: shared/ is the contract'],
    ['shared/src', '../../server/src/config', 'Wall: shared/ is the contract'],
    ['web/src', '@ice-console/emulator', 'Wall: web/ never imports server/ or emulator/'],
    ['web/src/lib', '../../../server/src/config', 'Wall: web/ never imports server/ or emulator/'],
    ['emulator/src', '@ice-console/shared/regions', 'Wall: emulator/ models the service'],
    ['emulator/src', '../../server/src/config', 'Wall: emulator/ models the service'],
    ['server/src/routes', '@ice-console/emulator', 'Wall: production server code imports the emulator only'],
    ['server/src/ice', '../http/error-handler', 'Wall: server/src/ice/ (the only code that talks to Alibaba'],
  ])('when %s imports %s, then lint fails naming the wall', (folder, specifier, wall) => {
    expect(lintImport(folder, specifier)).toContain(wall);
  });

  it.each([
    ['shared/src', 'zod/mini'],
    ['web/src', '@ice-console/shared/regions'],
    ['emulator/src', './service-model'],
    ['server/src/testing', '@ice-console/emulator'],
    ['server/src/ice', '../api-error'],
  ])('when %s imports %s, then the walls allow it', (folder, specifier) => {
    expect(lintImport(folder, specifier)).not.toContain('Wall:');
  });
});

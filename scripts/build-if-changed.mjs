// `npm start`'s build step: rebuilds the web app (web/dist) and the server bundle (server/dist/main.js) only when
// their sources changed since they were last built. Each part's inputs are hashed (content, not modification
// times, which a fresh clone or a checkout resets) and the hash is kept beside the output; a missing output, a
// missing stamp or a different hash rebuilds that part. Test files are left out: they are not in either output.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SHARED_INPUTS = ['shared/src', 'package-lock.json', 'package.json', 'tsconfig.base.json'];
const PARTS = [
  {
    name: 'web app',
    output: 'web/dist/index.html',
    stamp: 'web/dist/.source-hash',
    inputs: ['web/src', 'web/index.html', 'web/package.json', 'vite.config.ts', ...SHARED_INPUTS],
    build: ['npx', ['vite', 'build']],
  },
  {
    name: 'server bundle',
    output: 'server/dist/main.js',
    stamp: 'server/dist/.source-hash',
    // The bundle holds the emulator too (demo mode).
    inputs: ['server/src', 'server/package.json', 'emulator/src', 'emulator/package.json', ...SHARED_INPUTS],
    build: ['npm', ['run', 'build:server']],
  },
];
const IS_TEST = /\.test\.tsx?$|[\\/]testing[\\/]|[\\/]test-setup\.ts$/;

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

function sourceHash(inputs) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(filesUnder).filter((file) => !IS_TEST.test(file))) {
    hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

for (const part of PARTS) {
  const hash = sourceHash(part.inputs);
  const built =
    existsSync(part.output) && existsSync(part.stamp) && readFileSync(part.stamp, 'utf8') === hash;
  if (built) {
    console.log(`${part.name}: up to date, not rebuilt`);
    continue;
  }
  console.log(`${part.name}: sources changed since the last build, building…`);
  const [command, args] = part.build;
  execFileSync(command, args, { stdio: 'inherit' });
  writeFileSync(part.stamp, hash);
}

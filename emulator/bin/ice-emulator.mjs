#!/usr/bin/env node
// The emulator's command: runs its TypeScript sources through tsx, so it needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');

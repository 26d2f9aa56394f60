/** With writes on, an audit trail that cannot be written stops start-up; with writes off, it is not touched. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { StartupError, startServer } from '../start-server';
import { tempAuditLog } from '../testing/write-client';

const logger = pino({ level: 'silent' });
let folder: Awaited<ReturnType<typeof tempAuditLog>>;
let blocked: string;
beforeAll(async () => {
  folder = await tempAuditLog();
  // A regular file where the log's folder should be: no folder can be made there.
  const file = join(folder.path, '..', '..', 'a-file');
  await writeFile(file, '');
  blocked = join(file, 'audit.jsonl');
});
afterAll(() => folder.remove());

describe('the audit trail at start-up', () => {
  it('when writes are on and AUDIT_LOG cannot be written, then the server refuses to start and says why', async () => {
    const config = loadConfig({ PORT: '0', ICE_MODE: 'emulator', ICE_WRITES: 'on', AUDIT_LOG: blocked });
    const starting = startServer(config, { logger });
    await expect(starting).rejects.toBeInstanceOf(StartupError);
    await expect(starting).rejects.toThrow(/^AUDIT_LOG: .*cannot be written \(E[A-Z]+\)/);
  });

  it('when writes are off, then the same path does not stop start-up', async () => {
    const running = await startServer(loadConfig({ PORT: '0', ICE_MODE: 'emulator', AUDIT_LOG: blocked }), {
      logger,
    });
    await running.close();
  });
});

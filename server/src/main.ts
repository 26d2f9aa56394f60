/** The only file with side effects: reads .env and the environment, starts the server, stops on SIGTERM. */
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from './config';
import { createLogger, createPrettyLogger, flushLogs } from './logger';
import { StartupError, startServer, WEB_DIST } from './start-server';
import { preflightRow } from './startup/startup-report';

if (existsSync('.env')) process.loadEnvFile('.env');

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  // Readable lines for a person at a terminal, JSON lines for everything else (files, pipes, collectors).
  const logger = process.stdout.isTTY ? createPrettyLogger(config.logLevel) : createLogger(config.logLevel);
  const running = await startServer(config, { logger, staticDir: WEB_DIST, preflight: true });
  for (const line of await running.startupReport) console.log(line);
  if (running.mode === 'emulator' && config.mode === 'auto') {
    console.log('No Alibaba Cloud credentials found: showing demo data from the built-in ICE emulator.');
  }
  // Printed when it answers; the server is already serving meanwhile.
  void running.preflight?.then((result) => console.log(preflightRow(result.line)));
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    running
      .close()
      .then(
        () => 0,
        () => 1,
      )
      .then(async (code) => {
        await flushLogs(logger);
        process.exit(code);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(error.message);
  } else {
    console.error('The server could not start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});

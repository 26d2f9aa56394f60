/**
 * `npm run emulator`: the ICE emulator as its own process. Prints one line per region, serves until SIGINT or
 * SIGTERM, then closes. A bad command line is one line on stderr and exit code 2, never a stack.
 */
import { CliUsageError, parseCliOptions } from './cli-options';
import { type Emulator, startEmulator } from './start-emulator';
import { StateFileError } from './state-file';

function fail(message: string, exitCode: number): never {
  process.stderr.write(`emulator: ${message}\n`);
  process.exit(exitCode);
}

async function main(): Promise<void> {
  let emulator: Emulator;
  try {
    const options = parseCliOptions(process.argv.slice(2));
    emulator = await startEmulator(options);
  } catch (error) {
    if (error instanceof CliUsageError || error instanceof StateFileError) fail(error.message, 2);
    // Start-up failures (a port in use, a host that is not local) are the environment's, not the command line's.
    fail(`cannot start: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
  for (const [region, endpoint] of Object.entries(emulator.endpoints)) {
    process.stdout.write(`${region} http://${endpoint}\n`);
  }
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();

/** What loadConfig refuses in `env`: its list of problems, or none when the environment is accepted. */
import { ConfigError, loadConfig } from '../config';

export function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

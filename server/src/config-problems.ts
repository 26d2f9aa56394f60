/**
 * How a configuration problem reads, one wording for all: `NAME: "given value" what is wrong (why).` The value is
 * quoted so a stray space or quote shows; a secret's never is: tokens are `(hidden, N characters)`, a proxy URL
 * loses its user and password.
 */
import { maskProxyUrl } from './startup/masking';

const SECRET_VARIABLES = new Set(['DASHBOARD_TOKEN', 'DASHBOARD_VIEWER_TOKEN']);
const PROXY_VARIABLES = new Set(['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']);
const MAX_SHOWN = 100;

export function shownValue(name: string, value: string): string {
  if (SECRET_VARIABLES.has(name)) return `(hidden, ${value.length} characters)`;
  if (PROXY_VARIABLES.has(name)) {
    // A URL that parses loses its credentials; one that does not is shown only if it cannot hold a password.
    if (URL.canParse(value)) return `"${maskProxyUrl(value)}"`;
    if (value.includes('@')) return `(hidden, ${value.length} characters)`;
  }
  const cut = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  return JSON.stringify(cut);
}

/** One problem line; a message that already quotes the value it is about (a list's bad entry) is kept as is. */
export function problemLine(name: string, value: string | undefined, message: string): string {
  const sentence = message.endsWith('.') ? message : `${message}.`;
  if (value === undefined || message.startsWith('"')) return `${name}: ${sentence}`;
  return `${name}: ${shownValue(name, value)} ${sentence}`;
}

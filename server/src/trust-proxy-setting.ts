/**
 * TRUST_PROXY in Express's own forms: a hop count (how many proxies stand in front) or the proxies' addresses.
 * A blanket `true` is refused: Express would then take the left-most X-Forwarded-For entry, which the client
 * writes itself, and every sign-in limit keyed on the client address would be the client's to choose.
 */
import { isIP } from 'node:net';

/** What Express's `trust proxy` setting receives. */
export type TrustProxy = false | number | string[];

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_HOPS = 10;

const FORMS =
  'give the number of proxies in front (a hop count, e.g. 1) or their addresses, comma-separated ' +
  '(IPs, subnets such as 10.0.0.0/8, or loopback, linklocal, uniquelocal)';

function isAddressOrSubnet(entry: string): boolean {
  if (NAMED_RANGES.has(entry.toLowerCase())) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (family === 4 && isIP(prefix) === 4) return true; // a netmask, 10.0.0.0/255.0.0.0
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** The setting, or why it cannot be used. */
export function parseTrustProxy(text: string): { value: TrustProxy } | { problem: string } {
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === 'false' || trimmed === '0') return { value: false };
  if (trimmed.toLowerCase() === 'true') {
    return {
      problem: `true would trust whatever X-Forwarded-For a client writes; ${FORMS} (docs/configuration.md)`,
    };
  }
  if (/^\d+$/.test(trimmed)) {
    const hops = Number(trimmed);
    if (hops <= MAX_HOPS) return { value: hops };
    return { problem: `a hop count must be at most ${MAX_HOPS}; ${FORMS}` };
  }
  const entries = trimmed
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const bad = entries.filter((entry) => !isAddressOrSubnet(entry));
  if (entries.length > 0 && bad.length === 0) return { value: entries };
  return { problem: `${bad.length > 0 ? `not an address: ${bad.join(', ')}; ` : ''}${FORMS}` };
}

/**
 * What the server found at start-up, in lines for the operator's terminal: the mode, where the key came from
 * (masked), each region's endpoint, the budget, writes, the outbound proxy. Pure: start-server.ts gathers the facts.
 * Nothing here may be a secret: the AccessKeyId is masked, a proxy's user and password are hidden.
 */
import { REGION_IDS, type Region } from '@ice-console/shared/regions';
import type { Config } from '../config';
import type { CredentialFacts } from './credential-source';
import { maskProxyUrl } from './masking';

/** The account's own limit, which the budget must stay under (shared/ICE-API.md). */
const ACCOUNT_QPS_LIMIT = 50;

export interface ReportFacts {
  config: Config;
  mode: 'cloud' | 'emulator';
  url: string;
  endpoints: Record<Region, string>;
  protocol: 'https' | 'http';
  credential: CredentialFacts;
}

const row = (label: string, value: string) => `  ${label.padEnd(12)}${value}`;

function proxyLine(config: Config): string {
  const { httpsProxy, httpProxy, noProxy } = config.outboundProxy;
  if (httpsProxy === undefined && httpProxy === undefined) return 'none (direct connections)';
  const parts = [
    ...(httpsProxy === undefined ? [] : [`https via ${maskProxyUrl(httpsProxy)}`]),
    ...(httpProxy === undefined ? [] : [`http via ${maskProxyUrl(httpProxy)}`]),
    ...(noProxy.length === 0 ? [] : [`not for ${noProxy.join(', ')}`]),
  ];
  return parts.join('; ');
}

export function startupReport(facts: ReportFacts): string[] {
  const { config, credential } = facts;
  const modeText =
    facts.mode === 'emulator'
      ? 'emulator (demo data from the built-in ICE emulator)'
      : 'cloud (Alibaba Cloud ICE)';
  const key = credential.found
    ? `${credential.source}, AccessKeyId ${credential.maskedKeyId}`
    : `none found: ${credential.problem}`;
  const endpoints = REGION_IDS.map((region, index) =>
    row(
      index === 0 ? 'endpoints' : '',
      `${region.padEnd(12)}${facts.protocol}://${facts.endpoints[region]}${region === config.defaultRegion ? '  (default)' : ''}`,
    ),
  );
  return [
    `ICE recognition console on ${facts.url}`,
    row('mode', modeText),
    row('credentials', key),
    ...endpoints,
    row(
      'budget',
      `${config.qpsBudget} calls per second (the account allows ${ACCOUNT_QPS_LIMIT}, shared with its other programs)`,
    ),
    row(
      'writes',
      config.writes ? `on (audit trail: ${config.auditLog})` : 'off (ICE_WRITES=on turns them on)',
    ),
    row(
      'proxy',
      facts.mode === 'emulator' ? 'not used (the emulator runs in this process)' : proxyLine(config),
    ),
  ];
}

export const preflightRow = (line: string) => row('preflight', line);

/**
 * The one place that calls Alibaba Cloud: validated query in, validated page out, through the budget, the cache,
 * coalescing and retries.
 */
import { createHash } from 'node:crypto';
import type { LibrariesQuery, LibraryPage } from '@ice-console/shared/libraries';
import type { ApiError } from '../api-error';
import { CallBudget } from './call-budget';
import { type CacheLimits, PageCache } from './page-cache';
import {
  callListRecognitionLibs,
  createRegionClients,
  type RegionClientOptions,
  type RegionClients,
} from './region-clients';
import { withRetries } from './retry';
import type { Credential } from './sdk';
import { toLibraryPage } from './upstream-response';

export interface IceGatewayOptions extends RegionClientOptions {
  timeoutMs: number;
  deadlineMs: number;
  maxRetries: number;
  qpsBudget: number;
  queueMaxWaitMs: number;
  cache: CacheLimits;
  onRetry?: (error: ApiError, tryNumber: number) => void;
}

export interface PageResult {
  page: LibraryPage;
  /** The page serialized once, so cache hits cost no JSON work. */
  json: string;
  cache: 'hit' | 'miss' | 'shared';
  /** Time spent waiting for Alibaba Cloud (budget queue excluded); 0 for a hit. */
  upstreamMs: number;
}

interface CachedPage {
  page: LibraryPage;
  json: string;
  upstreamMs: number;
}

export function cacheKey(identity: string, query: LibrariesQuery): string {
  const ids = [...(query.libId ?? [])].sort().join(',');
  return [identity, query.region, query.algorithm, query.pageNumber, query.pageSize, ids].join('|');
}

export class IceGateway {
  private readonly clients: RegionClients;
  private readonly credential: Credential;
  private readonly budget: CallBudget;
  private readonly cache: PageCache<CachedPage>;

  constructor(private readonly options: IceGatewayOptions) {
    this.clients = createRegionClients(options);
    this.credential = options.credential;
    this.budget = new CallBudget(options.qpsBudget, options.queueMaxWaitMs);
    this.cache = new PageCache(options.cache);
  }

  /** A stable, non-secret name for the key in use: budgets and cache entries are kept per identity. */
  private async identity(): Promise<string> {
    const { accessKeyId } = await this.credential.getCredential();
    return createHash('sha256')
      .update(accessKeyId ?? '')
      .digest('hex')
      .slice(0, 16);
  }

  async listLibraries(query: LibrariesQuery, options: { bypassCache: boolean }): Promise<PageResult> {
    const identity = await this.identity();
    const key = cacheKey(identity, query);
    const cached = options.bypassCache ? undefined : this.cache.get(key);
    if (cached) return { ...cached, cache: 'hit', upstreamMs: 0 };
    const { value, shared } = await this.cache.load(key, () => this.fetchPage(identity, query));
    return { ...value, cache: shared ? 'shared' : 'miss' };
  }

  private async fetchPage(identity: string, query: LibrariesQuery): Promise<CachedPage> {
    const { timeoutMs, maxRetries, deadlineMs } = this.options;
    let upstreamMs = 0;
    const page = await withRetries(
      { maxRetries, deadlineMs, baseDelayMs: 200 },
      (deadline) =>
        this.budget.schedule(identity, async () => {
          const started = performance.now();
          // The time left is read when the budget lets the call start, not when it joined the queue.
          const timeout = Math.max(1, Math.min(timeoutMs, deadline - Date.now()));
          try {
            // Parsed inside the try, so a cut-off or garbled answer is retried like any other upstream fault.
            return toLibraryPage(
              query,
              await callListRecognitionLibs(this.clients[query.region], query, timeout),
            );
          } finally {
            upstreamMs += performance.now() - started;
          }
        }),
      this.options.onRetry,
    );
    return { page, json: JSON.stringify(page), upstreamMs };
  }

  async close(): Promise<void> {
    await this.budget.close();
  }
}

/**
 * The one place that calls Alibaba Cloud: validated query in, validated page out, through the budget, the cache,
 * coalescing and retries. Writes go through the same budget (write-call.ts) and drop the pages they touch.
 */
import { hash } from 'node:crypto';
import type { LibrariesQuery, LibraryPage } from '@ice-console/shared/libraries';
import type {
  EntitiesQuery,
  EntityPage,
  LibraryAnswer,
  LibraryQuery,
  SamplePage,
  SamplesQuery,
} from '@ice-console/shared/library-contents';
import type { ApiError } from '../api-error';
import { CallBudget } from './call-budget';
import { PageBytes } from './page-bytes';
import { type CacheLimits, PageCache } from './page-cache';
import { entitiesRead, librariesRead, libraryRead, type ReadSpec, samplesRead } from './read-specs';
import { callIce, createRegionClients, type RegionClientOptions, type RegionClients } from './region-clients';
import { withRetries } from './retry';
import type { Credential } from './sdk';
import { sendWrite, type WriteCallResult } from './write-call';
import { isPageChangedBy, type WriteSpec } from './write-specs';

export interface IceGatewayOptions extends RegionClientOptions {
  timeoutMs: number;
  deadlineMs: number;
  maxRetries: number;
  qpsBudget: number;
  queueMaxWaitMs: number;
  cache: CacheLimits;
  onRetry?: (error: ApiError, tryNumber: number) => void;
}

export interface PageResult<Answer = LibraryPage> {
  page: Answer;
  /** The answer as bytes with its ETag, prepared once when the page entered the cache (page-bytes.ts). */
  bytes: PageBytes;
  cache: 'hit' | 'miss' | 'shared';
  /** Time spent waiting for Alibaba Cloud (budget queue excluded); 0 for a hit. */
  upstreamMs: number;
}

interface CachedPage {
  page: unknown;
  bytes: PageBytes;
  upstreamMs: number;
}

export interface ReadOptions {
  bypassCache: boolean;
  /** Who asks (a session or an address): the budget is shared fairly between clients. */
  client: string;
}

export class IceGateway {
  private readonly clients: RegionClients;
  private readonly credential: Credential;
  private readonly budget: CallBudget;
  private readonly cache: PageCache<CachedPage>;
  private lastIdentity: { accessKeyId: string; name: string } | undefined;

  constructor(private readonly options: IceGatewayOptions) {
    this.clients = createRegionClients(options);
    this.credential = options.credential;
    this.budget = new CallBudget(options.qpsBudget, options.queueMaxWaitMs);
    this.cache = new PageCache<CachedPage>(options.cache, (cached) => cached.bytes.memorySize);
  }

  /**
   * A stable, non-secret name for the key in use: budgets and cache entries are kept per identity. The last
   * one is remembered, so a request (a cache hit above all) does not hash the same AccessKey ID again.
   */
  private async identity(): Promise<string> {
    const { accessKeyId = '' } = await this.credential.getCredential();
    if (this.lastIdentity?.accessKeyId !== accessKeyId) {
      this.lastIdentity = { accessKeyId, name: hash('sha256', accessKeyId, 'hex').slice(0, 16) };
    }
    return this.lastIdentity.name;
  }

  listLibraries(query: LibrariesQuery, options: ReadOptions): Promise<PageResult<LibraryPage>> {
    return this.read(librariesRead(query), options);
  }

  getLibrary(
    query: LibraryQuery & { libId: string },
    options: ReadOptions,
  ): Promise<PageResult<LibraryAnswer>> {
    return this.read(libraryRead(query), options);
  }

  listEntities(
    query: EntitiesQuery & { libId: string },
    options: ReadOptions,
  ): Promise<PageResult<EntityPage>> {
    return this.read(entitiesRead(query), options);
  }

  listSamples(
    query: SamplesQuery & { libId: string },
    options: ReadOptions,
  ): Promise<PageResult<SamplePage>> {
    return this.read(samplesRead(query), options);
  }

  /** How many calls one client may have waiting for the budget before its next call is refused with a 429. */
  get queueRoom(): number {
    return this.budget.maxQueued;
  }

  /** Any read (read-specs.ts) through the cache, coalescing, the budget and retries. */
  async read<Answer>(spec: ReadSpec<Answer>, options: ReadOptions): Promise<PageResult<Answer>> {
    const identity = await this.identity();
    const key = [identity, ...spec.key].join('|');
    const cached = options.bypassCache ? undefined : this.cache.get(key);
    if (cached) return { ...(cached as CachedPage & { page: Answer }), cache: 'hit', upstreamMs: 0 };
    const { value, shared } = await this.cache.load(key, async () => {
      const { page, upstreamMs } = await this.fetch(identity, spec, options.client);
      return { page, bytes: new PageBytes(JSON.stringify(page)), upstreamMs };
    });
    return { ...(value as CachedPage & { page: Answer }), cache: shared ? 'shared' : 'miss' };
  }

  /**
   * A read through the budget and retries that is neither cached nor shared: the full export's pages, which nobody
   * reads twice, so an export of any size leaves the cache (and the memory) as it found them.
   */
  async readFresh<Answer>(spec: ReadSpec<Answer>, client: string): Promise<Answer> {
    const identity = await this.identity();
    return (await this.fetch(identity, spec, client)).page as Answer;
  }

  private async fetch<Answer>(
    identity: string,
    spec: ReadSpec<Answer>,
    client: string,
  ): Promise<{ page: Answer; upstreamMs: number }> {
    const { timeoutMs, maxRetries, deadlineMs } = this.options;
    let upstreamMs = 0;
    const page = await withRetries(
      { maxRetries, deadlineMs, baseDelayMs: 200 },
      (deadline) =>
        this.budget.schedule(
          identity,
          async () => {
            const started = performance.now();
            // The time left is read when the budget lets the call start, not when it joined the queue.
            const timeout = Math.max(1, Math.min(timeoutMs, deadline - Date.now()));
            try {
              // Parsed inside the try, so a cut-off or garbled answer is retried like any other upstream fault.
              return spec.toAnswer(
                await callIce(this.clients[spec.region], spec.action, spec.upstreamQuery, timeout),
              );
            } finally {
              upstreamMs += performance.now() - started;
            }
          },
          client,
        ),
      this.options.onRetry,
    );
    return { page, upstreamMs };
  }

  /** Sends one write; whenever it may have reached the service, the pages of its region and algorithm go. */
  async write<Answer>(spec: WriteSpec<Answer>, client: string): Promise<WriteCallResult<Answer>> {
    const identity = await this.identity();
    const result = await sendWrite(
      { ...this.options, clients: this.clients, budget: this.budget },
      identity,
      spec,
      client,
    );
    if (result.sent) this.cache.deleteWhere(isPageChangedBy(spec));
    return result;
  }

  async close(): Promise<void> {
    await this.budget.close();
  }
}

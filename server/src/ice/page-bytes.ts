/**
 * A page's answer as bytes, prepared once when it enters the cache: the UTF-8 JSON, its strong validator (ETag)
 * and, the first time a client accepts it, its gzip. A cache hit then does no JSON, hashing or compression work.
 */
import { hash } from 'node:crypto';
import { constants, gzipSync } from 'node:zlib';

/**
 * Below this, gzip saves too few bytes to pay for itself (compression's own default threshold is 1 KB too); a
 * page of 10 libraries is about 1.5 KB, of 50 about 7 KB.
 */
const GZIP_MIN_BYTES = 1024;

export interface Representation {
  body: Buffer;
  etag: string;
  encoding: 'gzip' | undefined;
}

export class PageBytes {
  /** The JSON as it is, with a strong ETag: the SHA-1 of the exact bytes. */
  readonly identity: Representation;
  /** Whether gzip is offered at all for this page (its answers then vary with Accept-Encoding). */
  readonly compressible: boolean;
  private gzip: Representation | undefined;

  constructor(json: string) {
    const body = Buffer.from(json);
    this.identity = { body, etag: `"${hash('sha1', body, 'base64url')}"`, encoding: undefined };
    this.compressible = body.length >= GZIP_MIN_BYTES;
  }

  /** The gzip, made once; other bytes, so its own strong ETag (RFC 9110, 8.8.3). */
  get gzipped(): Representation {
    this.gzip ??= {
      body: gzipSync(this.identity.body, { level: constants.Z_BEST_COMPRESSION }),
      etag: `${this.identity.etag.slice(0, -1)}-gz"`,
      encoding: 'gzip',
    };
    return this.gzip;
  }

  /**
   * What the cache counts against its byte limit when the page enters it: the body, the parsed page kept beside
   * it (about as large again) and room for its gzip.
   */
  get memorySize(): number {
    return this.identity.body.length * 3;
  }
}

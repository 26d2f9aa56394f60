/** A read-only count of calls received per region and answer code, so tests can prove what a client did. */
import { SERVICE_REGIONS as REGION_IDS, type ServiceRegion as Region } from './service-model';

export interface CallStats {
  total: number;
  byRegion: Record<Region, number>;
  byCode: Record<string, number>;
  /** Per region, per code ("OK", a service error code, or a fault kind). */
  byRegionAndCode: Record<Region, Record<string, number>>;
}

export class CallCounter {
  private counts = new Map<Region, Map<string, number>>();

  record(region: Region, code: string): void {
    let byCode = this.counts.get(region);
    if (!byCode) {
      byCode = new Map();
      this.counts.set(region, byCode);
    }
    byCode.set(code, (byCode.get(code) ?? 0) + 1);
  }

  reset(): void {
    this.counts = new Map();
  }

  snapshot(): CallStats {
    const stats: CallStats = {
      total: 0,
      byRegion: Object.fromEntries(REGION_IDS.map((r) => [r, 0])) as Record<Region, number>,
      byCode: {},
      byRegionAndCode: Object.fromEntries(REGION_IDS.map((r) => [r, {}])) as Record<
        Region,
        Record<string, number>
      >,
    };
    for (const [region, byCode] of this.counts) {
      for (const [code, count] of byCode) {
        stats.total += count;
        stats.byRegion[region] += count;
        stats.byCode[code] = (stats.byCode[code] ?? 0) + count;
        stats.byRegionAndCode[region][code] = count;
      }
    }
    return stats;
  }
}

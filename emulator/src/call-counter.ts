/**
 * A read-only count of calls received per region, action and answer code, so tests can prove what a client did.
 * The action is the one the call names ("other" for none or an unknown one, so odd names cannot grow the map).
 */
import {
  isRecognitionAction,
  SERVICE_REGIONS as REGION_IDS,
  type ServiceRegion as Region,
} from './service-model';

export const OTHER_ACTION = 'other';

export interface CallStats {
  total: number;
  byRegion: Record<Region, number>;
  byCode: Record<string, number>;
  /** Per region, per code ("OK", a service error code, or a fault kind). */
  byRegionAndCode: Record<Region, Record<string, number>>;
  /** Per action named by the call (`other` when none of the nine). */
  byAction: Record<string, number>;
  byActionAndCode: Record<string, Record<string, number>>;
}

export class CallCounter {
  // region → action → code → count: one small map walk per call keeps the hot path cheap.
  private counts = new Map<Region, Map<string, Map<string, number>>>();

  record(region: Region, action: string | undefined, code: string): void {
    const name = isRecognitionAction(action) ? action : OTHER_ACTION;
    let byAction = this.counts.get(region);
    if (!byAction) {
      byAction = new Map();
      this.counts.set(region, byAction);
    }
    let byCode = byAction.get(name);
    if (!byCode) {
      byCode = new Map();
      byAction.set(name, byCode);
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
      byAction: {},
      byActionAndCode: {},
    };
    const add = (table: Record<string, number>, key: string, count: number) => {
      table[key] = (table[key] ?? 0) + count;
    };
    for (const [region, byAction] of this.counts) {
      for (const [action, byCode] of byAction) {
        const actionCodes = stats.byActionAndCode[action] ?? {};
        stats.byActionAndCode[action] = actionCodes;
        for (const [code, count] of byCode) {
          stats.total += count;
          stats.byRegion[region] += count;
          add(stats.byCode, code, count);
          add(stats.byRegionAndCode[region], code, count);
          add(stats.byAction, action, count);
          add(actionCodes, code, count);
        }
      }
    }
    return stats;
  }
}

/** The settings of issue 13: ICE_WRITES, DASHBOARD_VIEWER_TOKEN and AUDIT_LOG. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { problemsOf } from './testing/config-problems';

const EDITOR = 'Jx2Qv9LmR4tWz7Kp1Nc8Hd5Fs3Gb6Ye0';
const VIEWER = 'Vb7Nq2Lx9Rt4Wm1Kc8Hd5Fs3Gp6Ye0Zj';

describe('the write settings', () => {
  it('when nothing is set, then writes are off and the audit trail goes to data/audit.jsonl', () => {
    expect(loadConfig({})).toMatchObject({ writes: false, auditLog: 'data/audit.jsonl' });
    expect(loadConfig({}).dashboardViewerToken).toBeUndefined();
  });

  it('when ICE_WRITES is on or off, then it is read; anything else is refused', () => {
    expect(loadConfig({ ICE_WRITES: 'on' }).writes).toBe(true);
    expect(loadConfig({ ICE_WRITES: 'off' }).writes).toBe(false);
    expect(problemsOf({ ICE_WRITES: 'true' })).toEqual(['ICE_WRITES: "true" is not one of: on, off.']);
  });

  it('when a strong viewer token comes with the editor token, then both are kept', () => {
    const config = loadConfig({
      DASHBOARD_TOKEN: EDITOR,
      DASHBOARD_VIEWER_TOKEN: VIEWER,
      AUDIT_LOG: '/var/log/ice.jsonl',
    });
    expect(config).toMatchObject({
      dashboardToken: EDITOR,
      dashboardViewerToken: VIEWER,
      auditLog: '/var/log/ice.jsonl',
    });
  });

  it('when the viewer token is weak, equal to the editor token, or alone, then start-up refuses it without quoting it', () => {
    const weak = problemsOf({
      DASHBOARD_TOKEN: EDITOR,
      DASHBOARD_VIEWER_TOKEN: 'viewer-viewer-viewer-viewer-viewer',
    });
    expect(weak).toEqual([expect.stringMatching(/^DASHBOARD_VIEWER_TOKEN: .*32 characters/)]);
    expect(weak[0]).not.toContain('viewer-viewer');
    expect(problemsOf({ DASHBOARD_TOKEN: EDITOR, DASHBOARD_VIEWER_TOKEN: EDITOR })).toEqual([
      expect.stringMatching(
        /^DASHBOARD_VIEWER_TOKEN: \(hidden, 32 characters\) is the same as DASHBOARD_TOKEN; it must differ/,
      ),
    ]);
    expect(problemsOf({ DASHBOARD_VIEWER_TOKEN: VIEWER })).toEqual([
      expect.stringMatching(/^DASHBOARD_VIEWER_TOKEN: \(hidden, \d+ characters\) needs DASHBOARD_TOKEN/),
    ]);
  });
});

import type { AuditEntry } from '@ice-console/shared/writes';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { json, stubBff } from '../../../testing/fake-bff';
import { renderApp } from '../../../testing/render-app';

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  time: '2025-05-01T10:00:00.000Z',
  phase: 'outcome',
  role: 'editor',
  session: 'address 127.0.0.1',
  action: 'CreateRecognitionLib',
  region: 'cn-shanghai',
  algorithm: 'landmark',
  outcome: 'ok',
  requestId: 'req-1',
  ...overrides,
});

beforeAll(async () => {
  await import('./audit-page');
});
afterEach(() => window.history.replaceState(null, '', '/'));

describe('the audit page', () => {
  it('when opened from the header, then the trail shows in the order the server gives (newest first)', async () => {
    const user = userEvent.setup();
    stubBff({
      audit: () =>
        json({
          entries: [
            entry({
              action: 'DeleteRecognitionLib',
              libId: 'lib9',
              outcome: 'Forbidden.RAM',
              requestId: 'req-2',
            }),
            entry({ name: '巴黎', libId: 'lib9' }),
          ],
        }),
    });
    renderApp('/', 'en');
    await user.click(await screen.findByRole('link', { name: 'Audit' }));
    const list = await screen.findByRole('list', { name: 'Audit entries' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual([
      'Delete library',
      'Create library',
    ]);
    expect(within(items[0] as HTMLElement).getByText('Outcome: Forbidden.RAM')).toBeTruthy();
    expect(within(items[1] as HTMLElement).getByText('巴黎')).toBeTruthy();
  });

  it('when filtered by action, then the server is asked for that action and the URL keeps it', async () => {
    const user = userEvent.setup();
    const calls = stubBff();
    renderApp('/audit', 'zh');
    expect(await screen.findByText('还没有任何修改记录。')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('操作'), 'DeleteRecognitionSample');
    await waitFor(() =>
      expect(
        calls
          .filter((c) => c.path === '/api/audit')
          .at(-1)
          ?.params.get('action'),
      ).toBe('DeleteRecognitionSample'),
    );
    expect(window.location.search).toBe('?action=DeleteRecognitionSample');
  });
});

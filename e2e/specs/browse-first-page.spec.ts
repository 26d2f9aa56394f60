import { expect, test } from '../fixtures';

test('when a user opens the dashboard, then they see the first page of Shanghai landmark libraries and the total', async ({
  page,
  stack,
}) => {
  await page.goto(stack.url);
  const rows = page.getByRole('table').getByRole('row');
  // One header row and ten library rows.
  await expect(rows).toHaveCount(11);
  await expect(page.getByRole('cell', { name: 'Large Model ACP' })).toBeVisible();
  await expect(page.getByText('180 libraries')).toBeVisible();
  expect(stack.emulator.stats().byCode.OK).toBeGreaterThanOrEqual(1);
});

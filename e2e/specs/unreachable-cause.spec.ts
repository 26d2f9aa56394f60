import { expect, test } from '../fixtures';

// The BFF does not retry here, so one cut connection fails the page.
test.use({ stackOptions: { env: { ICE_MAX_RETRIES: '0' } } });

test('when the connection to Alibaba Cloud is cut, then the error panel says why and which endpoint, with no internals', async ({
  page,
  stack,
}) => {
  stack.emulator.faults.enqueue(['reset']);
  await page.goto(`${stack.url}/?prefetch=0`);
  const panel = page.getByRole('alert');
  await expect(panel.getByRole('heading')).toHaveText('Alibaba Cloud could not be reached or answered badly');
  await expect(panel.locator('.error-cause')).toHaveText('The connection was cut before an answer came.');
  await expect(panel).toContainText(`Endpoint${stack.emulator.endpoints['cn-shanghai']}`);
  await expect(panel).not.toContainText(/LTAI|Signature|\.ts:\d+/);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('then the cause is said in Chinese', async ({ page, stack }) => {
    stack.emulator.faults.enqueue(['reset']);
    await page.goto(`${stack.url}/?prefetch=0`);
    const panel = page.getByRole('alert');
    await expect(panel.getByRole('heading')).toHaveText('无法连接阿里云或响应异常');
    await expect(panel.locator('.error-cause')).toHaveText('在收到响应前连接被中断。');
  });
});

import { describe, expect, it } from 'vitest';
import { startTestStack } from './testing/test-stack';

describe('graceful shutdown', () => {
  it('when stopping with a request in flight, then that request still completes and new ones are refused', async () => {
    const stack = await startTestStack({ emulator: { latencyMs: 300 } });
    const inFlight = stack.get(
      '/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = stack.server.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    await closing;
    await expect(fetch(`${stack.url}/api/health`)).rejects.toThrow();
    await stack.emulator.close();
  });
});

/**
 * One user action that writes. At most one request at a time: a double click sends one. The Idempotency-Key is
 * kept while the same content is sent again (a retry after an error), so the BFF answers a retry of a write it
 * already made with the first answer instead of making it twice; changed content is a new action with a new key.
 */
import type { ErrorBody } from '@ice-console/shared/errors';
import { useCallback, useRef, useState } from 'react';
import { toErrorBody } from '../../../lib/api-client';
import { newIdempotencyKey } from '../../../lib/idempotency-key';

interface State {
  pending: boolean;
  error?: ErrorBody['error'];
}

export function useWriteAction<Input, Answer>(
  send: (input: Input, idempotencyKey: string) => Promise<Answer>,
  onDone: (answer: Answer, input: Input) => void,
) {
  const attempt = useRef<{ key: string; content: string } | undefined>(undefined);
  // A ref, not state: two clicks in one frame both see the state before either re-render.
  const inFlight = useRef(false);
  const [state, setState] = useState<State>({ pending: false });
  const submit = useCallback(
    async (input: Input) => {
      if (inFlight.current) return;
      inFlight.current = true;
      const content = JSON.stringify(input) ?? '';
      if (attempt.current?.content !== content) attempt.current = { key: newIdempotencyKey(), content };
      setState({ pending: true });
      try {
        const answer = await send(input, attempt.current.key);
        attempt.current = undefined;
        setState({ pending: false });
        onDone(answer, input);
      } catch (caught) {
        const error = toErrorBody(caught instanceof Error ? caught : new Error(String(caught)));
        // The key was spent on other content (another tab): only a new key can go through.
        if (error.code === 'IdempotencyKeyReused') attempt.current = undefined;
        setState({ pending: false, error });
      } finally {
        inFlight.current = false;
      }
    },
    [send, onDone],
  );
  return { ...state, submit };
}

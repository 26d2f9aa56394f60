/**
 * At most `size` requests at once; the others wait their turn, first come first served, or leave when their signal
 * aborts. A freed slot passes straight to the next waiter, so a newcomer can never slip in between.
 */
export interface RequestSlots {
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

export function requestSlots(size: number): RequestSlots {
  let busy = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else busy--;
  };
  const turn = (signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const go = () => {
        signal?.removeEventListener('abort', leave);
        resolve();
      };
      const leave = () => {
        waiting.splice(waiting.indexOf(go), 1);
        reject(signal?.reason);
      };
      waiting.push(go);
      signal?.addEventListener('abort', leave, { once: true });
    });
  return {
    async run(task, signal) {
      if (busy < size) busy++;
      else await turn(signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}

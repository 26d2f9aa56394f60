/**
 * Runs `work` in the task after the next frame is painted (an animation frame, then a timeout), for work that need
 * not hold the screen back. Returns a cancel function (an effect's cleanup).
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

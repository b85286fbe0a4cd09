import { useEffect, useState } from 'react';

/**
 * False until the frame after the component mounted has been painted, then true. What the
 * first canvas does not need (the YAML editor, which starts loading Monaco's scripts and style
 * sheets when it mounts) waits for it, so the chart's first frame does not share the main
 * thread with them.
 *
 * The mount's effects run, with React Flow's (which hand the nodes to its store and draw the
 * cards), before the next frame: that frame shows the chart; the task after it flips the flag.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      // rAF runs before the frame's paint; a task queued from it runs after.
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return painted;
}

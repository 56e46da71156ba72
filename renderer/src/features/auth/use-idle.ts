import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['mousedown', 'mousemove', 'keydown', 'wheel', 'touchstart'] as const;
/** How often the idle time is compared with the limit; the lock comes at most this late. */
const CHECK_EVERY_MS = 5_000;

/**
 * Calls `onIdle` once nobody has pressed a key or moved the mouse for `minutes` (0 = never).
 * Compares wall-clock times rather than counting down, so a PC waking from sleep locks at once.
 */
export function useIdle(minutes: number, active: boolean, onIdle: () => void): void {
  const last = useRef(0);
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (minutes <= 0 || !active) return;
    last.current = Date.now();
    const touch = () => (last.current = Date.now());
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last.current >= minutes * 60_000) callback.current();
    }, CHECK_EVERY_MS);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch, { capture: true });
      window.clearInterval(timer);
    };
  }, [minutes, active]);
}

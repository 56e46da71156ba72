import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['mousedown', 'mousemove', 'keydown', 'wheel', 'touchstart'] as const;
/** How often the idle time is compared with the limit; the lock comes at most this late. */
const CHECK_EVERY_MS = 5_000;
/** How often, at most, someone's work is reported to the server (which ends unused sessions). */
const HEARTBEAT_EVERY_MS = 60_000;

/**
 * Calls `onIdle` once nobody has pressed a key or moved the mouse for `minutes` (0 = never).
 * Compares wall-clock times rather than counting down, so a PC waking from sleep locks at once.
 * While someone works, `onActive` is called about once a minute: typing a long form makes no
 * API call, and the server must not end the session of someone who is plainly there.
 */
export function useIdle(minutes: number, active: boolean, onIdle: () => void, onActive?: () => void): void {
  const last = useRef(0);
  const callback = useRef(onIdle);
  const heartbeat = useRef(onActive);
  useEffect(() => {
    callback.current = onIdle;
    heartbeat.current = onActive;
  }, [onIdle, onActive]);

  useEffect(() => {
    if (minutes <= 0 || !active) return;
    last.current = Date.now();
    let beatAt = Date.now();
    const touch = () => (last.current = Date.now());
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      const now = Date.now();
      if (now - last.current >= minutes * 60_000) return callback.current();
      if (last.current > beatAt && now - beatAt >= HEARTBEAT_EVERY_MS) {
        beatAt = now;
        heartbeat.current?.();
      }
    }, CHECK_EVERY_MS);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch, { capture: true });
      window.clearInterval(timer);
    };
  }, [minutes, active]);
}

import { useCallback, useEffect, useState } from 'react';
import { sectionFromHash, subPathFromHash, type SectionKey } from './sections';

function useHash(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

/** The current section lives in the URL hash (#/cong-dan), so a reload stays on the same screen. */
export function useHashSection(): [SectionKey, (key: SectionKey) => void] {
  const section = sectionFromHash(useHash());
  const navigate = useCallback((key: SectionKey) => {
    window.location.hash = `#/${key}`;
  }, []);
  return [section, navigate];
}

/**
 * A section's own path after its key (#/tuyen-quan/<campaignId>/<tab>), so a detail
 * view survives a reload as well; navigating to [] goes back to the section's start.
 */
export function useHashSubPath(section: SectionKey): [string[], (path: string[]) => void] {
  const path = subPathFromHash(useHash());
  const navigate = useCallback(
    (next: string[]) => {
      window.location.hash = `#/${[section, ...next.map((part) => encodeURIComponent(part))].join('/')}`;
    },
    [section],
  );
  return [path, navigate];
}

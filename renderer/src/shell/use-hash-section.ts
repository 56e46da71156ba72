import { useCallback, useEffect, useState } from 'react';
import { recall, remember } from '../shared/remembered';
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

/** A section's address as the user last left it (its tab, the campaign open in it …). */
const addressKey = (section: SectionKey) => `address.${section}`;

/**
 * The current section lives in the URL hash (#/cong-dan), so a reload stays on the same screen.
 * Going to a section from the navigation opens it where the user left it (the same tab, the same
 * detail view): each section's address is remembered for the logged-in user as it changes.
 */
export function useHashSection(): [SectionKey, (key: SectionKey) => void] {
  const hash = useHash();
  const section = sectionFromHash(hash);
  const subPath = hash.replace(/^#\/?/, '').split('/').slice(1).filter(Boolean).join('/');
  useEffect(() => remember(addressKey(section), subPath || undefined), [section, subPath]);
  const navigate = useCallback((key: SectionKey) => {
    const kept = recall<string>(addressKey(key));
    window.location.hash = kept ? `#/${key}/${kept}` : `#/${key}`;
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

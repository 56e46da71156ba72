import { useCallback, useEffect, useState } from 'react';
import { sectionFromHash, type SectionKey } from './sections';

/** The current section lives in the URL hash (#/cong-dan), so a reload stays on the same screen. */
export function useHashSection(): [SectionKey, (key: SectionKey) => void] {
  const [section, setSection] = useState<SectionKey>(() => sectionFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setSection(sectionFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((key: SectionKey) => {
    window.location.hash = `#/${key}`;
  }, []);
  return [section, navigate];
}

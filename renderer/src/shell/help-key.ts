import { vi } from '../messages/vi';
import type { HelpEntry } from '../messages/vi-help-screens';

/** The help catalogue's key of a screen: "<section>", or "<section>/<tab>" for one of its tabs. */
export const helpKey = (section: string, tab?: string): string => (tab ? `${section}/${tab}` : section);

/** A screen's entry; a tab without one falls back to its section's (a test keeps every tab covered). */
export function helpEntry(key: string): HelpEntry | undefined {
  return vi.help.screens[key] ?? vi.help.screens[key.split('/')[0] ?? key];
}

/** The templates screens' words (reachable as `vi.templates`; part of the one catalogue in ./vi.ts). */
export const templatesText = {};

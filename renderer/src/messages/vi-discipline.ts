/** This feature's words (reachable as `vi.discipline`; part of the one catalogue in ./vi.ts). */
export const disciplineText = {} as const;

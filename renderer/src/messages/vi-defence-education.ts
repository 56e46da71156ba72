/** This feature's words (reachable as `vi.defenceEducation`; part of the one catalogue in ./vi.ts). */
export const defenceEducationText = {} as const;

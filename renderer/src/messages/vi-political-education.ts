/** This feature's words (reachable as `vi.politicalEducation`; part of the one catalogue in ./vi.ts). */
export const politicalEducationText = {} as const;

/** The exercises screens' words (reachable as `vi.exercises`; part of the one catalogue in ./vi.ts). */
export const exercisesText = {} as const;

/** The training screens' words (reachable as `vi.training`; part of the one catalogue in ./vi.ts). */
export const trainingText = {} as const;

/** This feature's words (reachable as `vi.equipment`; part of the one catalogue in ./vi.ts). */
export const equipmentText = {} as const;

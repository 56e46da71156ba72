/** The duty screens' words (reachable as `vi.duty`; part of the one catalogue in ./vi.ts). */
export const dutyText = {} as const;

/** The reserves screens' words (reachable as `vi.reserves`; part of the one catalogue in ./vi.ts). */
export const reservesText = {} as const;

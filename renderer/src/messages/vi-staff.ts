/** The staff screens' words (reachable as `vi.staff`; part of the one catalogue in ./vi.ts). */
export const staffText = {} as const;

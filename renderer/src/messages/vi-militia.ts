/** The militia screens' words (reachable as `vi.militia`; part of the one catalogue in ./vi.ts). */
export const militiaText = {} as const;

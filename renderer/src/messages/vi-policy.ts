/** This feature's words (reachable as `vi.policy`; part of the one catalogue in ./vi.ts). */
export const policyText = {} as const;

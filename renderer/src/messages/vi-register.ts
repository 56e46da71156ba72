/** The register screens' words (reachable as `vi.register`; part of the one catalogue in ./vi.ts). */
export const registerText = {};

// Types of system-deps.mjs for the TypeScript tests that import it.
export interface SystemNeed {
  pkg: string;
  commands?: string[];
  files?: string[];
}
export const SYSTEM_NEEDS: SystemNeed[];
export function onPath(command: string, pathValue: string | undefined): boolean;
export function missingPackages(options?: { pathValue?: string; exists?: (file: string) => boolean }): string[];
export function missingLine(packages: string[]): string;
export function ensureSystemPackages(options?: {
  pathValue?: string;
  exists?: (file: string) => boolean;
  platform?: string;
  isRoot?: boolean;
  log?: (line: string) => void;
}): boolean;

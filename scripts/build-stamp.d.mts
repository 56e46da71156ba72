// Types of build-stamp.mjs for the TypeScript tests that import it.
export const INPUT_DIRS: string[];
export const INPUT_FILES: string[];
export const OUTPUTS: string[];
export const STAMP_FILE: string;
export function inputStamp(root: string): string;
export function isUpToDate(root: string): boolean;
export function writeStamp(root: string, stamp: string): void;
export function buildIfChanged(root: string, options?: { log?: (line: string) => void }): boolean;

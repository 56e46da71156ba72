import type { ReactNode } from 'react';
import { foldVietnamese } from '../../../vocabulary/text';

/** An option as the pickers hold them: a label shown, an optional `search` text, options in a group. */
export interface SearchableOption {
  value?: unknown;
  label?: ReactNode;
  /** The text typed words are matched against when the label is not plain text or says more. */
  search?: string;
  options?: readonly SearchableOption[];
}

/**
 * Whether `text` holds what was typed, the way a clerk means it: "duc xuan" holds in "Phường Đức Xuân",
 * "bo binh" in "Bộ binh". Both sides fold with the core's rule (vocabulary/text.ts), so a picker finds
 * what the core's people search finds.
 */
export function foldedIncludes(text: string, typed: string): boolean {
  return foldVietnamese(text).includes(foldVietnamese(typed));
}

/** The text an option is searched by: its `search`, else a plain-text label, else its value. */
function searchTextOf(option: SearchableOption): string {
  if (typeof option.search === 'string') return option.search;
  if (typeof option.label === 'string' || typeof option.label === 'number') return String(option.label);
  return typeof option.value === 'string' || typeof option.value === 'number' ? String(option.value) : '';
}

/** antd's `filterOption` for every local picker, auto-complete and filter of the program. */
export function foldedFilter(typed: string, option?: SearchableOption): boolean {
  return option !== undefined && foldedIncludes(searchTextOf(option), typed);
}

/** Whether any option (or any option of a group, or a group's own label) matches the typed text. */
export function anyFoldedMatch(options: readonly SearchableOption[], typed: string): boolean {
  return options.some((o) => foldedFilter(typed, o) || (o.options ? anyFoldedMatch(o.options, typed) : false));
}

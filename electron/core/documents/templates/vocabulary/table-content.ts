import { cellText, type TableContent } from '../../../docs/table-content';
import type { DocumentSnapshot, SnapshotValue } from '../../generate-schema';
import { mapKinds, type KindVocabulary, type SnapshotRow } from './types';

/**
 * A forces, exercise, training or duty document's table as template rows: each person's (or place's) cells under the
 * column names, in the printed order, with the group heading above it as `nhom`; the total rows go
 * to `dong_tong`. Values are the printed text, so a template shows what the built-in shows.
 */
export function tableRows(
  content: TableContent,
  columns: readonly string[],
): { rows: SnapshotRow[]; totals: SnapshotRow[] } {
  if (content.table.columns.length !== columns.length) {
    throw new Error(`Template columns (${columns.length}) do not match the table (${content.table.columns.length})`);
  }
  const rows: SnapshotRow[] = [];
  const totals: SnapshotRow[] = [];
  let group = '';
  for (const row of content.table.rows) {
    if (row.kind === 'group') {
      if ((row.level ?? 1) === 1) group = row.text;
      continue;
    }
    if (row.kind === 'line') continue;
    const values: SnapshotRow = Object.fromEntries(columns.map((name, i) => [name, cellText(row.cells[i] ?? null)]));
    if (row.kind === 'total') totals.push(values);
    else rows.push({ ...values, nhom: group });
  }
  return { rows, totals };
}

/** The snapshot of a document that is a title, notes and one table (`table` names it). */
export function contentSnapshot(
  content: TableContent,
  table: string,
  columns: readonly string[],
  fields: Record<string, SnapshotValue>,
): DocumentSnapshot {
  const { rows, totals } = tableRows(content, columns);
  return {
    fields: { tieu_de: content.title, ghi_chu_chung: content.notes.join('\n'), ...fields },
    tables: { [table]: rows, dong_tong: totals },
  };
}

/** The fields of a list that is a title, notes and one table of people: the militia and reservist lists. */
export const peopleListFields = ['tieu_de', 'ghi_chu_chung', 'tong_so', 'nam'] as const;

/** The tags of a one-table document: its fields; its rows' columns with their group heading (`nhom`); its totals. */
export function tableVocabulary(table: string, columns: readonly string[], fields: readonly string[]): KindVocabulary {
  return { fields, tables: { [table]: [...columns, 'nhom'], dong_tong: columns } };
}

/** Where a people list kind puts its rows: the table's name and its column names in the built-in table's order. */
export interface ListTableTags {
  table: string;
  columns: readonly string[];
}

/**
 * The tags and the snapshot of a family of people lists (the militia's, the reservists'): per kind
 * its rows' table and columns, and the lists' fields (title, notes, the total and the year).
 */
export function peopleListTags<K extends string>(tags: Record<K, ListTableTags>) {
  return {
    vocabulary: mapKinds(tags, ({ table, columns }) => tableVocabulary(table, columns, peopleListFields)),
    snapshot(kind: K, content: TableContent, values: { count: number; year: number }): DocumentSnapshot {
      const { table, columns } = tags[kind];
      return contentSnapshot(content, table, columns, { tong_so: values.count, nam: values.year });
    },
  };
}

/** Where a one-table report puts its rows: the table's name, its column names, the kind's own fields. */
export interface ReportTableTags {
  table: string;
  /** Column names in the built-in table's order. */
  columns: readonly string[];
  fields: readonly string[];
}

/**
 * The tags of a one-table report (an exercise plan or report, the training report, the duty
 * roster): the title, the notes, the subject line and the total, then the kind's own fields; the
 * table's rows with their group (`nhom`) and the total rows (`dong_tong`).
 */
export function reportTableVocabulary({ table, columns, fields }: ReportTableTags): KindVocabulary {
  return tableVocabulary(table, columns, ['tieu_de', 'ghi_chu_chung', 'trich_yeu', 'tong_so', ...fields]);
}

import { ApiError } from '../../kernel/errors';
import type { BundleContent } from '../format/bundle';
import {
  answerLine,
  reviewFigureLine,
  rowLine,
  type AnswerLine,
  type ReviewFigureLine,
  type RowLine,
} from '../format/lines';
import { dataPath, upwardEntityNames, type UpwardEntity } from '../entities';
import { senderLabel } from '../verify';
import type { z } from 'zod';

/** An upward bundle's lines, each checked against its shape (format/lines.ts) before anything is written. */
export interface UpwardLines {
  rows: Array<{ entity: UpwardEntity; lines: RowLine[] }>;
  figures: ReviewFigureLine[];
  answers: AnswerLine[];
}

/**
 * Every line valid, or the bundle refused naming the file and line. A row's origin must be the
 * sender: an office never writes another office's records (issue 20 §2). A tombstone has no data,
 * a live row has.
 */
export function validateUpwardLines(content: BundleContent): UpwardLines {
  const sender = senderLabel(content);
  const origin = content.manifest.sender.code;
  const parse = <S extends z.ZodType>(schema: S, name: string, raw: unknown, index: number): z.output<S> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
      throw ApiError.of('EXCHANGE_LINE_INVALID', { sender, file: dataPath(name as never), line: index + 1 });
    return parsed.data;
  };
  const rows: UpwardLines['rows'] = [];
  for (const entity of upwardEntityNames) {
    const raw = content.files.get(entity);
    if (!raw) continue;
    const lines = raw.map((line, i) => {
      const row = parse(rowLine, entity, line, i);
      if (row.origin !== origin) {
        throw ApiError.of('EXCHANGE_FOREIGN_ORIGIN', {
          sender,
          origin: row.origin,
          file: dataPath(entity),
          line: i + 1,
        });
      }
      if (row.deleted !== (row.data === null)) {
        throw ApiError.of('EXCHANGE_LINE_INVALID', { sender, file: dataPath(entity), line: i + 1 });
      }
      return row;
    });
    rows.push({ entity, lines });
  }
  const figures = (content.files.get('review_figures') ?? []).map((l, i) =>
    parse(reviewFigureLine, 'review_figures', l, i),
  );
  const answers = (content.files.get('answers') ?? []).map((l, i) => parse(answerLine, 'answers', l, i));
  return { rows, figures, answers };
}

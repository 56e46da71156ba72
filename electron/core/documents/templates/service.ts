import { documentKindLabel } from '../kind-labels';
import type { z } from 'zod';
import type { ApiContext } from '../../kernel/context';
import { ApiError } from '../../kernel/errors';
import { writeAudit } from '../../db/audit';
import { newId, timestamp } from '../../db/records';
import { statement } from '../../db/statements';
import { vi } from '../../messages/vi';
import { inTransaction } from '../../kernel/transaction';
import { documentKinds, type DocumentKind } from '../generate-schema';
import { assertKnownTags, inspectTemplate, type UsedTag } from './check';
import type { KindTemplates, TemplateFile, TemplateInfo, TemplateInspection, TemplateVocabulary } from './public-types';
import type { idInput, inspectInput, setActiveInput, uploadInput } from './schema';
import { templateVocabulary } from './vocabulary';
import { DOCX_MIME } from '../../docs/mime';

interface TemplateRow {
  id: string;
  kind: string;
  name: string;
  file_name: string;
  size: number;
  tags_json: string;
  active: number;
  created_at: string;
  updated_at: string;
  version: number;
}

const COLUMNS = `id, kind, name, file_name, length(file_data) AS size, tags_json, active, created_at, updated_at, version`;

function toInfo(row: TemplateRow): TemplateInfo {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    fileName: row.file_name,
    size: row.size,
    tags: JSON.parse(row.tags_json) as string[],
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The kind's tags with their descriptions, for "Thẻ dữ liệu" and the sample template. */
export function vocabularyOf(kind: DocumentKind): TemplateVocabulary {
  const vocabulary = templateVocabulary(kind);
  if (!vocabulary) throw ApiError.of('TEMPLATE_NOT_SUPPORTED');
  const own = vi.templates.kindTags[kind] ?? {};
  const describe = (name: string) => ({ name, description: own[name] ?? vi.templates.tags[name] ?? '' });
  return {
    kind,
    label: documentKindLabel(kind),
    fields: vocabulary.fields.map(describe),
    tables: Object.entries(vocabulary.tables).map(([name, columns]) => ({
      ...describe(name),
      columns: columns.map(describe),
    })),
  };
}

function decode(input: { fileName: string; base64: string }): Buffer {
  if (!/\.docx$/i.test(input.fileName.trim())) throw ApiError.of('TEMPLATE_NOT_DOCX');
  return Buffer.from(input.base64, 'base64');
}

function check(kind: DocumentKind, bytes: Buffer): UsedTag[] {
  const vocabulary = templateVocabulary(kind);
  if (!vocabulary) throw ApiError.of('TEMPLATE_NOT_SUPPORTED');
  return inspectTemplate(bytes, vocabulary);
}

export function inspect(_ctx: ApiContext, input: z.output<typeof inspectInput>): TemplateInspection {
  const used = check(input.kind, decode(input));
  return {
    tags: used.map(({ tag, table, known }) => ({ tag, table, known })),
    unknown: [...new Set(used.filter((u) => !u.known).map((u) => u.tag))],
  };
}

function findRow(ctx: ApiContext, id: string): TemplateRow {
  const row = statement(ctx.db, `SELECT ${COLUMNS} FROM document_templates WHERE id = ?`).get(id) as
    TemplateRow | undefined;
  if (!row) throw ApiError.of('NOT_FOUND');
  return row;
}

/** Turns off the kind's active template (if any), audited; call inside the change's transaction. */
function deactivateKind(ctx: ApiContext, kind: string, at: string) {
  const current = statement(ctx.db, `SELECT ${COLUMNS} FROM document_templates WHERE kind = ? AND active = 1`).get(
    kind,
  ) as TemplateRow | undefined;
  if (current) switchTemplate(ctx, current.id, false, at);
}

/** Turns one template on or off, audited; call inside the change's transaction. */
function switchTemplate(ctx: ApiContext, id: string, active: boolean, at: string) {
  statement(ctx.db, `UPDATE document_templates SET active = ?, updated_at = ?, version = version + 1 WHERE id = ?`).run(
    active ? 1 : 0,
    at,
    id,
  );
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'document_template',
    entityId: id,
    action: 'update',
    before: { active: !active },
    after: { active },
  });
}

/**
 * Accepts a template after its check (a Word file, no syntax error, only the kind's tags) and
 * makes it the kind's active one, the previous one turned off in the same transaction.
 */
export function upload(ctx: ApiContext, input: z.output<typeof uploadInput>): TemplateInfo {
  const bytes = decode(input);
  const used = check(input.kind, bytes);
  assertKnownTags(used);
  const tags = [...new Set(used.map((u) => u.tag))];
  const id = newId();
  const at = timestamp(ctx.now());
  inTransaction(ctx, () => {
    deactivateKind(ctx, input.kind, at);
    statement(
      ctx.db,
      `INSERT INTO document_templates (id, kind, name, file_name, file_data, tags_json, active, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)`,
    ).run(id, input.kind, input.name, input.fileName.trim(), bytes, JSON.stringify(tags), at, at);
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'document_template',
      entityId: id,
      action: 'create',
      before: null,
      after: { kind: input.kind, name: input.name, fileName: input.fileName, size: bytes.length, tags },
    });
  });
  ctx.log.info('documents.template.uploaded', { kind: input.kind, size: bytes.length, tags: tags.length });
  return toInfo(findRow(ctx, id));
}

/** Turns a template on (the kind's other one off) or off, so the built-in document is used again. */
export function setActive(ctx: ApiContext, input: z.output<typeof setActiveInput>): TemplateInfo {
  const row = findRow(ctx, input.id);
  if ((row.active === 1) === input.active) return toInfo(row);
  const at = timestamp(ctx.now());
  inTransaction(ctx, () => {
    deactivateKind(ctx, row.kind, at);
    if (input.active) switchTemplate(ctx, row.id, true, at);
  });
  return toInfo(findRow(ctx, row.id));
}

export function list(ctx: ApiContext): { kinds: KindTemplates[] } {
  const rows = statement(
    ctx.db,
    `SELECT ${COLUMNS} FROM document_templates ORDER BY created_at DESC, id`,
  ).all() as TemplateRow[];
  const infos = rows.map(toInfo);
  return {
    kinds: documentKinds.map((kind) => {
      const templates = infos.filter((t) => t.kind === kind);
      return {
        kind,
        label: documentKindLabel(kind),
        supported: templateVocabulary(kind) !== null,
        active: templates.find((t) => t.active) ?? null,
        templates,
      };
    }),
  };
}

export function download(ctx: ApiContext, input: z.output<typeof idInput>): TemplateFile {
  const row = statement(ctx.db, `SELECT file_name, file_data FROM document_templates WHERE id = ?`).get(input.id) as
    { file_name: string; file_data: Buffer } | undefined;
  if (!row) throw ApiError.of('NOT_FOUND');
  return { fileName: row.file_name, mimeType: DOCX_MIME, base64: row.file_data.toString('base64') };
}

/** The kind's active template (bytes, id and the tags found in it at upload), if the office has one. */
export function activeTemplate(ctx: ApiContext, kind: string): { id: string; bytes: Buffer; tags: string[] } | null {
  const row = statement(
    ctx.db,
    `SELECT id, file_data, tags_json FROM document_templates WHERE kind = ? AND active = 1`,
  ).get(kind) as { id: string; file_data: Buffer; tags_json: string } | undefined;
  return row ? { id: row.id, bytes: row.file_data, tags: JSON.parse(row.tags_json) as string[] } : null;
}

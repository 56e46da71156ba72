import { Flex, Tag, Timeline, Typography } from 'antd';
import type { ConscriptionTransition } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { pointLetter } from './record-labels';

const t = vi.conscription.record;
const x = vi.conscription.health.exception;

/** The facts a step recorded, in words (the core keeps them as a changed-fields object). */
function detailLines(details: Record<string, unknown>): string[] {
  const lines: string[] = [];
  if (typeof details.healthClass === 'number') lines.push(format(t.detailsHealth, { value: details.healthClass }));
  if (typeof details.legalPoint === 'string')
    lines.push(`${vi.conscription.records.legalPoint}: ${pointLetter(details.legalPoint)}`);
  if (typeof details.orderNumber === 'number') lines.push(format(t.detailsOrder, { value: details.orderNumber }));
  if (typeof details.receivingUnit === 'string' && details.receivingUnit) lines.push(details.receivingUnit);
  if (details.branch === 'army' || details.branch === 'police') lines.push(vi.conscription.branches[details.branch]);
  if (typeof details.reason === 'string' && details.reason) lines.push(`${t.reason}: ${details.reason}`);
  if (details.registrationMethod === 'in_person' || details.registrationMethod === 'online')
    lines.push(format(t.detailsMethod, { method: vi.conscription.registrationMethods[details.registrationMethod] }));
  if (typeof details.carriedFrom === 'number') lines.push(format(t.carried, { year: details.carriedFrom }));
  return lines;
}

/** A handover recorded as an exception to the law's re-check: is it one? */
function exceptionOf(details: Record<string, unknown>): { reason: string; reasons: string[] } | null {
  const exception = details.exception as { reason?: unknown; reasons?: unknown } | undefined;
  if (!exception || typeof exception.reason !== 'string') return null;
  const reasons = Array.isArray(exception.reasons) ? exception.reasons.map(String) : [];
  return { reason: exception.reason, reasons };
}

/** Its reason, and what the re-check found when it was recorded. */
function exceptionLines(details: Record<string, unknown>): string[] {
  const exception = exceptionOf(details);
  if (!exception) return [];
  const why = exception.reasons.length > 0 ? [format(x.historyWhy, { reasons: exception.reasons.join(' ') })] : [];
  return [format(x.history, { reason: exception.reason }), ...why];
}

/** Every dated step of the record, oldest first: date, state, who recorded it, note, document number, corrections marked. */
export function RecordTimeline({ history }: { history: readonly ConscriptionTransition[] }) {
  return (
    <Timeline
      titleSpan={5}
      items={history.map((h) => ({
        key: h.id,
        color: h.undoneAt ? 'gray' : h.isCorrection ? 'red' : h.toState === 'handed_over' ? 'green' : 'blue',
        title: displayDate(h.onDate),
        content: (
          <Flex vertical gap={2}>
            <span>
              <Typography.Text strong>{vi.conscription.states[h.toState]}</Typography.Text>
              {h.fromState === null && <Typography.Text type="secondary"> · {t.created}</Typography.Text>}
              {exceptionOf(h.details) && (
                <Tag color="orange" style={{ marginLeft: 8 }}>
                  {x.tag}
                </Tag>
              )}
              {h.undoneAt && (
                <Tag style={{ marginLeft: 8 }} title={format(vi.wayBack.undoneReason, { reason: h.undoReason })}>
                  {vi.wayBack.undoneMark}
                </Tag>
              )}
              {h.isCorrection && (
                <Tag color="red" style={{ marginLeft: 8 }}>
                  {t.correction}
                </Tag>
              )}
            </span>
            {detailLines(h.details).map((line) => (
              <Typography.Text key={line}>{line}</Typography.Text>
            ))}
            {exceptionLines(h.details).map((line) => (
              <Typography.Text key={line} type="warning">
                {line}
              </Typography.Text>
            ))}
            {h.documentNumber && (
              <Typography.Text>{format(t.documentNumber, { number: h.documentNumber })}</Typography.Text>
            )}
            {h.note && <Typography.Text italic>{h.note}</Typography.Text>}
            {h.undoneAt && (
              <Typography.Text type="secondary">
                {format(vi.wayBack.undoneReason, { reason: h.undoReason })}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {format(t.actor, { actor: h.actor })}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
}

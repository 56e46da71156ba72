import { Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type {
  MilitiaDecision,
  MilitiaDecisionKind,
  MilitiaDecisionPoint,
  Person,
} from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate, fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule, requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { PeoplePicker } from '../people/PeoplePicker';
import { usePeopleSearch } from '../people/use-people-search';
import { decisionKindOptions, pointOptions } from './decision-labels';

const t = vi.militia.decisions;
const PAGE_SIZE = 5;
const FIELDS = ['kind', 'point', 'decidedOn', 'decidedBy', 'validUntil', 'notes'] as const;

interface Values {
  kind: MilitiaDecisionKind;
  point: MilitiaDecisionPoint;
  decidedOn: Dayjs;
  decidedBy: string;
  validUntil?: Dayjs | null;
  notes?: string;
}

const input = (v: Values) => ({
  kind: v.kind,
  point: v.point,
  decidedOn: toIsoDate(v.decidedOn),
  decidedBy: v.decidedBy,
  // Art. 11: only a deferral runs to a date; an exemption has none.
  validUntil: v.kind === 'deferral' && v.validUntil ? toIsoDate(v.validUntil) : null,
  notes: v.notes ?? '',
});

/**
 * Records (or corrects) a decision deferring or exempting a person from militia duty (Art. 11
 * Luật DQTV): the person is picked from the register for a new one; the case is one of the kind's clause.
 */
export function DecisionDialog({
  decision,
  onClose,
}: {
  decision: MilitiaDecision | null;
  onClose(saved: boolean): void;
}) {
  const search = usePeopleSearch(PAGE_SIZE);
  const [picked, setPicked] = useState<Person | null>(null);
  const { form, dialog, clearBanner } = useFormSave(
    FIELDS,
    (values: Values) => {
      if (decision)
        return api('militia.decision.update', { id: decision.id, version: decision.version, ...input(values) });
      if (!picked) throw new Error(t.pickPerson);
      return api('militia.decision.create', { personId: picked.id, ...input(values) });
    },
    { onSuccess: () => onClose(true) },
  );
  const kind = Form.useWatch('kind', form) ?? decision?.kind ?? 'deferral';
  const pick = (person: Person | null) => {
    setPicked(person);
    clearBanner();
  };
  const who = decision ?? picked;

  return (
    <FormDialog<Values>
      {...dialog}
      width={decision ? 640 : 820}
      name="militiaDecision"
      title={decision ? format(t.editTitle, { name: decision.fullName }) : t.addTitle}
      initialValues={{
        kind: decision?.kind ?? 'deferral',
        point: decision?.point,
        decidedOn: fromIsoDate(decision?.decidedOn) ?? dayjs(),
        decidedBy: decision?.decidedBy ?? t.decidedByDefault,
        validUntil: fromIsoDate(decision?.validUntil),
        notes: decision?.notes ?? '',
      }}
      onValuesChange={(changed: Partial<Values>) => {
        // A case of the other clause no longer fits the kind.
        if (changed.kind) form.setFieldsValue({ point: undefined });
      }}
      onCancel={() => onClose(false)}
    >
      {!decision && (
        <PeoplePicker
          search={search}
          label={t.searchPerson}
          rowSelection={{
            type: 'radio',
            selectedRowKeys: picked ? [picked.id] : [],
            onChange: (_keys, rows) => pick(rows[0] ?? null),
            getCheckboxProps: (p) => ({ 'aria-label': p.fullName }),
          }}
          onRow={(p) => ({ onClick: () => pick(p) })}
        />
      )}
      <Typography.Paragraph strong={who !== null} type={who ? undefined : 'secondary'} style={{ marginTop: 8 }}>
        {who ? format(t.picked, { name: `${who.fullName} (${displayDate(who.birthDate)})` }) : t.pickPerson}
      </Typography.Paragraph>
      <Form.Item name="kind" label={t.fields.kind} rules={requiredRule}>
        <Select options={decisionKindOptions} aria-label={t.fields.kind} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="point" label={t.fields.point} rules={requiredRule}>
        <Select options={pointOptions(kind)} aria-label={t.fields.point} popupMatchSelectWidth={false} />
      </Form.Item>
      <Form.Item name="decidedOn" label={t.fields.decidedOn} rules={requiredRule}>
        <DateInput style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="decidedBy" label={t.fields.decidedBy} rules={requiredText}>
        <Input maxLength={200} />
      </Form.Item>
      {kind === 'deferral' && (
        <Form.Item name="validUntil" label={t.fields.validUntil} rules={requiredRule}>
          <DateInput style={{ width: 200 }} />
        </Form.Item>
      )}
      <Form.Item name="notes" label={t.fields.notes}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormDialog>
  );
}

import { DatePicker, Flex, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { format, vi } from '../../messages/vi';
import { INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';

/** Who signs (an index into the office profile's signers) and the document's date. */
export interface Signing {
  signerIndex: number;
  /** Empty: the core dates the document today. */
  date: Dayjs | null;
}

/**
 * The signing state of a screen that generates documents: the commander, and today unless the
 * document has a better default (`initialDate`, ISO: a review report's meeting day or period end).
 */
export function useSigning(initialDate?: string) {
  return useState<Signing>(() => ({ signerIndex: 0, date: initialDate ? dayjs(initialDate) : dayjs() }));
}

/** The part of `documents.generate`'s input the picker decides. */
export function signingInput(signing: Signing): { signerIndex: number; date?: string } {
  return { signerIndex: signing.signerIndex, ...(signing.date ? { date: toIsoDate(signing.date) } : {}) };
}

interface Props {
  /** Prefix of the fields' ids (two pickers on one page must differ). */
  id: string;
  value: Signing;
  onChange(next: Signing): void;
}

/** "Người ký" (the office profile's signers) and "Ngày văn bản", for every place that makes a document. */
export function SignerDatePicker({ id, value, onChange }: Props) {
  const t = vi.documents.signing;
  // The signers of the office profile in force on the document's date (the core signs with that period's).
  const office = useApiQuery('office.get', value.date ? { on: toIsoDate(value.date) } : {});
  const signers = office.data?.signers ?? [];
  return (
    <Form layout="vertical" component="div">
      <Flex gap={12} wrap>
        <Form.Item label={t.signer} htmlFor={`${id}-signer`} style={{ flex: '1 1 200px', marginBottom: 12 }}>
          <Select
            id={`${id}-signer`}
            value={signers.length > 0 ? value.signerIndex : undefined}
            loading={office.loading}
            options={signers.map((s, index) => ({
              value: index,
              label: format(t.signerOption, { title: s.title, name: [s.rank, s.name].filter(Boolean).join(' ') }),
            }))}
            onChange={(signerIndex: number) => onChange({ ...value, signerIndex })}
          />
        </Form.Item>
        <Form.Item label={t.date} htmlFor={`${id}-date`} style={{ flex: '0 1 160px', marginBottom: 12 }}>
          <DatePicker
            id={`${id}-date`}
            format={INPUT_DATE_FORMATS}
            placeholder={vi.common.datePlaceholder}
            value={value.date}
            onChange={(date: Dayjs | null) => onChange({ ...value, date })}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Flex>
    </Form>
  );
}

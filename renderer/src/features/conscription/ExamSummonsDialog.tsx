import { Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Campaign } from '../../../../electron/core/api/contract';
import { checked } from './checked-request';
import { vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { renameFieldErrors } from '../../shared/form-errors';
import { requiredRule, requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import type { WordRequest } from '../documents/DocumentActions';
import { useFormSave } from '../../shared/use-form-save';

const t = vi.documents.papers;
const FIELDS = ['examDate', 'examTime', 'examPlace'] as const;

interface Values {
  examDate: Dayjs;
  examTime: string;
  examPlace: string;
}

/**
 * The health-exam summons of a campaign: the clerk gives the exam's date, time and place once, and
 * the core prints one numbered summons per citizen past preliminary screening (Art. 40 Luật NVQS).
 */
interface Props {
  campaign: Campaign;
  onClose(): void;
  /** The request, checked by the core (issuePlan), for the document's actions (preview, draft, issue). */
  onReady(request: WordRequest): void;
}

export function ExamSummonsDialog({ campaign, onClose, onReady }: Props) {
  const { dialog } = useFormSave(
    FIELDS,
    (v: Values) =>
      checked({
        kind: 'conscription.examSummons',
        campaignId: campaign.id,
        exam: { date: toIsoDate(v.examDate), time: v.examTime, place: v.examPlace },
      }),
    {
      onSuccess: onReady,
      // The core names the exam's parts inside `exam`; the form shows them on its own fields.
      mapError: (error) =>
        renameFieldErrors(error, {
          exam: 'examDate',
          'exam.date': 'examDate',
          'exam.time': 'examTime',
          'exam.place': 'examPlace',
        }),
    },
  );

  return (
    <FormDialog {...dialog} name="exam-summons" title={t.summonsTitle} onCancel={onClose}>
      <Typography.Paragraph type="secondary">{t.summonsHint}</Typography.Paragraph>
      <Form.Item name="examDate" label={t.examDate} rules={requiredRule}>
        <DateInput />
      </Form.Item>
      <Form.Item name="examTime" label={t.examTime} rules={requiredText}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="examPlace" label={t.examPlace} rules={requiredText}>
        <Input maxLength={300} />
      </Form.Item>
    </FormDialog>
  );
}

import { Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Campaign } from '../../../../electron/core/api/contract';
import { checked } from './checked-request';
import { vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import type { WordRequest } from '../documents/DocumentActions';
import { useFormSave } from '../../shared/use-form-save';

const t = vi.documents.papers;

interface Values {
  decisionDate: Dayjs;
}

/**
 * The notice posting the campaign's deferral and exemption lists: the clerk gives the provincial
 * chairman's decision date, and the core prints the 20-day posting period from it (Circular
 * 68/2025/TT-BQP, clause 4 Art. 5 of Circular 148/2018 as amended).
 */
interface Props {
  campaign: Campaign;
  onClose(): void;
  /** The request, checked by the core (issuePlan), for the document's actions (preview, draft, issue). */
  onReady(request: WordRequest): void;
}

export function ListNoticeDialog({ campaign, onClose, onReady }: Props) {
  const { dialog } = useFormSave(
    ['decisionDate'],
    (v: Values) =>
      checked({
        kind: 'conscription.listNotice',
        campaignId: campaign.id,
        decisionDate: toIsoDate(v.decisionDate),
      }),
    {
      onSuccess: onReady,
    },
  );

  return (
    <FormDialog {...dialog} name="list-notice" title={t.noticeTitle} onCancel={onClose}>
      <Typography.Paragraph type="secondary">{t.noticeHint}</Typography.Paragraph>
      <Form.Item name="decisionDate" label={t.decisionDate} rules={requiredRule}>
        <DateInput />
      </Form.Item>
    </FormDialog>
  );
}

import { Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Campaign } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { saveFile } from '../../shared/save-file';
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
export function ListNoticeDialog({ campaign, onClose }: { campaign: Campaign; onClose(): void }) {
  const { dialog } = useFormSave(
    ['decisionDate'],
    (v: Values) =>
      api('documents.generate', {
        kind: 'conscription.listNotice',
        format: 'docx',
        campaignId: campaign.id,
        decisionDate: toIsoDate(v.decisionDate),
      }),
    {
      success: (file) => format(vi.documents.saved, { fileName: file.fileName, count: file.count }),
      onSuccess: (file) => {
        saveFile(file);
        onClose();
      },
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

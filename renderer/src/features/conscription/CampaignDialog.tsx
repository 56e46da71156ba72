import { Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Campaign } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';

interface Values {
  year: number;
  title: string;
  handoverStart: Dayjs;
  handoverEnd: Dayjs;
  notes: string;
}

const FIELDS = ['year', 'title', 'handoverStart', 'handoverEnd', 'notes'] as const;

interface Props {
  campaign: Campaign | null;
  onClose(saved: boolean): void;
}

/** Create or edit a campaign's year, title and handover dates. */
export function CampaignDialog({ campaign, onClose }: Props) {
  const initialValues = campaign
    ? {
        ...campaign,
        handoverStart: fromIsoDate(campaign.handoverStart),
        handoverEnd: fromIsoDate(campaign.handoverEnd),
      }
    : { year: new Date().getFullYear() + 1, title: '', notes: '' };

  const { dialog } = useFormSave(
    FIELDS,
    async (values: Values) => {
      const input = {
        year: values.year,
        title: values.title ?? '',
        handoverStart: toIsoDate(values.handoverStart),
        handoverEnd: toIsoDate(values.handoverEnd),
        notes: values.notes ?? '',
      };
      if (campaign) await api('conscription.campaign.update', { ...input, id: campaign.id, version: campaign.version });
      else await api('conscription.campaign.create', input);
    },
    { onSuccess: () => onClose(true) },
  );

  return (
    <FormDialog
      {...dialog}
      name="campaign"
      title={campaign ? vi.conscription.editCampaign : vi.conscription.addCampaign}
      initialValues={initialValues}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="year" label={vi.conscription.year} rules={requiredRule}>
        <InputNumber min={2000} max={2200} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="title" label={vi.conscription.campaignTitle}>
        <Input placeholder={vi.conscription.campaignTitlePlaceholder} />
      </Form.Item>
      <Form.Item name="handoverStart" label={vi.conscription.handoverStart} rules={requiredRule}>
        <DateInput />
      </Form.Item>
      <Form.Item name="handoverEnd" label={vi.conscription.handoverEnd} rules={requiredRule}>
        <DateInput />
      </Form.Item>
      <Form.Item name="notes" label={vi.conscription.notes}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormDialog>
  );
}

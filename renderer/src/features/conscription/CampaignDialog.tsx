import { DatePicker, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Campaign } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { fromIsoDate, INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';

interface Values {
  year: number;
  title: string;
  handoverStart: Dayjs;
  handoverEnd: Dayjs;
  notes: string;
}

const FIELDS = ['year', 'title', 'handoverStart', 'handoverEnd', 'notes'] as const;
const datePicker = { format: INPUT_DATE_FORMATS, placeholder: vi.common.datePlaceholder, style: { width: '100%' } };
const requiredDate = [{ required: true, message: vi.common.required }];

interface Props {
  campaign: Campaign | null;
  onClose(saved: boolean): void;
}

/** Create or edit a campaign's year, title and handover dates. */
export function CampaignDialog({ campaign, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const initialValues = campaign
    ? {
        ...campaign,
        handoverStart: fromIsoDate(campaign.handoverStart),
        handoverEnd: fromIsoDate(campaign.handoverEnd),
      }
    : { year: new Date().getFullYear() + 1, title: '', notes: '' };

  async function submit(values: Values) {
    const input = {
      year: values.year,
      title: values.title ?? '',
      handoverStart: toIsoDate(values.handoverStart),
      handoverEnd: toIsoDate(values.handoverEnd),
      notes: values.notes ?? '',
    };
    try {
      if (campaign) await api('conscription.campaign.update', { ...input, id: campaign.id, version: campaign.version });
      else await api('conscription.campaign.create', input);
      onClose(true);
    } catch (error) {
      setBanner(showApiError(form, error, FIELDS));
    }
  }

  return (
    <FormDialog
      name="campaign"
      title={campaign ? vi.conscription.editCampaign : vi.conscription.addCampaign}
      form={form}
      banner={banner}
      initialValues={initialValues}
      onSubmit={submit}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="year" label={vi.conscription.year} rules={requiredDate}>
        <InputNumber min={2000} max={2200} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="title" label={vi.conscription.campaignTitle}>
        <Input placeholder={vi.conscription.campaignTitlePlaceholder} />
      </Form.Item>
      <Form.Item name="handoverStart" label={vi.conscription.handoverStart} rules={requiredDate}>
        <DatePicker {...datePicker} />
      </Form.Item>
      <Form.Item name="handoverEnd" label={vi.conscription.handoverEnd} rules={requiredDate}>
        <DatePicker {...datePicker} />
      </Form.Item>
      <Form.Item name="notes" label={vi.conscription.notes}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormDialog>
  );
}

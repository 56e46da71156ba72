import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Select, Upload } from 'antd';
import { useState } from 'react';
import type { ExchangeOfficeKind, PartnerRole } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { requiredRule, requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { readBase64 } from '../../shared/read-file';
import { useFormSave } from '../../shared/use-form-save';
import { exchangeKindOptions } from './exchange-view';
import { KeyFields } from './KeyFields';

const t = vi.exchange.partners;

interface Values {
  officeCode: string;
  officeName: string;
  officeKind: ExchangeOfficeKind;
  publicKey: string;
  fingerprint: string;
}

interface Props {
  role: PartnerRole;
  onClose(changed: boolean): void;
}

/**
 * "Thêm đơn vị gửi dữ liệu" / "Đặt đơn vị cấp trên": the other office's code, name, kind and key,
 * typed from its enrolment sheet, or loaded from its enrolment file ("Nạp tệp đăng ký").
 */
export function AddPartnerDialog({ role, onClose }: Props) {
  const { form, dialog } = useFormSave(
    ['officeCode', 'officeName', 'officeKind', 'publicKey', 'fingerprint'],
    (values: Values) => api('exchange.partners.add', { role, ...values }),
    { onSuccess: () => onClose(true) },
  );
  const [loaded, setLoaded] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  return (
    <FormDialog
      {...dialog}
      name="exchange-partner-add"
      title={role === 'sender' ? t.addSender : t.setRecipient}
      width={680}
      initialValues={{ officeKind: role === 'sender' ? 'ward_commune' : 'regional_defence' }}
      onCancel={() => onClose(false)}
    >
      <Upload
        accept=".json,application/json"
        showUploadList={false}
        maxCount={1}
        beforeUpload={async (file) => {
          setLoadError(null);
          try {
            const preview = await api('exchange.partners.inspectEnrolment', {
              fileName: file.name,
              base64: await readBase64(file, t.readFailed),
            });
            form.setFieldsValue(preview);
            setLoaded(format(t.loaded, { name: preview.officeName }));
          } catch (error) {
            setLoaded(null);
            setLoadError((error as Error).message);
          }
          return Upload.LIST_IGNORE;
        }}
      >
        <Button icon={<UploadOutlined />} style={{ marginBottom: 12 }}>
          {t.loadFile}
        </Button>
      </Upload>
      {loaded && <Alert type="success" showIcon title={loaded} style={{ marginBottom: 12 }} />}
      {loadError && <Alert type="error" showIcon title={loadError} style={{ marginBottom: 12 }} />}
      <Form.Item name="officeKind" label={vi.exchange.identity.officeKind} rules={requiredRule}>
        <Select options={exchangeKindOptions} />
      </Form.Item>
      <Form.Item
        name="officeCode"
        label={vi.exchange.identity.officeCode}
        rules={requiredText}
        extra={vi.exchange.identity.officeCodeHint}
      >
        <Input autoFocus style={{ width: 200 }} maxLength={8} />
      </Form.Item>
      <Form.Item name="officeName" label={vi.exchange.identity.officeName} rules={requiredText}>
        <Input maxLength={200} />
      </Form.Item>
      <KeyFields />
    </FormDialog>
  );
}

import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Form, Input, Row, Select } from 'antd';
import type { OfficeProfile } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { FieldCol } from '../../shared/FieldCol';
import { requiredText as required } from '../../shared/form-rules';
import { useFormSave } from '../../shared/use-form-save';

type Role = keyof typeof vi.office.roles;
interface SignerValues {
  role: Role;
  title: string;
  rank?: string;
  name: string;
}
interface Values {
  name: string;
  parentBody: string;
  placeName: string;
  symbol: string;
  signers: SignerValues[];
}

const FIELDS = ['name', 'parentBody', 'placeName', 'symbol', 'signers'] as const;
/** The office's names as printed on documents, two to a row, each with its example. */
const NAME_FIELDS = ['parentBody', 'name', 'placeName', 'symbol'] as const;
const roleOptions = (Object.keys(vi.office.roles) as Role[]).map((role) => ({
  value: role,
  label: vi.office.roles[role],
}));

interface Props {
  profile: OfficeProfile | null;
  submitLabel: string;
  /** Shown to a non-administrator in Cài đặt: fields disabled, no add/remove/save (office.update is admin). */
  readOnly?: boolean;
  onSaved(profile: OfficeProfile): void;
}

/** The office's identity as printed on documents: used on first run and in Cài đặt. */
export function OfficeProfileForm({ profile, submitLabel, readOnly, onSaved }: Props) {
  const { form, dialog: save } = useFormSave(
    FIELDS,
    (values: Values) =>
      api('office.update', {
        ...values,
        name: values.name.toUpperCase(),
        parentBody: values.parentBody.toUpperCase(),
        signers: values.signers.map((s) => ({ ...s, rank: s.rank ?? '' })),
        ...(profile ? { version: profile.version } : {}),
      }),
    { success: vi.common.saved, onSuccess: onSaved },
  );

  const initialValues: Values = profile
    ? { ...profile, signers: profile.signers }
    : {
        name: '',
        parentBody: '',
        placeName: '',
        symbol: '',
        signers: [{ role: 'commander', title: vi.office.defaultTitles.commander, rank: '', name: '' }],
      };

  return (
    <Form
      name="office-profile"
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={save.onSubmit}
      disabled={readOnly}
      style={{ maxWidth: 820 }}
    >
      {save.banner && <Alert type="error" showIcon title={save.banner} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        {NAME_FIELDS.map((name) => (
          <FieldCol key={name} span={12} name={name} label={vi.office[name]} rules={required}>
            <Input placeholder={vi.office[`${name}Placeholder`]} />
          </FieldCol>
        ))}
      </Row>
      <Form.Item label={vi.office.signers} required>
        <Form.List name="signers">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row gutter={8} key={field.key} align="top">
                  <FieldCol span={5} name={[field.name, 'role']} rules={required}>
                    <Select options={roleOptions} aria-label={`${vi.office.signerRole} ${index + 1}`} />
                  </FieldCol>
                  <FieldCol span={7} name={[field.name, 'title']} rules={required}>
                    <Input placeholder={vi.office.signerTitle} aria-label={`${vi.office.signerTitle} ${index + 1}`} />
                  </FieldCol>
                  <FieldCol span={4} name={[field.name, 'rank']}>
                    <Input placeholder={vi.office.signerRank} aria-label={`${vi.office.signerRank} ${index + 1}`} />
                  </FieldCol>
                  <FieldCol span={7} name={[field.name, 'name']} rules={required}>
                    <Input placeholder={vi.office.signerName} aria-label={`${vi.office.signerName} ${index + 1}`} />
                  </FieldCol>
                  <Col span={1}>
                    {fields.length > 1 && !readOnly && (
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={`${vi.office.removeSigner} ${index + 1}`}
                        onClick={() => remove(field.name)}
                      />
                    )}
                  </Col>
                </Row>
              ))}
              {!readOnly && (
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ role: 'deputy', title: vi.office.defaultTitles.deputy, rank: '', name: '' })}
                >
                  {vi.office.addSigner}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form.Item>
      {!readOnly && (
        <Button type="primary" htmlType="submit" loading={save.saving}>
          {submitLabel}
        </Button>
      )}
    </Form>
  );
}

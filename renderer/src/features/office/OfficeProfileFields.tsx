import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Typography } from 'antd';
import { vi } from '../../messages/vi';
import { FieldCol } from '../../shared/FieldCol';
import { requiredRule, requiredText as required } from '../../shared/form-rules';
import { optionsOf } from '../../shared/options';
import type { OfficeValues } from './office-values';

/** The office's names as printed on documents, two to a row, each with its example. */
const NAME_FIELDS = ['parentBody', 'name', 'placeName', 'symbol'] as const;
const roleOptions = optionsOf(vi.office.roles);
const kindOptions = optionsOf(vi.office.kinds);

/**
 * The fields of one period of the profile (kind, names, People's Committee, signers), inside the
 * caller's Form: the profile form of first run and Cài đặt, and the new-period dialog.
 */
export function OfficeProfileFields({ readOnly }: { readOnly?: boolean }) {
  const kind = Form.useWatch<OfficeValues['kind'] | undefined>('kind');
  return (
    <>
      <Row gutter={16}>
        <FieldCol span={12} name="kind" label={vi.office.kind} rules={requiredRule}>
          <Select options={kindOptions} />
        </FieldCol>
      </Row>
      <Row gutter={16}>
        {NAME_FIELDS.map((name) => (
          <FieldCol key={name} span={12} name={name} label={vi.office[name]} rules={required}>
            <Input placeholder={vi.office[`${name}Placeholder`]} />
          </FieldCol>
        ))}
      </Row>
      {kind === 'ward_commune' && (
        <>
          <Typography.Paragraph type="secondary">{vi.office.peopleCommitteeHint}</Typography.Paragraph>
          <Row gutter={16}>
            <FieldCol span={12} name="committeeName" label={vi.office.peopleCommitteeName}>
              <Input placeholder={vi.office.peopleCommitteeNamePlaceholder} />
            </FieldCol>
            <FieldCol span={12} name="chairName" label={vi.office.chairName}>
              <Input />
            </FieldCol>
          </Row>
        </>
      )}
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
    </>
  );
}

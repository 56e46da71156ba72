import { Col, Form, Input, Row } from 'antd';
import { HEALTH_SPECIALTIES } from '../../../../vocabulary/health-exam';
import { format, vi } from '../../messages/vi';

const t = vi.conscription.health;

/** One citizen's short note per specialty of the exam sheet, shown when his row is opened. */
export function SpecialtyNotesFields({ id, name }: { id: string; name: string }) {
  return (
    <Row gutter={12}>
      {HEALTH_SPECIALTIES.map((specialty) => (
        <Col span={8} key={specialty}>
          <Form.Item name={['specialties', id, specialty]} label={t.specialties[specialty]} style={{ marginBottom: 8 }}>
            <Input
              aria-label={format(t.exam.specialtyFor, { specialty: t.specialties[specialty], name })}
              maxLength={300}
            />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}

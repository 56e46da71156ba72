import { Card, Typography } from 'antd';
import { vi } from '../../messages/vi';
import { OfficeProfileForm } from './OfficeProfileForm';

export function FirstRunScreen({ onSaved }: { onSaved(): void }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 32, background: '#f5f5f5', minHeight: '100vh' }}>
      <Card style={{ maxWidth: 880, width: '100%' }}>
        <Typography.Title level={2}>{vi.office.firstRunTitle}</Typography.Title>
        <Typography.Paragraph>{vi.office.firstRunIntro}</Typography.Paragraph>
        <OfficeProfileForm profile={null} submitLabel={vi.office.saveAndStart} onSaved={onSaved} />
      </Card>
    </div>
  );
}

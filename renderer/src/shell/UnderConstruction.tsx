import { Result } from 'antd';
import { vi } from '../messages/vi';

export function UnderConstruction({ title }: { title: string }) {
  return (
    <Result status="info" title={`${title}: ${vi.app.underConstruction}`} subTitle={vi.app.underConstructionHint} />
  );
}

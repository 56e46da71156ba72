import { UnderConstruction } from '../../shell/UnderConstruction';
import { vi } from '../../messages/vi';

/** Quân nhân dự bị: reservists, reserve units and slots, assignments, summary and documents. */
export function ReservesScreen() {
  return <UnderConstruction title={vi.nav.reserves} />;
}

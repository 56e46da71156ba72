import { UnderConstruction } from '../../shell/UnderConstruction';
import { vi } from '../../messages/vi';

/** Dân quân tự vệ: units, members, summary and documents. */
export function MilitiaScreen() {
  return <UnderConstruction title={vi.nav.militia} />;
}

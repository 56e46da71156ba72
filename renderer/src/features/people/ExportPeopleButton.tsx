import type { ApiInput } from '../../../../electron/core/api/contract';
import { ExportButton } from '../export/ExportButton';

/** "Xuất Excel" on the people list: the list as filtered and sorted on screen (every page). */
export function ExportPeopleButton({ query }: { query: ApiInput<'people.export'> }) {
  return <ExportButton method="people.export" input={query} />;
}

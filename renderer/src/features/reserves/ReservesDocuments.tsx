import { useState } from 'react';
import { vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { DocumentSelect } from '../documents/DocumentSelect';
import { DocumentsTab, oneDocumentSection } from '../documents/DocumentsTab';
import { WardSelect } from '../documents/WardSelect';
import { unitTreeOptions } from './reserve-labels';

/** "Văn bản" of the reserves: the reservist roster and a reserve unit's assignment list, as Word or Excel. */
export function ReservesDocuments() {
  const t = vi.documents.forces;
  const units = useApiQuery('reserves.unit.list', {});
  const [localityId, setLocalityId] = useState<string | undefined>();
  const [unitId, setUnitId] = useState<string | undefined>();

  return (
    <DocumentsTab
      id="reserves-documents"
      sections={[
        oneDocumentSection({
          key: 'roster',
          title: t.reservesRoster,
          hint: t.reservesRosterHint,
          controls: <WardSelect id="reserves-documents-locality" value={localityId} onChange={setLocalityId} />,
          formats: 'both',
          request: { kind: 'reserves.roster', ...(localityId ? { localityId } : {}) },
        }),
        oneDocumentSection({
          key: 'assignment',
          title: t.assignmentList,
          hint: t.assignmentListHint,
          controls: (
            <DocumentSelect
              id="reserves-documents-unit"
              label={t.reserveUnit}
              placeholder={t.chooseReserveUnit}
              loading={units.loading}
              options={unitTreeOptions(units.data ?? [])}
              value={unitId}
              onChange={setUnitId}
              minWidth={280}
            />
          ),
          formats: 'both',
          request: unitId ? { kind: 'reserves.assignmentList', unitId } : undefined,
        }),
      ]}
    />
  );
}

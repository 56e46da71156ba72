import { useState } from 'react';
import { vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { DocumentSelect } from '../documents/DocumentSelect';
import { DocumentsTab, oneDocumentSection } from '../documents/DocumentsTab';
import { unitTreeOptions } from './reserve-labels';

/** "Văn bản" of the reserves: the reservist roster and a reserve unit's assignment list, as Word or Excel. */
export function ReservesDocuments() {
  const t = vi.documents.forces;
  const units = useApiQuery('reserves.unit.list', {});
  const localities = useApiQuery('localities.list', {});
  const [localityId, setLocalityId] = useState<string | undefined>();
  const [unitId, setUnitId] = useState<string | undefined>();
  const wards = (localities.data ?? []).filter((l) => l.parentId === null);

  return (
    <DocumentsTab
      id="reserves-documents"
      sections={[
        oneDocumentSection({
          key: 'roster',
          title: t.reservesRoster,
          hint: t.reservesRosterHint,
          controls: (
            <DocumentSelect
              id="reserves-documents-locality"
              label={t.locality}
              placeholder={t.allLocalities}
              allowClear
              loading={localities.loading}
              options={wards.map((l) => ({ value: l.id, label: l.name }))}
              value={localityId}
              onChange={setLocalityId}
              minWidth={220}
            />
          ),
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

import { Select } from 'antd';
import { useState } from 'react';
import type { ApiOutput } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { DocumentsTab } from '../documents/DocumentsTab';

type ReserveUnit = ApiOutput<'reserves.unit.list'>[number];

const INDENT = '\u00a0\u00a0\u00a0';
const collator = new Intl.Collator('vi', { numeric: true });

/** Reserve units as Select options in tree order, sub-units indented under their unit. */
function unitOptions(units: readonly ReserveUnit[]) {
  const ids = new Set(units.map((u) => u.id));
  const parentOf = (u: ReserveUnit) => (u.parentId !== null && ids.has(u.parentId) ? u.parentId : null);
  const walk = (parentId: string | null, depth: number): { value: string; label: string }[] =>
    units
      .filter((u) => parentOf(u) === parentId)
      .sort((a, b) => collator.compare(a.name, b.name))
      .flatMap((u) => [{ value: u.id, label: `${INDENT.repeat(depth)}${u.name}` }, ...walk(u.id, depth + 1)]);
  return walk(null, 0);
}

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
        {
          key: 'roster',
          title: t.reservesRoster,
          hint: t.reservesRosterHint,
          controls: (
            <Select
              id="reserves-documents-locality"
              aria-label={t.locality}
              placeholder={t.allLocalities}
              allowClear
              showSearch
              optionFilterProp="label"
              loading={localities.loading}
              options={wards.map((l) => ({ value: l.id, label: l.name }))}
              value={localityId}
              onChange={(value?: string) => setLocalityId(value)}
              style={{ minWidth: 220 }}
            />
          ),
          documents: [
            {
              key: 'roster',
              title: t.reservesRoster,
              formats: 'both',
              request: { kind: 'reserves.roster', ...(localityId ? { localityId } : {}) },
            },
          ],
        },
        {
          key: 'assignment',
          title: t.assignmentList,
          hint: t.assignmentListHint,
          controls: (
            <Select
              id="reserves-documents-unit"
              aria-label={t.reserveUnit}
              placeholder={t.chooseReserveUnit}
              showSearch
              optionFilterProp="label"
              loading={units.loading}
              options={unitOptions(units.data ?? [])}
              value={unitId}
              onChange={(value: string) => setUnitId(value)}
              style={{ minWidth: 280 }}
            />
          ),
          documents: [
            {
              key: 'assignment',
              title: t.assignmentList,
              formats: 'both',
              request: unitId ? { kind: 'reserves.assignmentList', unitId } : undefined,
            },
          ],
        },
      ]}
    />
  );
}

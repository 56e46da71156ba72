import { InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ApiOutput } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { DocumentsTab } from '../documents/DocumentsTab';

type UnitGroup = ApiOutput<'militia.unit.list'>[number];
type UnitNode = UnitGroup['units'][number];

const INDENT = '\u00a0\u00a0\u00a0';

/** The unit tree as Select options, one group per ward/commune or agency, sub-units indented. */
function unitOptions(groups: readonly UnitGroup[]) {
  const flatten = (nodes: readonly UnitNode[], depth: number): { value: string; label: string }[] =>
    nodes.flatMap((node) => [
      { value: node.id, label: `${INDENT.repeat(depth)}${node.name}` },
      ...flatten(node.children, depth + 1),
    ]);
  return groups.map((group) => ({ label: group.name, title: group.name, options: flatten(group.units, 0) }));
}

/** "Văn bản" of the militia: the roster, the term-ending list and the strength summary, as Word or Excel. */
export function MilitiaDocuments() {
  const t = vi.documents.forces;
  const units = useApiQuery('militia.unit.list', {});
  const localities = useApiQuery('localities.list', {});
  const [unitId, setUnitId] = useState<string | undefined>();
  const [localityId, setLocalityId] = useState<string | undefined>();
  const [year, setYear] = useState<number>(dayjs().year());
  // A unit, when chosen, decides the scope; the locality is then not used.
  const scope = unitId ? { unitId } : localityId ? { localityId } : {};
  const wards = (localities.data ?? []).filter((l) => l.parentId === null);

  return (
    <DocumentsTab
      id="militia-documents"
      sections={[
        {
          key: 'roster',
          title: t.militiaRoster,
          hint: t.militiaRosterHint,
          controls: (
            <>
              <Select
                id="militia-documents-unit"
                aria-label={t.unit}
                placeholder={t.allUnits}
                allowClear
                showSearch
                optionFilterProp="label"
                loading={units.loading}
                options={unitOptions(units.data ?? [])}
                value={unitId}
                onChange={(value?: string) => setUnitId(value)}
                style={{ minWidth: 280 }}
              />
              <Select
                id="militia-documents-locality"
                aria-label={t.locality}
                placeholder={t.allLocalities}
                allowClear
                showSearch
                optionFilterProp="label"
                disabled={unitId !== undefined}
                loading={localities.loading}
                options={wards.map((l) => ({ value: l.id, label: l.name }))}
                value={localityId}
                onChange={(value?: string) => setLocalityId(value)}
                style={{ minWidth: 220 }}
              />
            </>
          ),
          documents: [
            { key: 'roster', title: t.militiaRoster, formats: 'both', request: { kind: 'militia.roster', ...scope } },
          ],
        },
        {
          key: 'termEnding',
          title: t.termEnding,
          hint: t.termEndingHint,
          controls: (
            <>
              <label htmlFor="militia-documents-year">{t.termYear}</label>
              <InputNumber
                id="militia-documents-year"
                min={2000}
                max={2200}
                value={year}
                onChange={(value) => value !== null && setYear(value)}
              />
            </>
          ),
          documents: [
            {
              key: 'termEnding',
              title: t.termEnding,
              formats: 'both',
              request: { kind: 'militia.termEnding', year, ...scope },
            },
          ],
        },
        {
          key: 'summary',
          title: t.strengthSummary,
          hint: t.strengthSummaryHint,
          documents: [
            {
              key: 'summary',
              title: t.strengthSummary,
              formats: 'both',
              request: { kind: 'forces.strengthSummary' },
            },
          ],
        },
      ]}
    />
  );
}

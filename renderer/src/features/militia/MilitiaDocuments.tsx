import { InputNumber } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { DocumentSelect } from '../documents/DocumentSelect';
import { DocumentsTab, oneDocumentSection } from '../documents/DocumentsTab';
import { WardSelect } from '../documents/WardSelect';
import { unitTreeOptions } from './militia-labels';

/** "Văn bản" of the militia: the roster, the term-ending list and the strength summary, as Word or Excel. */
export function MilitiaDocuments() {
  const t = vi.documents.forces;
  const units = useApiQuery('militia.unit.list', {});
  const [unitId, setUnitId] = useState<string | undefined>();
  const [localityId, setLocalityId] = useState<string | undefined>();
  const [year, setYear] = useState<number>(dayjs().year());
  // A unit, when chosen, decides the scope; the locality is then not used.
  const scope = unitId ? { unitId } : localityId ? { localityId } : {};

  return (
    <DocumentsTab
      id="militia-documents"
      sections={[
        oneDocumentSection({
          key: 'roster',
          title: t.militiaRoster,
          hint: t.militiaRosterHint,
          controls: (
            <>
              <DocumentSelect
                id="militia-documents-unit"
                label={t.unit}
                placeholder={t.allUnits}
                allowClear
                loading={units.loading}
                options={unitTreeOptions(units.data ?? [])}
                value={unitId}
                onChange={setUnitId}
                minWidth={280}
              />
              <WardSelect
                id="militia-documents-locality"
                disabled={unitId !== undefined}
                value={localityId}
                onChange={setLocalityId}
              />
            </>
          ),
          formats: 'both',
          request: { kind: 'militia.roster', ...scope },
        }),
        oneDocumentSection({
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
          formats: 'both',
          request: { kind: 'militia.termEnding', year, ...scope },
        }),
        oneDocumentSection({
          key: 'summary',
          title: t.strengthSummary,
          hint: t.strengthSummaryHint,
          formats: 'both',
          request: { kind: 'forces.strengthSummary' },
        }),
      ]}
    />
  );
}

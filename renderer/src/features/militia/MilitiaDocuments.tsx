import { Card, Flex, InputNumber, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ApiOutput } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { DownloadButtons } from '../documents/DownloadButtons';
import { useGenerateDocument } from '../documents/use-generate-document';

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
  const { busy, generate } = useGenerateDocument();
  // A unit, when chosen, decides the scope; the locality is then not used.
  const scope = unitId ? { unitId } : localityId ? { localityId } : {};
  const busyFor = (key: string) =>
    busy?.startsWith(`${key}:`) ? (busy.slice(key.length + 1) as 'docx' | 'xlsx') : null;
  const othersBusy = (key: string) => busy !== null && busyFor(key) === null;
  const wards = (localities.data ?? []).filter((l) => l.parentId === null);

  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t.militiaRoster}>
        <Typography.Paragraph type="secondary">{t.militiaRosterHint}</Typography.Paragraph>
        <Flex wrap gap={12} align="center">
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
          <DownloadButtons
            title={t.militiaRoster}
            busy={busyFor('roster')}
            disabled={othersBusy('roster')}
            onDownload={(format) => void generate(`roster:${format}`, { kind: 'militia.roster', format, ...scope })}
          />
        </Flex>
      </Card>
      <Card size="small" title={t.termEnding}>
        <Typography.Paragraph type="secondary">{t.termEndingHint}</Typography.Paragraph>
        <Flex wrap gap={12} align="center">
          <label htmlFor="militia-documents-year">{t.termYear}</label>
          <InputNumber
            id="militia-documents-year"
            min={2000}
            max={2200}
            value={year}
            onChange={(value) => value !== null && setYear(value)}
          />
          <DownloadButtons
            title={t.termEnding}
            busy={busyFor('termEnding')}
            disabled={othersBusy('termEnding')}
            onDownload={(format) =>
              void generate(`termEnding:${format}`, { kind: 'militia.termEnding', format, year, ...scope })
            }
          />
        </Flex>
      </Card>
      <Card size="small" title={t.strengthSummary}>
        <Typography.Paragraph type="secondary">{t.strengthSummaryHint}</Typography.Paragraph>
        <DownloadButtons
          title={t.strengthSummary}
          busy={busyFor('summary')}
          disabled={othersBusy('summary')}
          onDownload={(format) => void generate(`summary:${format}`, { kind: 'forces.strengthSummary', format })}
        />
      </Card>
    </Flex>
  );
}

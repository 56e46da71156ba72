import { Card, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import type { ApiOutput } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { DownloadButtons } from '../documents/DownloadButtons';
import { useGenerateDocument } from '../documents/use-generate-document';

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
  const { busy, generate } = useGenerateDocument();
  const busyFor = (key: string) =>
    busy?.startsWith(`${key}:`) ? (busy.slice(key.length + 1) as 'docx' | 'xlsx') : null;
  const othersBusy = (key: string) => busy !== null && busyFor(key) === null;
  const wards = (localities.data ?? []).filter((l) => l.parentId === null);

  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t.reservesRoster}>
        <Typography.Paragraph type="secondary">{t.reservesRosterHint}</Typography.Paragraph>
        <Flex wrap gap={12} align="center">
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
          <DownloadButtons
            title={t.reservesRoster}
            busy={busyFor('roster')}
            disabled={othersBusy('roster')}
            onDownload={(format) =>
              void generate(`roster:${format}`, {
                kind: 'reserves.roster',
                format,
                ...(localityId ? { localityId } : {}),
              })
            }
          />
        </Flex>
      </Card>
      <Card size="small" title={t.assignmentList}>
        <Typography.Paragraph type="secondary">{t.assignmentListHint}</Typography.Paragraph>
        <Flex wrap gap={12} align="center">
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
          <DownloadButtons
            title={t.assignmentList}
            busy={busyFor('assignment')}
            disabled={unitId === undefined || othersBusy('assignment')}
            onDownload={(format) => {
              if (unitId) void generate(`assignment:${format}`, { kind: 'reserves.assignmentList', format, unitId });
            }}
          />
        </Flex>
      </Card>
    </Flex>
  );
}

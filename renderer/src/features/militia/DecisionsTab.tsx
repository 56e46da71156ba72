import { Button, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { MilitiaDecision, MilitiaDecisionKind } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { DateFilter } from '../../shared/DateFilter';
import { FilterBar } from '../../shared/FilterBar';
import { FilterSelect } from '../../shared/FilterSelect';
import { PagedTable } from '../../shared/PagedTable';
import { useApiQuery } from '../../shared/use-api-query';
import { useListFilters } from '../../shared/use-list-filters';
import { EditorButton } from '../auth/EditorButton';
import { useCan } from '../auth/session-context';
import { DecisionDialog } from './DecisionDialog';
import { decisionKindOptions, pointCitation } from './decision-labels';

const t = vi.militia.decisions;

interface Filters {
  search: string;
  kind?: MilitiaDecisionKind;
  inForceOn?: string;
}

/** Dân quân tự vệ → Tạm hoãn, miễn: the Art. 11 decisions, by kind and by the day they hold. */
export function DecisionsTab() {
  const { filters, paging, setPaging, field } = useListFilters<Filters>('militia.decisions', { search: '' });
  const list = useApiQuery('militia.decision.list', { ...filters, ...paging });
  const [editing, setEditing] = useState<MilitiaDecision | 'new' | null>(null);
  const can = useCan();

  const columns = [
    {
      key: 'person',
      title: t.columns.person,
      render: (_: unknown, r: MilitiaDecision) =>
        can.edit ? (
          <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => setEditing(r)}>
            {r.fullName}
          </Button>
        ) : (
          r.fullName
        ),
    },
    {
      key: 'birthDate',
      title: t.columns.birthDate,
      render: (_: unknown, r: MilitiaDecision) => displayDate(r.birthDate),
    },
    {
      key: 'kind',
      title: t.columns.kind,
      render: (_: unknown, r: MilitiaDecision) => (
        <Tag color={r.kind === 'exemption' ? 'purple' : 'gold'}>{t.kinds[r.kind]}</Tag>
      ),
    },
    {
      key: 'point',
      title: t.columns.point,
      render: (_: unknown, r: MilitiaDecision) => (
        <span title={t.points[r.point]}>
          {pointCitation(r.point)}: {t.points[r.point]}
        </span>
      ),
    },
    {
      key: 'decidedOn',
      title: t.columns.decidedOn,
      render: (_: unknown, r: MilitiaDecision) => displayDate(r.decidedOn),
    },
    { key: 'decidedBy', title: t.columns.decidedBy, dataIndex: 'decidedBy' },
    {
      key: 'validUntil',
      title: t.columns.validUntil,
      render: (_: unknown, r: MilitiaDecision) => (r.validUntil ? displayDate(r.validUntil) : t.noEnd),
    },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      <FilterBar searchLabel={t.filters.search} searchWidth={240} search={field('search')}>
        <FilterSelect label={t.filters.kind} width={170} options={decisionKindOptions} {...field('kind')} />
        <DateFilter label={t.filters.inForceOn} {...field('inForceOn')} />
        <Flex style={{ marginLeft: 'auto' }}>
          <EditorButton onClick={() => setEditing('new')}>{t.add}</EditorButton>
        </Flex>
      </FilterBar>
      <PagedTable<MilitiaDecision>
        unit={vi.layout.units.decisions}
        list={list}
        paging={paging}
        onPaging={setPaging}
        empty={t.empty}
        columns={columns}
      />
      {editing && (
        <DecisionDialog
          decision={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) list.reload();
          }}
        />
      )}
    </>
  );
}

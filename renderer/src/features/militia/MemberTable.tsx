import { Button, Flex, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import type { MilitiaMember, MilitiaMemberPage, MilitiaUnitGroup } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { ageColumn } from '../../shared/age';
import { displayDate } from '../../shared/dates';
import { totalText, useListTableLayout } from '../../shared/PagedTable';
import { savedRowClassName, useSavedRowInView } from '../../shared/use-saved-row';
import { useCan } from '../auth/session-context';
import { EditMemberDialog } from './EditMemberDialog';
import { EndMemberDialog } from './EndMemberDialog';
import { ExtendMemberDialog } from './ExtendMemberDialog';
import { warningHint } from './warning-hint';

const t = vi.militia;

interface Props {
  page: MilitiaMemberPage | undefined;
  loading: boolean;
  groups: readonly MilitiaUnitGroup[];
  /** The list tab shows each member's unit; a unit's own table does not need to. */
  showUnit: boolean;
  onPage(page: number, pageSize: number): void;
  /** A member was edited, extended or ended: which one (to be shown in place). */
  onChanged(memberId: string): void;
  /** The row of a membership just saved (see use-saved-row.ts). */
  highlightId?: string | null;
}

function Warnings({ member }: { member: MilitiaMember }) {
  return (
    <Flex gap={4} wrap>
      {member.warnings.map((w) => (
        <Tooltip key={w.code} title={warningHint(member, w)}>
          <Tag color="warning" style={{ marginInlineEnd: 0 }}>
            {t.warningTags[w.code] ?? t.warningOther}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}

function Flags({ member }: { member: MilitiaMember }) {
  return (
    <Flex gap={4} wrap>
      {member.partyMember && <Tag color="red">{t.tags.party}</Tag>}
      {member.youthUnion && <Tag color="blue">{t.tags.youth}</Tag>}
      {member.volunteer && <Tag>{t.tags.volunteer}</Tag>}
    </Flex>
  );
}

/** Members with their warnings as tags, and the actions: edit, extend, end. */
export function MemberTable({ page, loading, groups, showUnit, onPage, onChanged, highlightId }: Props) {
  const [editing, setEditing] = useState<MilitiaMember | null>(null);
  const [extending, setExtending] = useState<MilitiaMember | null>(null);
  const [ending, setEnding] = useState<MilitiaMember | null>(null);
  const can = useCan();
  const done = (saved: boolean) => {
    const member = editing ?? extending ?? ending;
    setEditing(null);
    setExtending(null);
    setEnding(null);
    if (saved && member) onChanged(member.id);
  };
  const c = t.columns;
  const [measureFrom, scroll] = useListTableLayout();
  const wrap = useSavedRowInView(measureFrom, highlightId, page?.rows);

  return (
    <div ref={wrap} className="qsdp-list">
      <Table<MilitiaMember>
        rowKey="id"
        rowClassName={savedRowClassName(highlightId)}
        size="small"
        scroll={scroll}
        loading={loading}
        dataSource={page?.rows ?? []}
        locale={{ emptyText: t.member.empty }}
        pagination={{
          current: page?.page ?? 1,
          pageSize: page?.pageSize ?? 20,
          total: page?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => totalText(total, vi.layout.units.people),
          onChange: onPage,
        }}
        columns={[
          { title: c.fullName, dataIndex: 'fullName', fixed: 'left' },
          {
            title: c.birthDate,
            key: 'birthDate',
            render: (_, m) => displayDate(m.birthDate),
          },
          ageColumn<MilitiaMember>((m) => m.age),
          { title: c.sex, key: 'sex', render: (_, m) => vi.people.sexes[m.sex] },
          ...(showUnit
            ? [
                {
                  title: c.unit,
                  key: 'unit',
                  render: (_: unknown, m: MilitiaMember) => `${m.unitName} – ${m.placeName}`,
                },
              ]
            : []),
          { title: c.position, key: 'position', render: (_, m) => t.positions[m.position] },
          { title: c.startedOn, key: 'startedOn', render: (_, m) => displayDate(m.startedOn) },
          {
            title: c.termEndsOn,
            key: 'termEndsOn',
            render: (_, m) => (
              <Flex gap={4}>
                {displayDate(m.termEndsOn)}
                {m.extendedUntil && <Tag>{format(t.tags.extended, { date: displayDate(m.extendedUntil) })}</Tag>}
                {m.endedOn && <Tag>{format(t.tags.ended, { date: displayDate(m.endedOn) })}</Tag>}
              </Flex>
            ),
          },
          { title: c.flags, key: 'flags', render: (_, m) => <Flags member={m} /> },
          { title: c.warnings, key: 'warnings', render: (_, m) => <Warnings member={m} /> },
          {
            title: vi.common.actions,
            key: 'actions',
            hidden: !can.edit,
            render: (_, m) =>
              m.endedOn ? null : (
                <Flex gap={4}>
                  <Button size="small" aria-label={`${vi.common.edit} ${m.fullName}`} onClick={() => setEditing(m)}>
                    {vi.common.edit}
                  </Button>
                  <Button size="small" aria-label={`${t.member.extend} ${m.fullName}`} onClick={() => setExtending(m)}>
                    {t.member.extend}
                  </Button>
                  <Button size="small" aria-label={`${t.member.end} ${m.fullName}`} onClick={() => setEnding(m)}>
                    {t.member.end}
                  </Button>
                </Flex>
              ),
          },
        ]}
      />
      {editing && <EditMemberDialog member={editing} groups={groups} onClose={done} />}
      {extending && <ExtendMemberDialog member={extending} onClose={done} />}
      {ending && <EndMemberDialog member={ending} onClose={done} />}
    </div>
  );
}

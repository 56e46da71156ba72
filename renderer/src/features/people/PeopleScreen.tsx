import { App, Button, Flex, Tag, Tooltip, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import type { Person } from '../../../../electron/core/api/contract';
import { idKindOf } from '../../../../vocabulary/people';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { displayDate } from '../../shared/dates';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { useListFilters } from '../../shared/use-list-filters';
import { useSavedRow, useTurnToSavedRow } from '../../shared/use-saved-row';
import { useRemembered } from '../../shared/remembered';
import { PagedTable } from '../../shared/PagedTable';
import { ImportButton } from '../import/ImportButton';
import { EditorButton } from '../auth/EditorButton';
import { useCan } from '../auth/session-context';
import { ExportPeopleButton } from './ExportPeopleButton';
import { PeopleFilters, type PeopleFilterValues } from './PeopleFilters';
import { PersonForm } from './PersonForm';
import { ServiceHistoryDrawer } from './ServiceHistoryDrawer';

type SortField = 'name' | 'birthDate' | 'citizenId' | 'locality';
const SORTABLE: readonly SortField[] = ['name', 'birthDate', 'citizenId', 'locality'];

/** The people register: searched, filtered, sorted and paged by the core, never loaded whole. */
export function PeopleScreen() {
  const {
    filters,
    paging,
    setPaging,
    change: changeFilters,
  } = useListFilters<PeopleFilterValues>('people', { search: '', archived: false });
  const [sort, setSort] = useRemembered<{ sort: SortField; order: 'asc' | 'desc' }>('people.sort', {
    sort: 'name',
    order: 'asc',
  });
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [historyOf, setHistoryOf] = useState<Person | null>(null);
  const saved = useSavedRow();
  const localities = useApiQuery('localities.list', { includeRetired: true });
  const people = useApiQuery('people.list', { ...filters, ...paging, ...sort, ...saved.focus });
  useTurnToSavedRow(saved, people, paging, setPaging);
  const { message } = App.useApp();
  const can = useCan();

  const { run: setArchived } = useApiAction(
    (person: Person, archived: boolean) =>
      api(archived ? 'people.archive' : 'people.restore', { id: person.id, version: person.version }),
    {
      success: (_person, [, archived]) => (archived ? vi.people.archived : vi.people.restored),
      onSettled: people.reload,
    },
  );

  const sortOrderOf = (field: SortField) =>
    sort.sort === field ? (sort.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null;

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {vi.people.title}
        </Typography.Title>
        <Flex gap={8}>
          {can.edit && <ImportButton target="people" onImported={people.reload} />}
          <ExportPeopleButton query={{ ...filters, ...sort }} />
          <EditorButton onClick={() => setEditing('new')}>{vi.people.add}</EditorButton>
        </Flex>
      </Flex>
      <PeopleFilters value={filters} localities={localities.data ?? []} onChange={changeFilters} />
      <PagedTable<Person>
        list={people}
        paging={paging}
        onPaging={setPaging}
        empty={vi.people.empty}
        highlightId={saved.highlightId}
        unit={vi.layout.units.people}
        pagination={{ pageSizeOptions: [20, 50, 100] }}
        onChange={(_pagination, _filters, sorter) => {
          const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<Person> | undefined;
          const field = s?.columnKey as SortField | undefined;
          setSort(
            field && SORTABLE.includes(field) && s?.order
              ? { sort: field, order: s.order === 'descend' ? 'desc' : 'asc' }
              : { sort: 'name', order: 'asc' },
          );
        }}
        columns={[
          {
            title: vi.people.fullName,
            key: 'name',
            sorter: true,
            sortOrder: sortOrderOf('name'),
            render: (_, p) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setEditing(p)}>
                {p.fullName}
              </Button>
            ),
          },
          {
            title: vi.people.birthDate,
            key: 'birthDate',
            sorter: true,
            sortOrder: sortOrderOf('birthDate'),
            render: (_, p) => displayDate(p.birthDate),
          },
          { title: vi.people.sex, key: 'sex', render: (_, p) => vi.people.sexes[p.sex] },
          {
            title: vi.people.citizenId,
            key: 'citizenId',
            sorter: true,
            sortOrder: sortOrderOf('citizenId'),
            render: (_, p) =>
              p.citizenId === null ? (
                vi.common.none
              ) : (
                <>
                  {p.citizenId}
                  {idKindOf(p.citizenId) === 'legacy_cmnd' && (
                    <Tooltip title={format(vi.help.hints.people.legacyId, { number: p.citizenId })}>
                      <Tag style={{ marginLeft: 6 }}>{vi.people.legacyIdTag}</Tag>
                    </Tooltip>
                  )}
                </>
              ),
          },
          {
            title: vi.people.locality,
            key: 'locality',
            sorter: true,
            sortOrder: sortOrderOf('locality'),
            render: (_, p) =>
              p.localityName ? [p.localityName, p.localityParentName].filter(Boolean).join(', ') : vi.common.none,
          },
          { title: vi.people.phone, key: 'phone', render: (_, p) => p.phone ?? vi.common.none },
          {
            title: vi.common.actions,
            key: 'actions',
            render: (_, p) => (
              <Flex gap={8}>
                {can.edit && (
                  <Button size="small" onClick={() => setEditing(p)}>
                    {vi.common.edit}
                  </Button>
                )}
                <Button size="small" onClick={() => setHistoryOf(p)}>
                  {vi.staff.history.open}
                </Button>
                {!can.edit ? null : p.archivedAt ? (
                  <Button size="small" onClick={() => setArchived(p, false)}>
                    {vi.people.restore}
                  </Button>
                ) : (
                  <ConfirmButton confirm={vi.people.archiveConfirm} onConfirm={() => setArchived(p, true)} size="small">
                    {vi.people.archive}
                  </ConfirmButton>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {historyOf && <ServiceHistoryDrawer personId={historyOf.id} onClose={() => setHistoryOf(null)} />}
      {editing && (
        <PersonForm
          person={editing === 'new' ? null : editing}
          readOnly={!can.edit}
          localities={(localities.data ?? []).filter(
            (l) => !l.retiredOn || l.id === (editing !== 'new' ? editing.localityId : null),
          )}
          onClose={(person) => {
            setEditing(null);
            if (person) {
              message.success(vi.common.saved);
              // The list turns to the page holding the saved person and highlights the row.
              saved.show(person.id);
              people.reload();
            }
          }}
        />
      )}
    </>
  );
}

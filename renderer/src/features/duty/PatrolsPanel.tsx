import type { Patrol } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { MonthLogPanel } from './MonthLogPanel';
import { PatrolDialog } from './PatrolDialog';

interface Props {
  year: number;
  month: number;
  defaultDay: string;
}

const t = vi.duty;

const hours = (p: Patrol) => [p.startsAt, p.endsAt].filter(Boolean).join('–');
const forces = (p: Patrol) =>
  [
    p.militiaCount ? `${t.militiaCount} ${p.militiaCount}` : '',
    p.policeCount ? `${t.policeCount} ${p.policeCount}` : '',
    p.otherCount ? `${t.otherCount} ${p.otherCount}` : '',
  ]
    .filter(Boolean)
    .join(', ');

/** The month's patrols with their forces and results. */
export function PatrolsPanel({ year, month, defaultDay }: Props) {
  const list = useApiQuery('duty.patrol.list', { year, month });
  const localities = useApiQuery('localities.list', {});
  return (
    <MonthLogPanel<Patrol>
      labels={{
        title: t.patrols,
        add: t.addPatrol,
        empty: t.noPatrols,
        edit: t.editPatrol,
        delete: t.deletePatrol,
        confirmDelete: t.confirmDeletePatrol,
      }}
      list={list}
      remove={(patrol) => api('duty.patrol.delete', { id: patrol.id, version: patrol.version })}
      columns={[
        { title: t.date, key: 'date', width: 100, render: (_, p) => displayDate(p.onDate) },
        { title: t.time, key: 'hours', width: 110, render: (_, p) => hours(p) },
        {
          title: t.area,
          key: 'area',
          render: (_, p) => [p.area, p.localityName].filter(Boolean).join(' – '),
        },
        { title: t.leader, dataIndex: 'leader', width: 160 },
        {
          title: t.forces,
          key: 'forces',
          render: (_, p) => (
            <>
              {format(t.personnel, { count: p.militiaCount + p.policeCount + p.otherCount })}
              <div>{forces(p)}</div>
              {p.forcesNote && <div>{p.forcesNote}</div>}
            </>
          ),
        },
        { title: t.result, dataIndex: 'result' },
      ]}
      dialog={(patrol, close) => (
        <PatrolDialog patrol={patrol} day={defaultDay} localities={localities.data ?? []} onClose={close} />
      )}
    />
  );
}

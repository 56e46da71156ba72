import type { DutyIncident } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { dayOf, timeOf } from './duty-time';
import { IncidentDialog } from './IncidentDialog';
import { MonthLogPanel } from './MonthLogPanel';

interface Props {
  year: number;
  month: number;
  /** Where a new incident's date starts. */
  defaultDay: string;
}

const t = vi.duty;

/** The month's incidents logged during duty. */
export function IncidentsPanel({ year, month, defaultDay }: Props) {
  const list = useApiQuery('duty.incident.list', { year, month });
  return (
    <MonthLogPanel<DutyIncident>
      labels={{
        title: t.incidents,
        add: t.addIncident,
        empty: t.noIncidents,
        edit: t.editIncident,
        delete: t.deleteIncident,
        confirmDelete: t.confirmDeleteIncident,
      }}
      list={list}
      remove={(incident) => api('duty.incident.delete', { id: incident.id, version: incident.version })}
      columns={[
        {
          title: t.time,
          key: 'at',
          width: 140,
          render: (_, r) => `${timeOf(r.occurredAt)} ${displayDate(dayOf(r.occurredAt))}`,
        },
        { title: t.description, dataIndex: 'description' },
        { title: t.actionTaken, dataIndex: 'actionTaken' },
        { title: t.reportedBy, dataIndex: 'reportedBy', width: 140 },
      ]}
      dialog={(incident, close) => <IncidentDialog incident={incident} day={defaultDay} onClose={close} />}
    />
  );
}

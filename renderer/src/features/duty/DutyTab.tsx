import { CopyOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { format, vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { useCan } from '../auth/session-context';
import { CopyShiftsDialog } from './CopyShiftsDialog';
import { DayShiftsDialog } from './DayShiftsDialog';
import { IncidentsPanel } from './IncidentsPanel';
import { PatrolsPanel } from './PatrolsPanel';
import { printRoster } from './print-roster';
import { ROSTER_CSS } from './roster-styles';
import { RosterCalendar } from './RosterCalendar';

const t = vi.duty;

/** Diễn tập – Huấn luyện → Trực SSCĐ – Tuần tra: the month's roster (printable), incidents and patrols. */
export function DutyTab() {
  const [monthStart, setMonthStart] = useState(() => dayjs().startOf('month'));
  const [openDay, setOpenDay] = useState<string | null>(null);
  const rosterRef = useRef<HTMLDivElement>(null);
  const [copying, setCopying] = useState(false);
  const { message } = App.useApp();
  const can = useCan();
  const year = monthStart.year();
  const month = monthStart.month() + 1;
  const roster = useApiQuery('duty.shift.list', { year, month });
  const candidates = useApiQuery('duty.candidates', {});
  const today = dayjs();
  // New incidents and patrols default to today when it is in the month shown, else the month's first day.
  const defaultDay = (today.isSame(monthStart, 'month') ? today : monthStart).format('YYYY-MM-DD');
  const warnings = roster.data?.warnings ?? [];
  const title = format(t.rosterTitle, { month: String(month).padStart(2, '0'), year });

  return (
    <Flex vertical gap={16}>
      <style>{ROSTER_CSS}</style>
      <Flex gap={12} align="center" wrap>
        <label htmlFor="duty-month">{t.month}</label>
        <DatePicker
          id="duty-month"
          picker="month"
          format="MM/YYYY"
          allowClear={false}
          value={monthStart}
          onChange={(value) => value && setMonthStart(value.startOf('month'))}
        />
        <Button icon={<PrinterOutlined />} onClick={() => rosterRef.current && printRoster(title, rosterRef.current)}>
          {t.print}
        </Button>
        {can.edit && (
          <Button icon={<CopyOutlined />} onClick={() => setCopying(true)}>
            {t.copy}
          </Button>
        )}
        {can.edit && <Typography.Text type="secondary">{t.rosterHint}</Typography.Text>}
      </Flex>
      <Card size="small" title={title}>
        {warnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            title={warnings.map((w) => (
              <div key={w.day}>{w.message}</div>
            ))}
          />
        )}
        <div ref={rosterRef}>
          <RosterCalendar
            year={year}
            month={month}
            shifts={roster.data?.shifts ?? []}
            warningDays={new Set(warnings.map((w) => w.day))}
            onOpenDay={setOpenDay}
          />
          <div className="duty-roster-legend">
            {(Object.keys(t.roles) as (keyof typeof t.roles)[])
              .map((role) => `${t.roleShort[role]}: ${t.roles[role]}`)
              .join('; ')}
          </div>
        </div>
      </Card>
      <IncidentsPanel year={year} month={month} defaultDay={defaultDay} />
      <PatrolsPanel year={year} month={month} defaultDay={defaultDay} />
      {copying && (
        <CopyShiftsDialog
          onClose={(result) => {
            setCopying(false);
            if (result) {
              message.success(format(t.copied, { created: result.created, skipped: result.skipped }));
              roster.reload();
            }
          }}
        />
      )}
      {openDay && (
        <DayShiftsDialog
          day={openDay}
          candidates={candidates.data ?? []}
          onClose={(changed) => {
            setOpenDay(null);
            if (changed) roster.reload();
          }}
        />
      )}
    </Flex>
  );
}

import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { reservistSpecialty } from './reserve-labels';

const SEARCH_DELAY_MS = 300;
const t = vi.reserves.form;

interface PickerProps {
  id?: string;
  value?: string;
  onChange?(value: string | undefined): void;
}

/** Debounced text for a remote search box. */
function useDebounced(typed: string): string {
  const [search, setSearch] = useState(typed);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  return search;
}

/** Picks a person of the register, searched in the core by name or citizen ID. */
export function PersonPicker({ id, value, onChange }: PickerProps) {
  const [typed, setTyped] = useState('');
  const search = useDebounced(typed);
  const people = useApiQuery('people.list', { search, pageSize: 20 });
  return (
    <Select
      id={id}
      showSearch
      allowClear
      filterOption={false}
      placeholder={t.personPlaceholder}
      loading={people.loading}
      value={value}
      onSearch={setTyped}
      onChange={onChange}
      options={(people.data?.rows ?? []).map((p) => ({
        value: p.id,
        label: `${p.fullName} – ${displayDate(p.birthDate)}${p.localityName ? ` – ${p.localityName}` : ''}`,
      }))}
    />
  );
}

/** Picks a handed-over conscript who is not yet a reservist. */
export function ConscriptPicker({ id, value, onChange }: PickerProps) {
  const [typed, setTyped] = useState('');
  const search = useDebounced(typed);
  const list = useApiQuery('reserves.reservist.conscriptCandidates', { search, pageSize: 20 });
  return (
    <Select
      id={id}
      showSearch
      allowClear
      filterOption={false}
      placeholder={t.conscriptPlaceholder}
      notFoundContent={t.noConscripts}
      loading={list.loading}
      value={value}
      onSearch={setTyped}
      onChange={onChange}
      options={(list.data?.rows ?? []).map((c) => ({
        value: c.recordId,
        label: format(t.conscriptLabel, {
          name: c.fullName,
          birthDate: displayDate(c.birthDate),
          year: c.campaignYear,
          unit: c.receivingUnit || vi.common.none,
        }),
      }))}
    />
  );
}

/** Reservists on the list and not placed anywhere, searched in the core. */
export function UnassignedPicker({ id, value, onChange }: PickerProps) {
  const [typed, setTyped] = useState('');
  const search = useDebounced(typed);
  const list = useApiQuery('reserves.reservist.list', { search, assigned: false, pageSize: 20 });
  return (
    <Select
      id={id}
      showSearch
      allowClear
      filterOption={false}
      placeholder={vi.reserves.assign.reservistPlaceholder}
      loading={list.loading}
      value={value}
      onSearch={setTyped}
      onChange={onChange}
      options={(list.data?.rows ?? []).map((r) => ({
        value: r.id,
        label: format(vi.reserves.assign.reservistOption, {
          name: r.fullName,
          age: r.age,
          specialty: reservistSpecialty(r),
        }),
      }))}
    />
  );
}

import { useState } from 'react';
import type { Person } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { SearchSelect } from '../../shared/SearchSelect';
import { useDebounced } from '../../shared/use-debounced';

interface Props {
  id?: string;
  value?: string | null;
  /** The person picked (or registered) last, kept as an option while the search moves on. */
  picked: Person | null;
  onChange?(value: string | null): void;
  onPick(person: Person | null): void;
}

const label = (p: Person) =>
  [format(vi.staff.personOption, { name: p.fullName, birthDate: displayDate(p.birthDate) }), p.localityName]
    .filter(Boolean)
    .join(' – ');

/** Finds a person in the register by name (with or without diacritics) or citizen ID; the core searches. */
export function PersonPicker({ id, value, picked, onChange, onPick }: Props) {
  const [typed, setTyped] = useState('');
  const search = useDebounced(typed);
  const people = useApiQuery('people.list', { search, pageSize: 10 });

  const rows = people.data?.rows ?? [];
  const options = [...(picked && !rows.some((p) => p.id === picked.id) ? [picked] : []), ...rows];
  return (
    <SearchSelect<string>
      id={id}
      value={value ?? undefined}
      allowClear
      loading={people.loading || search !== typed}
      placeholder={vi.staff.personPlaceholder}
      onRemoteSearch={setTyped}
      emptyText={vi.people.empty}
      options={options.map((p) => ({ value: p.id, label: label(p) }))}
      onChange={(next?: string) => {
        onChange?.(next ?? null);
        onPick(options.find((p) => p.id === next) ?? null);
      }}
    />
  );
}

import { useState } from 'react';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { SearchSelect } from '../../shared/SearchSelect';
import { useDebounced } from '../../shared/use-debounced';

export interface PickedPerson {
  value: string;
  label: string;
}

interface Props {
  id?: string;
  value?: string | null;
  /** The person the line held when the dialog opened, kept as an option while the search moves on. */
  initial: PickedPerson | null;
  onChange?(value: string | null): void;
}

/** A person of the register, found by name (with or without diacritics) or ID number; the core searches. */
export function LinePersonPicker({ id, value, initial, onChange }: Props) {
  const [typed, setTyped] = useState('');
  const search = useDebounced(typed);
  const people = useApiQuery('people.list', { search, pageSize: 10 });
  const found = (people.data?.rows ?? []).map((p) => ({
    value: p.id,
    label: format(vi.staff.personOption, { name: p.fullName, birthDate: displayDate(p.birthDate) }),
  }));
  const options = [...(initial && !found.some((o) => o.value === initial.value) ? [initial] : []), ...found];
  return (
    <SearchSelect<string>
      id={id}
      value={value ?? undefined}
      allowClear
      loading={people.loading || search !== typed}
      placeholder={vi.police.fields.personPlaceholder}
      onRemoteSearch={setTyped}
      emptyText={vi.people.empty}
      options={options}
      onChange={(next?: string) => onChange?.(next ?? null)}
    />
  );
}

import { useState } from 'react';
import { vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { SearchSelect } from '../../shared/SearchSelect';
import { useDebounced } from '../../shared/use-debounced';
import { soldierLabel } from './policy-labels';

export interface PickedSoldier {
  value: string;
  label: string;
}

interface Props {
  id?: string;
  value?: string | null;
  /** The person the record held when the dialog opened, kept as an option while the search moves on. */
  initial: PickedSoldier | null;
  allowClear?: boolean;
  onChange?(value: string | null): void;
}

/**
 * A person of the register, found by name with or without diacritics (the core searches); those
 * handed over in a campaign come first and show their handover year.
 */
export function SoldierPicker({ id, value, initial, allowClear, onChange }: Props) {
  const [typed, setTyped] = useState('');
  const search = useDebounced(typed);
  const found = useApiQuery('policy.soldiers', { search, pageSize: 20 });
  const options = (found.data ?? []).map((p) => ({ value: p.personId, label: soldierLabel(p) }));
  const all = [...(initial && !options.some((o) => o.value === initial.value) ? [initial] : []), ...options];
  return (
    <SearchSelect<string>
      id={id}
      value={value ?? undefined}
      allowClear={allowClear}
      loading={found.loading || search !== typed}
      placeholder={vi.policy.soldierPlaceholder}
      onRemoteSearch={setTyped}
      emptyText={vi.policy.noSoldier}
      options={all}
      onChange={(next?: string) => onChange?.(next ?? null)}
    />
  );
}

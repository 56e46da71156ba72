import { vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { DocumentSelect } from './DocumentSelect';

interface Props {
  id: string;
  value: string | undefined;
  onChange(value: string | undefined): void;
  disabled?: boolean;
}

/** "Địa bàn" of a forces document (a roster): one ward/commune, or none for all of them. */
export function WardSelect({ id, value, onChange, disabled }: Props) {
  const t = vi.documents.forces;
  const localities = useApiQuery('localities.list', {});
  const wards = (localities.data ?? []).filter((l) => l.parentId === null);
  return (
    <DocumentSelect
      id={id}
      label={t.locality}
      placeholder={t.allLocalities}
      allowClear
      disabled={disabled}
      loading={localities.loading}
      options={wards.map((l) => ({ value: l.id, label: l.name }))}
      value={value}
      onChange={onChange}
      minWidth={220}
    />
  );
}

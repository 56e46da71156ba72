import type { Locality, LocalityKind } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { liveTops, TOP_LEVEL_KINDS } from '../localities/locality-labels';
import { NewLocalityFields, newLocalityInput, type NewLocalityValues } from '../localities/NewLocalityFields';
import type { UnknownLocality } from './import-fields';

/** A locality named in the file can be created here when its level has somewhere to go. */
export function canCreateLocality(locality: UnknownLocality, localities: readonly Locality[]): boolean {
  return locality.field === 'commune' || liveTops(localities).length > 0;
}

/** The kind most used at that level in the office's list, so "Tổ 9" next to "Tổ 7" needs no choice. */
function likelyKind(locality: UnknownLocality, localities: readonly Locality[]): LocalityKind {
  const top = locality.field === 'commune';
  const same = localities.filter((l) => TOP_LEVEL_KINDS.includes(l.kind) === top && !l.retiredOn);
  return same[0]?.kind ?? (top ? 'commune' : 'village');
}

/** "Tạo địa bàn …" from the preview: the name the file used, its kind and (for a village) its ward. */
export function CreateLocalityDialog({
  locality,
  localities,
  onClose,
}: {
  locality: UnknownLocality;
  localities: readonly Locality[];
  onClose(created: Locality | null): void;
}) {
  const parents = liveTops(localities);
  const { dialog } = useFormSave(
    ['name', 'kind', 'parentId'],
    (values: NewLocalityValues) => api('localities.create', newLocalityInput(values)),
    { onSuccess: onClose },
  );

  return (
    <FormDialog
      {...dialog}
      name="import-locality"
      title={vi.import.locality.title}
      initialValues={{
        name: locality.name,
        kind: likelyKind(locality, localities),
        parentId: parents.length === 1 ? parents[0]!.id : undefined,
      }}
      onCancel={() => onClose(null)}
    >
      <NewLocalityFields localities={localities} />
    </FormDialog>
  );
}

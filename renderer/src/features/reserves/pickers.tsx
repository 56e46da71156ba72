import { format, vi } from '../../messages/vi';
import { ageText } from '../../shared/age';
import { displayDate } from '../../shared/dates';
import { RemoteSelect } from '../../shared/RemoteSelect';
import { reservistSpecialty } from './reserve-labels';

const t = vi.reserves.form;

interface PickerProps {
  id?: string;
  value?: string;
  onChange?(value: string | undefined): void;
}

/** Picks a person of the register, searched in the core by name or citizen ID. */
export function PersonPicker(props: PickerProps) {
  return (
    <RemoteSelect
      {...props}
      placeholder={t.personPlaceholder}
      method="people.list"
      input={(search) => ({ search, pageSize: 20 })}
      options={(answer) =>
        answer.rows.map((p) => ({
          value: p.id,
          label: `${p.fullName} – ${displayDate(p.birthDate)}${p.localityName ? ` – ${p.localityName}` : ''}`,
        }))
      }
    />
  );
}

/** Picks a handed-over conscript who is not yet a reservist. */
export function ConscriptPicker(props: PickerProps) {
  return (
    <RemoteSelect
      {...props}
      placeholder={t.conscriptPlaceholder}
      notFoundContent={t.noConscripts}
      method="reserves.reservist.conscriptCandidates"
      input={(search) => ({ search, pageSize: 20 })}
      options={(answer) =>
        answer.rows.map((c) => ({
          value: c.recordId,
          label: format(t.conscriptLabel, {
            name: c.fullName,
            birthDate: displayDate(c.birthDate),
            year: c.campaignYear,
            unit: c.receivingUnit || vi.common.none,
          }),
        }))
      }
    />
  );
}

/** Reservists on the list and not placed anywhere, searched in the core. */
export function UnassignedPicker(props: PickerProps) {
  return (
    <RemoteSelect
      {...props}
      placeholder={vi.reserves.assign.reservistPlaceholder}
      method="reserves.reservist.list"
      input={(search) => ({ search, assigned: false, pageSize: 20 })}
      options={(answer) =>
        answer.rows.map((r) => ({
          value: r.id,
          label: format(vi.reserves.assign.reservistOption, {
            name: r.fullName,
            age: ageText(r.age),
            specialty: reservistSpecialty(r),
          }),
        }))
      }
    />
  );
}

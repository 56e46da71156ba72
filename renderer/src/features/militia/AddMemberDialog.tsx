import { Alert, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { MilitiaCandidate, MilitiaUnit } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate, toIsoDate } from '../../shared/dates';
import { SaveDialog } from '../../shared/SaveDialog';
import { submitOnEnter } from '../../shared/submit-on-enter';
import { useFormSave } from '../../shared/use-form-save';
import { PeoplePicker } from '../people/PeoplePicker';
import { AdmissionNotice } from './AdmissionNotice';
import { MEMBER_FIELDS, MemberFields, memberInput, type MemberValues } from './MemberFields';
import { useCandidateSearch } from './use-candidate-search';

const t = vi.militia.member;
const PAGE_SIZE = 6;

/**
 * Picks one person from the register and adds them to the unit. A refusal (age, already in
 * another unit, deferred or exempted under Art. 11 Luật DQTV) is shown as the core words it, in
 * Vietnamese — the Art. 11 one as soon as the person and start date are picked.
 */
export function AddMemberDialog({
  unit,
  onClose,
}: {
  unit: MilitiaUnit;
  /** The membership added, or null when the dialog was closed without saving. */
  onClose(saved: { id: string } | null): void;
}) {
  const [picked, setPicked] = useState<MilitiaCandidate | null>(null);
  // The person is picked in the table, not a form field: a refusal about them goes in the banner.
  const { form, dialog, clearBanner } = useFormSave(
    MEMBER_FIELDS,
    (values: MemberValues) => {
      if (!picked) throw new Error(t.pickPerson);
      return api('militia.member.create', {
        personId: picked.id,
        unitId: unit.id,
        ...memberInput(values),
      });
    },
    { onSuccess: (member) => onClose(member) },
  );
  const startedOn = Form.useWatch('startedOn', form);
  const startedOnIso = startedOn?.isValid() ? toIsoDate(startedOn) : undefined;
  const search = useCandidateSearch(unit.id, startedOnIso, PAGE_SIZE);
  // The row as read for the start date now set (the age is counted on it).
  const pickedNow = search.people.data?.rows.find((p) => p.id === picked?.id) ?? picked;
  const pick = (person: MilitiaCandidate | null) => {
    setPicked(person);
    clearBanner();
  };

  return (
    <SaveDialog
      width={820}
      title={format(t.addTitle, { unit: unit.name })}
      okText={t.add}
      banner={dialog.banner}
      saving={dialog.saving}
      onSave={() => form.submit()}
      onCancel={() => onClose(null)}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t.candidatesHint}
      </Typography.Paragraph>
      <PeoplePicker
        search={search}
        label={t.searchPerson}
        rowSelection={{
          type: 'radio',
          selectedRowKeys: picked ? [picked.id] : [],
          onChange: (_keys, rows) => pick((rows[0] as MilitiaCandidate | undefined) ?? null),
          getCheckboxProps: (p) => ({ 'aria-label': p.fullName }),
        }}
        onRow={(p) => ({ onClick: () => pick(p as MilitiaCandidate) })}
      />
      <Typography.Paragraph strong={picked !== null} type={picked ? undefined : 'secondary'} style={{ marginTop: 8 }}>
        {picked ? format(t.picked, { name: `${picked.fullName} (${displayDate(picked.birthDate)})` }) : t.pickPerson}
      </Typography.Paragraph>
      {pickedNow?.local === false && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={format(t.elsewhere, { place: unit.localityName ?? '' })}
        />
      )}
      {pickedNow && !pickedNow.ofAge && (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t.outsideAge} />
      )}
      {picked && startedOn?.isValid() && <AdmissionNotice personId={picked.id} startedOn={toIsoDate(startedOn)} />}
      <Form<MemberValues>
        form={form}
        name="militiaMemberAdd"
        layout="vertical"
        initialValues={{
          position: 'member',
          startedOn: dayjs(),
          volunteer: false,
          partyMember: false,
          youthUnion: false,
        }}
        onKeyDown={submitOnEnter(() => form.submit(), form)}
        onFinish={dialog.onSubmit}
      >
        <MemberFields />
      </Form>
    </SaveDialog>
  );
}

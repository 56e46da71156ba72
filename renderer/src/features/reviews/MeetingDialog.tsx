import { Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReviewMeeting, ReviewMeetingOfReport } from '../../../../electron/core/api/contract';
import { api, ApiCallError } from '../../api/client';
import { vi } from '../../messages/vi';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { FieldCol } from '../../shared/FieldCol';
import { renameFieldErrors } from '../../shared/form-errors';
import { requiredRule, requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';

interface Values {
  heldOn: Dayjs | null;
  place: string;
  chairName: string;
  chairPosition: string;
  /** One guest, one concluded task per line. */
  guests: string;
  conclusions: string;
  note: string;
}

const FIELDS = ['heldOn', 'place', 'chairName', 'chairPosition', 'guests', 'conclusions', 'note'] as const;
const t = vi.reviews.meeting;

const lines = (text: string | undefined) => (text ?? '').split('\n');

/** The core names a line's error "conclusions.2"; the form has one text box for all the lines. */
function toBoxErrors(error: unknown): unknown {
  if (!(error instanceof ApiCallError)) return error;
  const names = Object.fromEntries(Object.keys(error.fieldErrors).map((name) => [name, name.split('.')[0]!]));
  return renameFieldErrors(error, names);
}

function valuesOf(meeting: ReviewMeeting | null, documentDate: string): Values {
  return {
    heldOn: fromIsoDate(meeting?.heldOn ?? documentDate),
    place: meeting?.place ?? '',
    chairName: meeting?.chairName ?? '',
    chairPosition: meeting?.chairPosition ?? '',
    guests: (meeting?.guests ?? []).join('\n'),
    conclusions: (meeting?.conclusions ?? []).join('\n'),
    note: meeting?.note ?? '',
  };
}

interface Props {
  reportId: string;
  current: ReviewMeetingOfReport;
  onClose(saved: ReviewMeetingOfReport | null): void;
}

/**
 * Enter or correct the review meeting of the report's period. Guests and conclusions are typed one
 * per line in a text box (Enter starts a new line there; Enter in a one-line field, or "Lưu", saves).
 */
export function MeetingDialog({ reportId, current, onClose }: Props) {
  const { meeting } = current;
  const { dialog } = useFormSave(FIELDS, save, { onSuccess: onClose, success: t.saved, mapError: toBoxErrors });

  function save(values: Values) {
    return api('reviews.meeting.save', {
      reportId,
      ...(meeting ? { version: meeting.version } : {}),
      heldOn: values.heldOn ? toIsoDate(values.heldOn) : '',
      place: values.place,
      chairName: values.chairName,
      chairPosition: values.chairPosition,
      guests: lines(values.guests),
      conclusions: lines(values.conclusions),
      note: values.note ?? '',
    });
  }

  return (
    <FormDialog<Values>
      {...dialog}
      name="review-meeting"
      width={820}
      title={meeting ? t.editTitle : t.addTitle}
      initialValues={valuesOf(meeting, current.documentDate)}
      onCancel={() => onClose(null)}
    >
      {/* Three rows, the two lists side by side: the whole form fits 1093×614 without scrolling. */}
      <Row gutter={12}>
        <FieldCol span={5} name="heldOn" label={t.fields.heldOn} rules={requiredRule}>
          <DateInput autoFocus />
        </FieldCol>
        <FieldCol span={10} name="place" label={t.fields.place} rules={requiredText}>
          <Input maxLength={300} placeholder={t.placeholders.place} />
        </FieldCol>
        <FieldCol span={9} name="note" label={t.fields.note}>
          <Input maxLength={2000} />
        </FieldCol>
        <FieldCol span={8} name="chairName" label={t.fields.chairName} rules={requiredText}>
          <Input maxLength={120} placeholder={t.placeholders.chairName} />
        </FieldCol>
        <FieldCol span={16} name="chairPosition" label={t.fields.chairPosition} rules={requiredText}>
          <Input maxLength={300} placeholder={t.placeholders.chairPosition} />
        </FieldCol>
        <FieldCol span={10} name="guests" label={t.fields.guests}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 7 }} />
        </FieldCol>
        <FieldCol span={14} name="conclusions" label={t.fields.conclusions}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 7 }} />
        </FieldCol>
      </Row>
    </FormDialog>
  );
}

import { DatePicker, type DatePickerProps } from 'antd';
import { vi } from '../messages/vi';
import { INPUT_DATE_FORMATS } from './dates';

/**
 * A date field as users type it (dd/mm/yyyy, or d/m/yyyy), with the usual placeholder, as wide as
 * its column unless a style says otherwise. Form.Item's value, onChange and id pass through.
 */
export function DateInput(props: DatePickerProps) {
  return (
    <DatePicker
      format={INPUT_DATE_FORMATS}
      placeholder={vi.common.datePlaceholder}
      style={{ width: '100%' }}
      {...props}
    />
  );
}

import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { describe, expect, it, vi as mock } from 'vitest';
import { DateInput } from './DateInput';
import { FormDialog } from './FormDialog';

function Dialog({ onSubmit, withDate }: { onSubmit(values: unknown): void; withDate?: boolean }) {
  const [form] = Form.useForm();
  return (
    <FormDialog title="Hộp thoại" form={form} banner={null} onSubmit={onSubmit} onCancel={() => undefined}>
      {withDate ? (
        <Form.Item name="day" label="Ngày" rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
      ) : (
        <>
          <Form.Item name="name" label="Tên" rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="place" label="Nơi" rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}

describe('Enter in a form dialog', () => {
  it('goes on to the next field of an unfinished form, and saves a finished one', async () => {
    const user = userEvent.setup();
    const onSubmit = mock.fn();
    render(<Dialog onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText('Tên'), 'An{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Nơi')));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(document.querySelector('.ant-form-item-explain-error')).toBeNull();
    await user.type(screen.getByLabelText('Nơi'), 'Đức Xuân{Enter}');
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ name: 'An', place: 'Đức Xuân' }));
  });

  it('saves a one-field date dialog only once the picker has taken the typed date, never empty', async () => {
    const user = userEvent.setup();
    const onSubmit = mock.fn();
    render(<Dialog onSubmit={onSubmit} withDate />);
    // Enter in the empty field: nothing saved (the browser's implicit submission is kept off).
    await user.type(screen.getByLabelText('Ngày'), '{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    // A whole date typed, then Enter: saved with that date, as the field's only value.
    await user.type(screen.getByLabelText('Ngày'), '05/03/2026{Enter}');
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const [values] = onSubmit.mock.calls[0] as [{ day: Dayjs }];
    expect(values.day.format('DD/MM/YYYY')).toBe('05/03/2026');
  });
});

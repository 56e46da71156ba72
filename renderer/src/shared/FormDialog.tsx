import { Form, type FormInstance, type FormProps } from 'antd';
import type { ReactNode } from 'react';
import { SaveDialog } from './SaveDialog';
import { submitOnEnter } from './submit-on-enter';

interface Props<V> extends Omit<FormProps<V>, 'form' | 'onFinish' | 'title'> {
  title: string;
  form: FormInstance<V>;
  /** An error that is not about one field (shown above the form). */
  banner: string | null;
  saving?: boolean;
  width?: number;
  /** The save button's words when "Lưu" would not say what it does (e.g. "Hoàn tác"). */
  okText?: string;
  /** Shown to a read-only account: the fields are disabled and only "Đóng" remains. */
  readOnly?: boolean;
  onSubmit(values: V): void;
  onCancel(): void;
  children: ReactNode;
}

/** A modal form with Save/Cancel, Enter to save, and a banner for errors not tied to a field. */
export function FormDialog<V>({
  title,
  form,
  banner,
  saving,
  width,
  okText,
  readOnly,
  onSubmit,
  onCancel,
  children,
  ...formProps
}: Props<V>) {
  return (
    <SaveDialog
      title={title}
      banner={banner}
      saving={saving}
      width={width}
      okText={okText}
      readOnly={readOnly}
      onSave={() => form.submit()}
      onCancel={onCancel}
    >
      <Form<V>
        form={form}
        layout="vertical"
        onKeyDown={readOnly ? undefined : submitOnEnter(() => form.submit(), form)}
        onFinish={onSubmit}
        {...formProps}
        disabled={readOnly || formProps.disabled}
      >
        {children}
      </Form>
    </SaveDialog>
  );
}

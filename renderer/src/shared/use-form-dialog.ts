import { Form, type FormInstance } from 'antd';
import { useApiAction, type ApiActionOptions } from './use-api-action';

export interface FormDialogSave<V> {
  /** The dialog's form (for initial values, watching fields, setting one from code). */
  form: FormInstance<V>;
  /** Spread onto <FormDialog>: its form, banner, spinner and submit handler. */
  dialog: {
    form: FormInstance<V>;
    banner: string | null;
    saving: boolean;
    onSubmit(values: V): void;
  };
}

/**
 * The save of a form dialog: the form, and `useApiAction` wired to it — busy while saving, the
 * core's field errors next to the `fields` the form shows, any other refusal in the dialog's
 * banner. Every add/edit dialog saves this way, so none writes its own try/catch.
 */
export function useFormDialog<V, T>(
  fields: readonly string[],
  save: (values: V) => Promise<T>,
  options: Omit<ApiActionOptions<[V], T>, 'form' | 'errors'> = {},
): FormDialogSave<V> {
  const [form] = Form.useForm<V>();
  const action = useApiAction(save, { ...options, form: { instance: form as FormInstance, fields } });
  return {
    form,
    dialog: { form, banner: action.error, saving: action.busy, onSubmit: (values) => void action.run(values) },
  };
}

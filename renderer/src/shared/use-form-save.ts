import { Form, type FormInstance } from 'antd';
import { useApiAction, type ApiActionOptions } from './use-api-action';

export interface FormSave<V> {
  /** The dialog's form (for initial values, watching fields, setting one from code). */
  form: FormInstance<V>;
  /** Spread onto <FormDialog>: its form, banner, spinner and submit handler. */
  dialog: {
    form: FormInstance<V>;
    banner: string | null;
    saving: boolean;
    onSubmit(values: V): void;
  };
  /** Takes the banner away (the user has changed what it was about). */
  clearBanner(): void;
}

/**
 * The save of a form: the form, and `useApiAction` wired to it — busy while saving, the core's
 * field errors next to the `fields` the form shows, any other refusal in the banner above it.
 * Every add/edit dialog (spread `dialog` onto FormDialog) and inline form saves this way, so none
 * writes its own try/catch.
 */
export function useFormSave<V, T>(
  fields: readonly string[],
  save: (values: V) => Promise<T>,
  options: Omit<ApiActionOptions<[V], T>, 'form' | 'errors'> = {},
): FormSave<V> {
  const [form] = Form.useForm<V>();
  const action = useApiAction(save, { ...options, form: { instance: form as FormInstance, fields } });
  return {
    form,
    dialog: { form, banner: action.error, saving: action.busy, onSubmit: (values) => void action.run(values) },
    clearBanner: action.clearError,
  };
}

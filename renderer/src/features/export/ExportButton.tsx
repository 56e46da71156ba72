import { Button } from 'antd';
import type { ApiInput, ApiMethodName } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { saveFile } from '../../shared/save-file';
import { useApiAction } from '../../shared/use-api-action';
import { useCan } from '../auth/session-context';

/** The API's list exports: `<list>.export`, each taking its list's filters and sort without paging. */
export type ExportMethod = Extract<ApiMethodName, `${string}.export`>;

/**
 * "Xuất Excel": the list as filtered and sorted on screen (every page, not just the one shown),
 * saved as .xlsx. `input` is the screen's current list query; paging keys are dropped here.
 */
export function ExportButton<M extends ExportMethod>({
  method,
  input,
  disabled,
}: {
  method: M;
  input: ApiInput<M> & { page?: number; pageSize?: number };
  disabled?: boolean;
}) {
  // Every list export is officer (a bulk copy out is the easiest leak): hidden from a viewer.
  const can = useCan();

  const { run, busy } = useApiAction(
    () => {
      const { page: _page, pageSize: _pageSize, ...query } = input;
      return api(method, query as ApiInput<M>);
    },
    {
      success: (file) => format(vi.import.exported, { count: file.count }),
      onSuccess: saveFile,
    },
  );

  if (!can.edit) return null;
  return (
    <Button loading={busy} disabled={disabled} onClick={() => void run()}>
      {vi.import.exportExcel}
    </Button>
  );
}

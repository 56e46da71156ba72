import { ImportOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { vi } from '../../messages/vi';
import type { ImportTarget } from './import-fields';
import { ImportWizard } from './ImportWizard';

/** "Nhập từ Excel" on a list's toolbar; `onImported` refreshes the list after rows were written. */
export function ImportButton({
  target,
  extra,
  onImported,
}: {
  target: ImportTarget;
  extra?: Record<string, unknown>;
  onImported(): void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<ImportOutlined />} onClick={() => setOpen(true)}>
        {vi.import.open}
      </Button>
      {open && (
        <ImportWizard
          target={target}
          extra={extra}
          onClose={(imported) => {
            setOpen(false);
            if (imported) onImported();
          }}
        />
      )}
    </>
  );
}

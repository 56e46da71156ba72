import { Button, Flex, Modal, Steps } from 'antd';
import { useState } from 'react';
import type { ImportCommitResult } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { ImportDone } from './CommitStep';
import { ImportBatches } from './ImportBatches';
import { FileStep, firstSheetWithHeader, type PickedFile } from './FileStep';
import type { ImportTarget } from './import-fields';
import { FRESH_CHOICES, PreviewSteps, type ImportChoices } from './PreviewSteps';

/**
 * The import wizard: file and sheet → column mapping → checking → import. Nothing is written
 * before the last step. `target` names the list the rows go to; `extra` carries what that target
 * needs besides (e.g. a conscription campaign's id), sent with every preview and the commit.
 */
export function ImportWizard({
  target,
  extra,
  onClose,
}: {
  target: ImportTarget;
  extra?: Record<string, unknown>;
  onClose(imported: boolean): void;
}) {
  const [step, setStep] = useState(0);
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [choices, setChoices] = useState<ImportChoices>(FRESH_CHOICES);
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  // An earlier import undone from "Các lần nhập": the list behind the wizard must be read again.
  const [undone, setUndone] = useState(false);

  function pick(file: PickedFile | null) {
    setPicked(file);
    setSheet(file ? firstSheetWithHeader(file.inspected) : undefined);
    setChoices(FRESH_CHOICES);
  }

  const steps = vi.import.steps;
  return (
    <Modal
      open
      width={1200}
      title={vi.import.title}
      footer={null}
      mask={{ closable: false }}
      destroyOnHidden
      onCancel={() => onClose(result !== null || undone)}
    >
      <Steps
        size="small"
        current={result ? 3 : step}
        status={result ? 'finish' : 'process'}
        items={[{ title: steps.file }, { title: steps.mapping }, { title: steps.check }, { title: steps.commit }]}
        style={{ marginBottom: 20 }}
      />
      {result ? (
        <ImportDone result={result} target={target} onClose={() => onClose(true)} />
      ) : step === 0 || !picked ? (
        <Flex vertical gap={16}>
          <FileStep
            target={target}
            picked={picked}
            sheet={sheet}
            onPicked={pick}
            onSheet={(name) => {
              setSheet(name);
              setChoices(FRESH_CHOICES);
            }}
          />
          <Flex justify="flex-end">
            <Button type="primary" disabled={!picked || sheet === undefined} onClick={() => setStep(1)}>
              {vi.import.next}
            </Button>
          </Flex>
          <ImportBatches target={target} onUndone={() => setUndone(true)} />
        </Flex>
      ) : (
        <PreviewSteps
          picked={picked}
          sheet={sheet}
          target={target}
          extra={extra}
          step={step as 1 | 2 | 3}
          choices={choices}
          onChoices={setChoices}
          onStep={setStep}
          onDone={setResult}
        />
      )}
    </Modal>
  );
}

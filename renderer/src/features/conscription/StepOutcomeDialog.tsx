import { Alert, Flex, Modal } from 'antd';
import { format, vi } from '../../messages/vi';
import { namedText, type StepOutcome } from './run-steps';

const t = vi.conscription.outcome;

/** After a bulk step: how many went through, who was refused and why (the core's words), and the warnings. */
export function StepOutcomeDialog({ outcome, onClose }: { outcome: StepOutcome; onClose(): void }) {
  return (
    <Modal
      open
      title={t.title}
      width={720}
      okText={t.ok}
      onOk={onClose}
      onCancel={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
    >
      <Flex vertical gap={12}>
        <Alert
          type={outcome.done > 0 ? 'success' : 'info'}
          showIcon
          title={`${outcome.action}: ${outcome.done > 0 ? format(t.done, { count: outcome.done }) : t.noneDone}`}
        />
        {outcome.refusals.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={format(t.refused, { count: outcome.refusals.length })}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {outcome.refusals.map((r) => (
                  <li key={r.recordId}>{namedText(r)}</li>
                ))}
              </ul>
            }
          />
        )}
        {outcome.warnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t.warnings}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {outcome.warnings.map((w, i) => (
                  <li key={`${w.recordId}-${i}`}>{namedText(w)}</li>
                ))}
              </ul>
            }
          />
        )}
      </Flex>
    </Modal>
  );
}

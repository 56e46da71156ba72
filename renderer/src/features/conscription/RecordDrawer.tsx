import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { Campaign, ConscriptionTransition } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { DetailDrawer } from '../../shared/DetailDrawer';
import { UndoStepDialog } from '../../shared/UndoStepDialog';
import { useApiQuery } from '../../shared/use-api-query';
import { useCan } from '../auth/session-context';
import { OrderDeliveryDialog } from './OrderDeliveryDialog';
import { RecordFacts } from './RecordFacts';
import { RecordPaperButton } from './RecordPaperButton';
import { RecordTimeline } from './RecordTimeline';
import { ToReservistDialog } from './ToReservistDialog';

interface Props {
  recordId: string;
  campaign: Campaign;
  onClose(): void;
  /** The record changed here (e.g. the order's delivery day): the list behind reloads. */
  onChanged?(): void;
}

/** The step an undo would take back: the newest one in force, if it is not the record's first. */
function lastStep(history: readonly ConscriptionTransition[]): ConscriptionTransition | undefined {
  const last = history
    .filter((h) => !h.undoneAt)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .at(-1);
  return last && last.fromState !== null ? last : undefined;
}

/** A citizen's page in the campaign: the record's facts, then its dated history. */
export function RecordDrawer({ recordId, campaign, onClose, onChanged }: Props) {
  const query = useApiQuery('conscription.record.get', { id: recordId });
  const data = query.data;
  const [toReservist, setToReservist] = useState(false);
  const [delivery, setDelivery] = useState(false);
  const [undo, setUndo] = useState(false);
  const can = useCan();
  const handedOver = data?.record.state === 'handed_over';
  return (
    <DetailDrawer
      query={query}
      size={680}
      title={data ? format(vi.conscription.record.title, { name: data.record.fullName }) : vi.app.loading}
      onClose={onClose}
      extra={
        data &&
        can.edit &&
        (handedOver ? (
          <Button onClick={() => setToReservist(true)}>{vi.conscription.record.toReservist.button}</Button>
        ) : (
          <RecordPaperButton record={data.record} campaignId={campaign.id} />
        ))
      }
    >
      {(data) => (
        <>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {vi.conscription.record.facts}
          </Typography.Title>
          <RecordFacts
            record={data.record}
            handoverDate={campaign.handoverStart}
            deliveryAction={
              campaign.status === 'open' &&
              can.edit && (
                <Button type="link" size="small" onClick={() => setDelivery(true)}>
                  {data.record.orderDeliveredOn
                    ? vi.conscription.record.delivery.edit
                    : vi.conscription.record.delivery.record}
                </Button>
              )
            }
          />
          <Flex justify="space-between" align="center" style={{ marginTop: 24 }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {vi.conscription.record.history}
            </Typography.Title>
            {/* The core says why when something depends on the step (an order issued, a change since). */}
            {campaign.status === 'open' && can.edit && lastStep(data.history) && (
              <Button size="small" onClick={() => setUndo(true)}>
                {vi.wayBack.undo}
              </Button>
            )}
          </Flex>
          <RecordTimeline history={data.history} />
          {undo && (
            <UndoStepDialog
              title={format(vi.wayBack.conscription.undoTitle, {
                to: vi.conscription.states[lastStep(data.history)!.toState],
                name: data.record.fullName,
              })}
              hint={format(vi.wayBack.conscription.undoHint, {
                from: vi.conscription.states[lastStep(data.history)!.fromState!],
              })}
              undo={(reason) =>
                api('conscription.record.undoStep', { recordId: data.record.id, version: data.record.version, reason })
              }
              onClose={(saved) => {
                setUndo(false);
                if (!saved) return;
                query.reload();
                onChanged?.();
              }}
            />
          )}
          {delivery && (
            <OrderDeliveryDialog
              record={data.record}
              onClose={(saved) => {
                setDelivery(false);
                if (!saved) return;
                query.reload();
                onChanged?.();
              }}
            />
          )}
          {toReservist && (
            <ToReservistDialog
              recordId={data.record.id}
              name={data.record.fullName}
              onClose={() => setToReservist(false)}
            />
          )}
        </>
      )}
    </DetailDrawer>
  );
}

import { App } from 'antd';
import { useState } from 'react';
import type { Campaign, ConscriptionRecordView } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { useListFilters } from '../../shared/use-list-filters';
import { usePageInRange } from '../../shared/use-page-in-range';
import { useSavedRow, useTurnToSavedRow } from '../../shared/use-saved-row';
import { EditorButton } from '../auth/EditorButton';
import { useCan } from '../auth/session-context';
import { ExportButton } from '../export/ExportButton';
import { ImportButton } from '../import/ImportButton';
import { AddCitizensDialog } from './AddCitizensDialog';
import { BulkActionBar } from './BulkActionBar';
import { HealthExamDialog } from './HealthExamDialog';
import { RecordDrawer } from './RecordDrawer';
import { RecordFilters, type RecordFilterValues } from './RecordFilters';
import { sortLikeList } from './record-labels';
import { RecordTable } from './RecordTable';
import type { NamedMessage, StepOutcome } from './run-steps';
import type { StepAction } from './step-actions';
import { StepDialog } from './StepDialog';
import { StepOutcomeDialog } from './StepOutcomeDialog';

/**
 * Remembered per campaign, with the page: the stages (each campaign is at its own) and the place
 * (read as of the campaign's date); the search, health class and ages are the clerk's habits.
 */
const CAMPAIGN_FILTERS: readonly (keyof RecordFilterValues)[] = ['states', 'localityId'];

type Dialog = { kind: 'add' } | { kind: 'health' } | { kind: 'step'; action: StepAction } | null;

/** "Công dân": the campaign's citizens, filtered and paged by the core, with bulk steps on a selection. */
export function CitizensTab({ campaign }: { campaign: Campaign }) {
  const {
    filters,
    paging,
    setPaging,
    change: changeFilters,
  } = useListFilters<RecordFilterValues>('conscription.citizens', { search: '', states: [] }, 50, {
    record: campaign.id,
    filters: CAMPAIGN_FILTERS,
  });
  const [selected, setSelected] = useState<ConscriptionRecordView[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [outcome, setOutcome] = useState<StepOutcome | null>(null);
  const [warnings, setWarnings] = useState<ReadonlyMap<string, NamedMessage[]>>(new Map());
  const [openRecordId, setOpenRecordId] = useState<string | null>(null);
  const localities = useApiQuery('localities.list', { asOf: campaign.handoverStart });
  const saved = useSavedRow();
  const records = useApiQuery('conscription.record.list', {
    campaignId: campaign.id,
    ...filters,
    ...paging,
    ...saved.focus,
  });
  useTurnToSavedRow(saved, records, paging, setPaging);
  usePageInRange(records.data?.total, paging, setPaging);
  const { message } = App.useApp();
  const can = useCan();

  function finishStep(result: StepOutcome | null, targets: readonly ConscriptionRecordView[]) {
    setDialog(null);
    if (!result) return;
    const refused = new Set(result.refusals.map((r) => r.recordId));
    setWarnings((old) => {
      const next = new Map(old);
      for (const target of targets) if (!refused.has(target.id)) next.delete(target.id);
      for (const w of result.warnings) next.set(w.recordId, [...(next.get(w.recordId) ?? []), w]);
      return next;
    });
    if (result.refusals.length > 0 || result.warnings.length > 0) setOutcome(result);
    else message.success(`${result.action}: ${format(vi.conscription.outcome.done, { count: result.done })}`);
    // One record stepped (a row's own action): it is shown in place; a bulk step keeps the page.
    if (targets.length === 1 && result.done === 1) saved.show(targets[0]!.id);
    setSelected([]);
    records.reload();
  }

  // Rows ticked while the list was reloading carry an old version; act on the freshest copy on screen.
  const onScreen = new Map((records.data?.rows ?? []).map((r) => [r.id, r]));
  const targets = sortLikeList(selected.map((r) => onScreen.get(r.id) ?? r));
  return (
    <>
      <RecordFilters
        value={filters}
        localities={localities.data ?? []}
        ageOn={displayDate(campaign.handoverStart)}
        onChange={changeFilters}
        actions={
          <>
            {can.edit && campaign.status !== 'closed' && (
              <ImportButton target="conscription" extra={{ campaignId: campaign.id }} onImported={records.reload} />
            )}
            <ExportButton method="conscription.record.export" input={{ campaignId: campaign.id, ...filters }} />
            <EditorButton onClick={() => setDialog({ kind: 'add' })} disabled={campaign.status === 'closed'}>
              {vi.conscription.records.add}
            </EditorButton>
          </>
        }
      />
      {/* The bulk actions appear once rows are ticked: nine disabled buttons only pushed the list down. */}
      {can.edit && selected.length > 0 && (
        <BulkActionBar
          selectedCount={selected.length}
          onHealthExam={() => setDialog({ kind: 'health' })}
          onAction={(action) => setDialog({ kind: 'step', action })}
          onClear={() => setSelected([])}
        />
      )}
      <RecordTable
        rows={records.data?.rows ?? []}
        total={records.data?.total ?? 0}
        loading={records.loading}
        paging={paging}
        selected={selected}
        selectable={can.edit}
        warnings={warnings}
        onPage={setPaging}
        onSelect={setSelected}
        onOpen={(r) => setOpenRecordId(r.id)}
        highlightId={saved.highlightId}
      />
      {dialog?.kind === 'add' && (
        <AddCitizensDialog
          campaign={campaign}
          onDone={(result) => {
            setDialog(null);
            if (!result) return;
            if (result.refusals.length > 0) setOutcome(result);
            else message.success(format(vi.conscription.outcome.done, { count: result.done }));
            // The last citizen added is shown on the page that holds them.
            const last = result.savedIds?.at(-1);
            if (last) saved.show(last);
            records.reload();
          }}
        />
      )}
      {dialog?.kind === 'health' && (
        <HealthExamDialog targets={targets} onDone={(result) => finishStep(result, targets)} />
      )}
      {dialog?.kind === 'step' && (
        <StepDialog
          campaign={campaign}
          action={dialog.action}
          targets={targets}
          onDone={(result) => finishStep(result, targets)}
        />
      )}
      {outcome && <StepOutcomeDialog outcome={outcome} onClose={() => setOutcome(null)} />}
      {openRecordId && (
        <RecordDrawer
          recordId={openRecordId}
          campaign={campaign}
          onClose={() => setOpenRecordId(null)}
          onChanged={() => {
            saved.show(openRecordId);
            records.reload();
          }}
        />
      )}
    </>
  );
}

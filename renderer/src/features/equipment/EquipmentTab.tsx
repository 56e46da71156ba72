import { Flex, Tabs, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { vi } from '../../messages/vi';
import { useRemembered } from '../../shared/remembered';
import { DateInput } from '../../shared/DateInput';
import { EditorButton } from '../auth/EditorButton';
import { useCan } from '../auth/session-context';
import { DocumentsTab, oneDocumentSection } from '../documents/DocumentsTab';
import { ItemsView } from './ItemsView';
import { KindsView } from './KindsView';
import { MovementDialog } from './MovementDialog';
import { MovementsView } from './MovementsView';
import { StockView } from './StockView';
import { StocktakeDialog } from './StocktakeDialog';
import { StocktakesView } from './StocktakesView';

const t = vi.equipment;

/** The records a dialog just saved, each shown highlighted on its page in the view that lists it. */
interface SavedIds {
  item?: string;
  movement?: string;
  stocktake?: string;
}

/** The tabs' keys: a remembered tab no longer among them opens the first. */
const VIEWS = ['stock', 'items', 'movements', 'stocktakes', 'kinds', 'documents'];

/**
 * Dân quân tự vệ → Vũ khí, trang bị (#/dan-quan-tu-ve/vu-khi-trang-bi): the book as of a day by
 * kind, the serial pieces (each with its history), the movements and the stocktakes; a dialog to
 * record a movement and one to record a stocktake with its discrepancy shown as it is typed.
 */
export function EquipmentTab() {
  const [asOf, setAsOf] = useState<Dayjs>(() => dayjs());
  const [view, setView] = useRemembered('equipment.view', 'stock', (v) => VIEWS.includes(v));
  const [dialog, setDialog] = useState<'movement' | 'stocktake' | null>(null);
  // A save remounts the views, so every list reads the book again and shows what was saved on its page.
  const [saves, setSaves] = useState(0);
  const [saved, setSaved] = useState<SavedIds>({});
  const close = (next: SavedIds | null) => {
    setDialog(null);
    if (!next) return;
    setSaved(next);
    setSaves((n) => n + 1);
  };
  const asOfIso = asOf.format('YYYY-MM-DD');
  // Producing the stock list takes a number in the register: for the accounts that may (officer).
  const can = useCan();
  const documents = (
    <DocumentsTab
      id="equipment-documents"
      sections={[
        oneDocumentSection({
          key: 'stockList',
          title: t.stockList,
          hint: t.stockListHint,
          formats: 'both',
          request: { kind: 'equipment.stockList' },
        }),
      ]}
    />
  );

  return (
    <>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
        <label htmlFor="equipment-as-of">{t.asOf}</label>
        <DateInput
          id="equipment-as-of"
          style={{ width: 150 }}
          value={asOf}
          allowClear={false}
          onChange={(d) => {
            if (d && !Array.isArray(d)) setAsOf(d);
          }}
        />
        <Flex gap={8} style={{ marginLeft: 'auto' }}>
          <EditorButton onClick={() => setDialog('movement')}>{t.addMovement}</EditorButton>
          <EditorButton onClick={() => setDialog('stocktake')}>{t.addStocktake}</EditorButton>
        </Flex>
      </Flex>
      <Tabs
        key={saves}
        activeKey={view}
        onChange={setView}
        items={[
          { key: 'stock', label: t.views.stock, children: <StockView asOf={asOfIso} /> },
          { key: 'items', label: t.views.items, children: <ItemsView savedId={saved.item} /> },
          { key: 'movements', label: t.views.movements, children: <MovementsView savedId={saved.movement} /> },
          { key: 'stocktakes', label: t.views.stocktakes, children: <StocktakesView savedId={saved.stocktake} /> },
          { key: 'kinds', label: t.views.kinds, children: <KindsView /> },
          ...(can.edit ? [{ key: 'documents', label: t.views.documents, children: documents }] : []),
        ]}
      />
      {dialog === 'movement' && (
        <MovementDialog
          // The pieces list shows the first serial piece the movement received or moved.
          onClose={(m) => close(m && { movement: m.id, item: m.lines.find((l) => l.itemId)?.itemId ?? undefined })}
        />
      )}
      {dialog === 'stocktake' && <StocktakeDialog onClose={(s) => close(s && { stocktake: s.id })} />}
    </>
  );
}

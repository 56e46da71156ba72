import { Alert, App, Button, Card, Checkbox, Empty, Flex, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useRef, useState } from 'react';
import type { MilitiaUnit, MilitiaUnitGroup, MilitiaUnitNode } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { useSavedRow, useTurnToSavedRow } from '../../shared/use-saved-row';
import { useCan } from '../auth/session-context';
import { AddMemberDialog } from './AddMemberDialog';
import { MemberTable } from './MemberTable';
import { flattenUnits } from './militia-labels';
import { UnitDialog } from './UnitDialog';

const t = vi.militia;

function treeData(groups: readonly MilitiaUnitGroup[]): DataNode[] {
  const node = (u: MilitiaUnitNode): DataNode => ({
    key: u.id,
    title: (
      <span>
        {u.name} <Typography.Text type="secondary">({u.totalMembers})</Typography.Text>
        {u.retiredOn && <Tag style={{ marginInlineStart: 6 }}>{t.units.retiredTag}</Tag>}
      </span>
    ),
    children: u.children.map(node),
  });
  return groups.map((g) => ({
    key: `group:${g.key}`,
    selectable: false,
    title: (
      <Typography.Text strong>
        {g.name}{' '}
        <Typography.Text type="secondary">({format(t.units.groupMembers, { count: g.members })})</Typography.Text>
      </Typography.Text>
    ),
    children: g.units.map(node),
  }));
}

/** The unit tree per ward/commune and agency; a selected unit shows its members and can take new ones. */
export function UnitsTab() {
  const [includeRetired, setIncludeRetired] = useState(false);
  const tree = useApiQuery('militia.unit.list', { includeRetired });
  const localities = useApiQuery('localities.list', {});
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const membersPanel = useRef<HTMLDivElement>(null);
  const [dialog, setDialog] = useState<{ unit: MilitiaUnit | null; parent: MilitiaUnit | null } | null>(null);
  const [adding, setAdding] = useState(false);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const { message } = App.useApp();
  const can = useCan();
  const groups = tree.data ?? [];
  const selected = flattenUnits(groups).find((u) => u.id === selectedId) ?? null;
  const saved = useSavedRow();
  const members = useApiQuery('militia.member.list', { unitId: selectedId ?? undefined, ...paging, ...saved.focus });
  useTurnToSavedRow(saved, members, paging, setPaging);

  /** A member added, edited, extended or ended: the unit's counts change and the member is shown in place. */
  function changed(memberId: string) {
    saved.show(memberId);
    tree.reload();
    members.reload();
  }

  const { run: setRetired } = useApiAction(
    (unit: MilitiaUnit, retire: boolean) =>
      api(retire ? 'militia.unit.retire' : 'militia.unit.restore', { id: unit.id, version: unit.version }),
    { success: (_unit, [, retire]) => (retire ? t.units.retired : t.units.restored), onSettled: tree.reload },
  );

  return (
    <Flex gap={16} align="flex-start">
      <Card
        size="small"
        title={t.units.tree}
        // The tree scrolls inside its card, which stays in view: a unit low in a long tree is picked
        // without scrolling the page away from its members beside it.
        style={{ width: 380, flex: 'none', position: 'sticky', top: 0 }}
        styles={{ body: { maxHeight: 'calc(100vh - 140px)', overflowY: 'auto' } }}
        extra={
          can.edit && (
            <Button type="primary" size="small" onClick={() => setDialog({ unit: null, parent: null })}>
              {t.units.add}
            </Button>
          )
        }
      >
        <Checkbox checked={includeRetired} onChange={(e) => setIncludeRetired(e.target.checked)}>
          {t.units.showRetired}
        </Checkbox>
        {tree.error && <Alert type="error" showIcon title={tree.error.message} />}
        {groups.length === 0 && !tree.loading ? (
          <Empty description={t.units.empty} />
        ) : (
          <Tree
            blockNode
            defaultExpandAll
            key={flattenUnits(groups).length}
            treeData={treeData(groups)}
            selectedKeys={selectedId ? [selectedId] : []}
            onSelect={(keys) => {
              setSelectedId((keys[0] as string | undefined) ?? null);
              setPaging((p) => ({ ...p, page: 1 }));
              membersPanel.current?.scrollIntoView({ block: 'nearest' });
            }}
            style={{ marginTop: 8 }}
          />
        )}
      </Card>
      <div ref={membersPanel} style={{ flex: 1, minWidth: 0 }}>
        {!selected ? (
          <Typography.Paragraph type="secondary">{t.units.pick}</Typography.Paragraph>
        ) : (
          <>
            <Flex align="center" gap={8} wrap style={{ marginBottom: 4 }}>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {selected.name}
              </Typography.Title>
              <Tag>{t.levels[selected.level]}</Tag>
              <Tag>{t.forces[selected.force]}</Tag>
              <Tag color="blue">{t.components[selected.component]}</Tag>
              {selected.retiredOn && <Tag>{t.units.retiredTag}</Tag>}
            </Flex>
            <Typography.Paragraph type="secondary">
              {selected.localityName ?? selected.agency} ·{' '}
              {format(t.units.members, { own: selected.members, total: selected.totalMembers })}
            </Typography.Paragraph>
            {can.edit && (
              <Flex gap={8} wrap style={{ marginBottom: 12 }}>
                {!selected.retiredOn && (
                  <Button type="primary" onClick={() => setAdding(true)}>
                    {t.member.add}
                  </Button>
                )}
                <Button onClick={() => setDialog({ unit: selected, parent: null })}>{t.units.edit}</Button>
                {!selected.retiredOn && (
                  <Button onClick={() => setDialog({ unit: null, parent: selected })}>{t.units.addChild}</Button>
                )}
                {selected.retiredOn ? (
                  <Button onClick={() => setRetired(selected, false)}>{t.units.restore}</Button>
                ) : (
                  <ConfirmButton confirm={t.units.retireConfirm} onConfirm={() => setRetired(selected, true)} danger>
                    {t.units.retire}
                  </ConfirmButton>
                )}
              </Flex>
            )}
            <MemberTable
              page={members.data}
              loading={members.loading}
              groups={groups}
              showUnit={selected.children.length > 0}
              onPage={(page, pageSize) => setPaging({ page, pageSize })}
              onChanged={changed}
              highlightId={saved.highlightId}
            />
          </>
        )}
      </div>
      {dialog && (
        <UnitDialog
          unit={dialog.unit}
          parent={dialog.parent}
          groups={groups}
          localities={localities.data ?? []}
          onClose={(saved) => {
            setDialog(null);
            if (!saved) return;
            message.success(vi.common.saved);
            setSelectedId(saved.id);
            tree.reload();
          }}
        />
      )}
      {adding && selected && (
        <AddMemberDialog
          unit={selected}
          onClose={(member) => {
            setAdding(false);
            if (!member) return;
            message.success(t.member.added);
            changed(member.id);
          }}
        />
      )}
    </Flex>
  );
}

import { Flex, Tabs, Typography, type TabsProps } from 'antd';
import type { OfficeProfile } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { HelpButton } from '../../shell/HelpButton';
import { helpKey } from '../../shell/help-key';
import { useRemembered } from '../../shared/remembered';
import { AccountsPanel } from '../auth/AccountsPanel';
import { useCan } from '../auth/session-context';
import { BackupPanel } from '../backup/BackupPanel';
import { AuditPanel } from '../audit/AuditPanel';
import { DocumentCountersPanel } from '../documents/DocumentCountersPanel';
import { LegalBasisPanel } from '../law/LegalBasisPanel';
import { LocalitiesPanel } from '../localities/LocalitiesPanel';
import { OfficePeriodsPanel } from '../office/OfficePeriodsPanel';
import { OfficeProfileForm } from '../office/OfficeProfileForm';
import { SpecialtiesPanel } from '../reserves/SpecialtiesPanel';
import { StaffPanel } from '../staff/StaffPanel';

/** Every settings tab, so the help catalogue can be checked against them (each tab's key must be one). */
export const SETTINGS_TABS = [
  'profile',
  'localities',
  'staff',
  'specialties',
  'counters',
  'legal',
  'accounts',
  'backup',
  'audit',
] as const;
type SettingsTab = (typeof SETTINGS_TABS)[number];
type Item = NonNullable<TabsProps['items']>[number] & { key: SettingsTab; label: string };

interface Props {
  office: OfficeProfile;
  onOfficeChanged(): void;
}

export function SettingsScreen({ office, onOfficeChanged }: Props) {
  const can = useCan();
  const [remembered, setActive] = useRemembered<string>('settings.tab', 'profile');
  const items: Item[] = [
    {
      key: 'profile',
      label: vi.settings.profileTab,
      children: (
        <>
          <OfficeProfileForm
            key={`${office.id}-${office.version}`}
            profile={office}
            submitLabel={vi.common.save}
            readOnly={!can.admin}
            onSaved={onOfficeChanged}
          />
          <OfficePeriodsPanel
            key={`periods-${office.id}-${office.version}`}
            current={office}
            canEdit={can.admin}
            onChanged={onOfficeChanged}
          />
        </>
      ),
    },
    { key: 'localities', label: vi.settings.localitiesTab, children: <LocalitiesPanel /> },
    {
      key: 'staff',
      label: vi.settings.staffTab,
      children: <StaffPanel office={office} onOfficeChanged={onOfficeChanged} />,
    },
    { key: 'specialties', label: vi.settings.specialtiesTab, children: <SpecialtiesPanel /> },
    { key: 'counters', label: vi.documents.countersTab, children: <DocumentCountersPanel /> },
    { key: 'legal', label: vi.law.tab, children: <LegalBasisPanel /> },
    // A backup is a full copy of the database, the trail includes logins: both admin only.
    ...(can.admin
      ? ([
          { key: 'accounts', label: vi.auth.accounts.tab, children: <AccountsPanel /> },
          { key: 'backup', label: vi.backup.tab, children: <BackupPanel /> },
          { key: 'audit', label: vi.audit.tab, children: <AuditPanel /> },
        ] satisfies Item[])
      : []),
  ];
  // A remembered tab hidden from this role (e.g. after another login) falls back to the first.
  const active: SettingsTab = items.some((item) => item.key === remembered) ? (remembered as SettingsTab) : 'profile';
  return (
    <>
      <Flex justify="space-between" align="center" gap={12} style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {vi.settings.title}
        </Typography.Title>
        <HelpButton
          helpKey={helpKey('cai-dat', active)}
          title={`${vi.settings.title} › ${items.find((item) => item.key === active)?.label ?? ''}`}
        />
      </Flex>
      {/* Nine tabs do not fit in one row beside the navigation at 125 % scaling (antd would hide the last
          ones under "…"): listed down the left side, every one stays in view. */}
      <Tabs tabPlacement="start" activeKey={active} onChange={setActive} items={items} />
    </>
  );
}

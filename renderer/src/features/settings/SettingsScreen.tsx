import { Tabs, Typography } from 'antd';
import type { OfficeProfile } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
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

interface Props {
  office: OfficeProfile;
  onOfficeChanged(): void;
}

export function SettingsScreen({ office, onOfficeChanged }: Props) {
  const can = useCan();
  const [tab, setTab] = useRemembered('settings.tab', 'profile');
  return (
    <>
      <Typography.Title level={3}>{vi.settings.title}</Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
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
            ? [
                { key: 'accounts', label: vi.auth.accounts.tab, children: <AccountsPanel /> },
                { key: 'backup', label: vi.backup.tab, children: <BackupPanel /> },
                { key: 'audit', label: vi.audit.tab, children: <AuditPanel /> },
              ]
            : []),
        ]}
      />
    </>
  );
}

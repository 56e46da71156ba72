import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../../test/core-harness';
import { CAMPAIGN_TABS } from '../features/conscription/CampaignDetail';
import { TABS as documentsTabs } from '../features/documents/DocumentsScreen';
import { TABS as drillsTabs } from '../features/drills/DrillsScreen';
import { TABS as exchangeTabs } from '../features/exchange/ExchangeScreen';
import { TABS as militiaTabs } from '../features/militia/MilitiaScreen';
import { TABS as peopleTabs } from '../features/people/PeopleSection';
import { TABS as politicalTabs } from '../features/political/PoliticalScreen';
import { TABS as reservesTabs } from '../features/reserves/ReservesScreen';
import { SETTINGS_TABS } from '../features/settings/SettingsScreen';
import { format, vi } from '../messages/vi';
import { HelpButton } from './HelpButton';
import { helpKey } from './help-key';
import { sections, type SectionKey } from './sections';

/** Each section's tabs, as the screens declare them; a section not listed is one screen (or, for Tuyển quân, a list). */
const tabsOf: Partial<Record<SectionKey, readonly string[]>> = {
  'cong-dan': peopleTabs.map((tab) => tab.key),
  'dan-quan-tu-ve': militiaTabs.map((tab) => tab.key),
  'quan-nhan-du-bi': reservesTabs.map((tab) => tab.key),
  'dien-tap-huan-luyen': drillsTabs.map((tab) => tab.key),
  'chinh-tri-chinh-sach': politicalTabs.map((tab) => tab.key),
  'van-ban-bao-cao': documentsTabs.map((tab) => tab.key),
  'trao-doi-du-lieu': exchangeTabs.map((tab) => tab.key),
  'cai-dat': SETTINGS_TABS,
};

/** Every screen the help button can be asked about: sections without tabs, every tab, and a campaign's tabs. */
function everyScreenKey(): string[] {
  const keys = sections.flatMap((s) => tabsOf[s.key]?.map((tab) => helpKey(s.key, tab)) ?? [s.key]);
  return [...keys, ...CAMPAIGN_TABS.map((tab) => helpKey('tuyen-quan', tab))];
}

describe('the "Hướng dẫn" catalogue', () => {
  it.each(everyScreenKey())('has its own entry for %s, with a purpose and steps', (key) => {
    const entry = vi.help.screens[key];
    expect(entry, `no help entry for "${key}"`).toBeDefined();
    expect(entry!.purpose.length).toBeGreaterThan(20);
    expect(entry!.steps.length).toBeGreaterThan(0);
  });

  it('holds no entry for a screen that does not exist (a renamed tab leaves none behind)', () => {
    const known = new Set(everyScreenKey());
    expect(Object.keys(vi.help.screens).filter((key) => !known.has(key))).toEqual([]);
  });
});

describe('the "Hướng dẫn" button', () => {
  it("opens the screen's own purpose, steps and legal basis, and links to the help page", async () => {
    renderScreen(<HelpButton helpKey="dan-quan-tu-ve/tam-hoan-mien" title="Dân quân tự vệ › Tạm hoãn, miễn" />);
    fireEvent.click(screen.getByRole('button', { name: new RegExp(vi.help.button) }));
    const entry = vi.help.screens['dan-quan-tu-ve/tam-hoan-mien']!;
    expect(
      await screen.findByText(format(vi.help.drawerTitle, { title: 'Dân quân tự vệ › Tạm hoãn, miễn' })),
    ).toBeTruthy();
    expect(screen.getByText(entry.purpose)).toBeTruthy();
    expect(screen.getByText(entry.steps[0]!)).toBeTruthy();
    expect(screen.getByText(entry.basis![0]!)).toBeTruthy();
    expect(screen.getByRole('link', { name: vi.help.openGuide }).getAttribute('href')).toBe('#/huong-dan');
  });
});

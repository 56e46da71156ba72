import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { bindMemoryTo, forgetSessionMemory, useRemembered } from './remembered';
import { useListFilters } from './use-list-filters';

interface Filters {
  search: string;
  status?: string;
}

/** A list's filter state as plain controls: what useListFilters keeps is what they show. */
function List() {
  const { filters, paging, setPaging, set } = useListFilters<Filters>('test.list', { search: '', status: 'active' });
  return (
    <>
      <input aria-label="search" value={filters.search} onChange={(e) => set({ search: e.target.value })} />
      <output aria-label="status">{filters.status ?? 'all'}</output>
      <button onClick={() => set({ status: undefined })}>all</button>
      <output aria-label="page">{paging.page}</output>
      <button onClick={() => setPaging({ ...paging, page: paging.page + 1 })}>next</button>
    </>
  );
}

const STAGE_FILTER: readonly (keyof Filters)[] = ['status'];

/** A list inside a record (a campaign's citizens): its page and its status filter are the record's own. */
function ListIn({ record }: { record: string }) {
  const { filters, paging, setPaging, set } = useListFilters<Filters>(
    'test.inner',
    { search: '', status: 'active' },
    20,
    {
      record,
      filters: STAGE_FILTER,
    },
  );
  return (
    <>
      <input aria-label="search" value={filters.search} onChange={(e) => set({ search: e.target.value })} />
      <output aria-label="status">{filters.status ?? 'all'}</output>
      <button onClick={() => set({ status: undefined })}>all</button>
      <output aria-label="page">{paging.page}</output>
      <button onClick={() => setPaging({ ...paging, page: paging.page + 1 })}>next</button>
    </>
  );
}

const searchText = () => (screen.getByLabelText('search') as HTMLInputElement).value;

afterEach(() => {
  forgetSessionMemory();
  localStorage.clear();
});

describe('remembered list filters', () => {
  it('gives a list back its filters and page when the screen opens again, for the same user only', async () => {
    const user = userEvent.setup();
    bindMemoryTo('user-a');
    const first = render(<List />);
    await user.type(screen.getByLabelText('search'), 'nguyen');
    await user.click(screen.getByText('all'));
    await user.click(screen.getByText('next'));
    await user.click(screen.getByText('next'));
    first.unmount();

    render(<List />);
    expect(searchText()).toBe('nguyen');
    // A filter cleared on purpose stays cleared, not back to its default.
    expect(screen.getByLabelText('status').textContent).toBe('all');
    expect(screen.getByLabelText('page').textContent).toBe('3');
  });

  it('starts clean for another user and survives a restart (the storage read afresh) without the typed search', async () => {
    const user = userEvent.setup();
    bindMemoryTo('user-a');
    const first = render(<List />);
    await user.type(screen.getByLabelText('search'), 'tran');
    await user.click(screen.getByText('all'));
    first.unmount();

    act(() => bindMemoryTo('user-b'));
    const other = render(<List />);
    expect(searchText()).toBe('');
    expect(screen.getByLabelText('page').textContent).toBe('1');
    other.unmount();

    // A restart: nobody bound, then the same account again reads what was stored.
    forgetSessionMemory();
    bindMemoryTo('user-a');
    render(<List />);
    expect(screen.getByLabelText('status').textContent).toBe('all');
    // Typed names and ID numbers are personal data: never written to the (unencrypted) profile folder.
    expect(searchText()).toBe('');
    expect(JSON.stringify({ ...localStorage })).not.toContain('tran');
  });

  it('keeps nothing while nobody is logged in', async () => {
    const user = userEvent.setup();
    const first = render(<List />);
    await user.type(screen.getByLabelText('search'), 'x');
    first.unmount();
    render(<List />);
    expect(searchText()).toBe('');
    expect(localStorage.length).toBe(0);
  });

  it('reads a kept value against the defaults: a part of another kind, or a tab since removed, takes its default', () => {
    localStorage.setItem(
      'qsdp.memory.user-a',
      JSON.stringify({
        'test.list.filters': { search: 7, status: 'ended' },
        'test.list.paging': { page: '2', pageSize: 20 },
        'test.tab': 'gone',
      }),
    );
    bindMemoryTo('user-a');
    function Tab() {
      const [tab] = useRemembered<string>('test.tab', 'first', (v) => ['first', 'second'].includes(v));
      return <output aria-label="tab">{tab}</output>;
    }
    render(
      <>
        <List />
        <Tab />
      </>,
    );
    expect(searchText()).toBe('');
    // A part of the right kind is kept.
    expect(screen.getByLabelText('status').textContent).toBe('ended');
    expect(screen.getByLabelText('page').textContent).toBe('1');
    expect(screen.getByLabelText('tab').textContent).toBe('first');
  });

  it('keeps the page and the record’s own filters per record, and the general ones across records', async () => {
    const user = userEvent.setup();
    bindMemoryTo('user-a');
    const view = render(<ListIn record="campaign-2026" />);
    await user.type(screen.getByLabelText('search'), 'le');
    await user.click(screen.getByText('all'));
    await user.click(screen.getByText('next'));
    await user.click(screen.getByText('next'));

    // Another record in the same place on screen: its own page and status, the same search.
    view.rerender(<ListIn record="campaign-2027" />);
    expect(screen.getByLabelText('page').textContent).toBe('1');
    expect(screen.getByLabelText('status').textContent).toBe('active');
    expect(searchText()).toBe('le');
    await user.click(screen.getByText('next'));
    view.unmount();

    // Back to each after a restart: each as it was left there.
    forgetSessionMemory();
    bindMemoryTo('user-a');
    const first = render(<ListIn record="campaign-2026" />);
    expect(screen.getByLabelText('page').textContent).toBe('3');
    expect(screen.getByLabelText('status').textContent).toBe('all');
    first.unmount();
    render(<ListIn record="campaign-2027" />);
    expect(screen.getByLabelText('page').textContent).toBe('2');
    expect(screen.getByLabelText('status').textContent).toBe('active');
  });
});

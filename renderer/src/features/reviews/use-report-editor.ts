import { App } from 'antd';
import { useEffect, useState } from 'react';
import type { ReviewReportDetail, ReviewSectionKey, ReviewSections } from '../../../../electron/core/api/contract';
import { api, ApiCallError } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { useCan } from '../auth/session-context';

const t = vi.reviews;

/** The officer's edits on top of one loaded version. */
interface Edits {
  versionNo: number;
  texts: Partial<ReviewSections>;
  /** Saving met a newer version saved elsewhere: the edits move onto it once it has loaded. */
  rebase?: boolean;
}

/**
 * The edits that apply to the version on screen: those made on it; those just saved as a newer
 * version (shown until it has loaded, so the text does not flicker back); those moved after a
 * conflict. An older version on screen is read-only and shows none.
 */
function editsFor(edits: Edits | null, data: ReviewReportDetail | undefined): Partial<ReviewSections> {
  if (!edits || !data || data.versionNo !== data.report.currentVersion) return {};
  return edits.versionNo >= data.versionNo || edits.rebase ? edits.texts : {};
}

/** Unsaved edits survive leaving the page (another menu, another tab) within this window's session. */
const storageKey = (id: string) => `qsdp.review-edits.${id}`;

function storedEdits(id: string): Edits | null {
  try {
    const raw = sessionStorage.getItem(storageKey(id));
    return raw ? (JSON.parse(raw) as Edits) : null;
  } catch {
    return null;
  }
}

/**
 * The report page's state: the version shown (latest unless one is picked), the officer's
 * unsaved edits, saving a new version (optimistic: the report's `version` goes with it),
 * redrafting one section from the figures, Ctrl+S, and a warning before the window closes.
 * Edits not yet saved are kept in sessionStorage, so a click on another menu does not lose them.
 */
export function useReportEditor(id: string) {
  const { message, modal } = App.useApp();
  const [pickedVersion, setPickedVersion] = useState<number | null>(null);
  const detail = useApiQuery('reviews.report.get', pickedVersion === null ? { id } : { id, versionNo: pickedVersion });
  const versions = useApiQuery('reviews.report.versions', { id });
  const [edits, setEdits] = useState<Edits | null>(() => storedEdits(id));
  const [saving, setSaving] = useState(false);
  const [redrafting, setRedrafting] = useState<ReviewSectionKey | null>(null);
  const can = useCan();

  const data: ReviewReportDetail | undefined = detail.data;
  const readOnly = !data || data.versionNo !== data.report.currentVersion;
  const changed = editsFor(edits, data);
  const justSaved = Boolean(edits && data && edits.versionNo > data.versionNo);
  const dirty =
    !justSaved && Object.entries(changed).some(([key, text]) => text !== data!.sections[key as ReviewSectionKey]);
  const textOf = (key: ReviewSectionKey) => changed[key] ?? data?.sections[key] ?? '';

  function edit(key: ReviewSectionKey, text: string) {
    if (!data || readOnly) return;
    setEdits((e) => ({ versionNo: data.versionNo, texts: { ...editsFor(e, data), [key]: text } }));
  }

  /** Saves every section as a new version; true when saved. A conflict leaves the edits in place. */
  async function save(): Promise<boolean> {
    // Ctrl+S from a read-only account would only earn a refusal from the server.
    if (!data || readOnly || saving || !can.edit) return false;
    setSaving(true);
    try {
      const sections = Object.fromEntries(data.sectionDefs.map((d) => [d.key, textOf(d.key)])) as ReviewSections;
      const saved = await api('reviews.report.save', { id, version: data.report.version, sections });
      setEdits({ versionNo: saved.versionNo, texts: sections });
      setPickedVersion(null);
      detail.reload();
      versions.reload();
      message.success(format(t.saved, { versionNo: saved.versionNo }));
      return true;
    } catch (error) {
      message.error((error as Error).message);
      if (error instanceof ApiCallError && error.code === 'CONFLICT_VERSION') {
        // Saved elsewhere meanwhile: load that version and keep the officer's edits on top of it.
        setEdits((e) => e && { ...e, rebase: true });
        detail.reload();
        versions.reload();
        message.warning(t.conflictKept);
      }
      return false;
    } finally {
      setSaving(false);
    }
  }

  /** Replaces one section with the draft written from today's figures; asks first if that discards text. */
  async function redraft(key: ReviewSectionKey, heading: string) {
    if (!data || readOnly) return;
    setRedrafting(key);
    try {
      const fresh = await api('reviews.report.redraft', { id });
      const current = textOf(key);
      const next = fresh.sections[key];
      const apply = () => {
        edit(key, next);
        message.info(format(t.redrafted, { heading }));
      };
      if (current.trim() === '' || current === next) apply();
      else
        modal.confirm({
          title: format(t.redraftConfirmTitle, { heading }),
          content: t.redraftConfirm,
          okText: t.redraftOk,
          cancelText: vi.common.cancel,
          onOk: apply,
        });
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      setRedrafting(null);
    }
  }

  // Ctrl+S (⌘S) saves from anywhere on the page; the browser's own "save page" is not wanted here.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    if (!data) return;
    if (dirty && edits) sessionStorage.setItem(storageKey(id), JSON.stringify(edits));
    else sessionStorage.removeItem(storageKey(id));
  }, [id, data, dirty, edits]);

  /** Takes the old version on screen as unsaved edits of the latest one (saved as a new version by "Lưu"). */
  function reuseShown() {
    if (!data || !readOnly) return;
    setEdits({ versionNo: data.report.currentVersion, texts: { ...data.sections } });
    setPickedVersion(null);
  }

  /** Drops the unsaved edits (the officer chose to leave without saving). */
  function discard() {
    sessionStorage.removeItem(storageKey(id));
    setEdits(null);
  }

  // Closing or reloading the window with unsaved edits asks first (the browser's own dialog). Not in
  // Electron: there a cancelled unload silently keeps the window open unless the main process asks.
  useEffect(() => {
    if (!dirty || window.qsdp) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  return {
    detail,
    versions,
    data,
    readOnly,
    dirty,
    saving,
    redrafting,
    textOf,
    edit,
    save,
    redraft,
    discard,
    reuseShown,
    pickedVersion,
    pickVersion: setPickedVersion,
  };
}

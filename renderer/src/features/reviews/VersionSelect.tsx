import { Select } from 'antd';
import type { ReviewVersionRow } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDateTime } from './review-format';

const t = vi.reviews;

interface Props {
  versions: readonly ReviewVersionRow[];
  /** The latest version's number (the one that can be edited). */
  current: number;
  /** The version on screen. */
  shown: number;
  onPick(versionNo: number): void;
}

/** The saved versions, newest first ("Phiên bản 3 – 27/11/2026 10:15 – admin"); an older one opens read-only. */
export function VersionSelect({ versions, current, shown, onPick }: Props) {
  const rows = [...versions].sort((a, b) => b.versionNo - a.versionNo);
  const options = rows.map((v) => ({
    value: v.versionNo,
    label: [
      format(t.versionOption, { versionNo: v.versionNo, savedAt: displayDateTime(v.savedAt), savedBy: v.savedBy }),
      v.versionNo === current ? t.latest : '',
    ]
      .filter(Boolean)
      .join(' '),
  }));
  // Until the list has loaded (or right after a save), the version on screen still needs a label.
  if (!rows.some((v) => v.versionNo === shown))
    options.unshift({ value: shown, label: format(t.versionShort, { versionNo: shown }) });
  return (
    <Select aria-label={t.versionLabel} value={shown} style={{ minWidth: 320 }} onChange={onPick} options={options} />
  );
}

import { fill } from '../../../vocabulary/text';
import type { OfficeKind } from '../../../vocabulary/office';
import { statement } from '../db/statements';
import { nameInText } from '../docs/name-in-text';
import type { ApiContext } from '../kernel/context';
import { localityNameOn, TOP_LEVEL_KINDS } from '../localities';
import { vi } from '../messages/vi';
import type { OfficeProfile } from '../office';
import type { IsoDate } from '../shared/dates';

const r = () => vi.reviews.recipientsByKind;

/** Which word of a set the office's name holds ("BAN CHQS HUYỆN …" → 'district'); the last is the default. */
function wordIn<K extends string>(name: string, words: ReadonlyArray<[K, string]>, fallback: K): K {
  const upper = name.toLocaleUpperCase('vi');
  return words.find(([, word]) => upper.includes(word))?.[0] ?? fallback;
}

/** The wards and communes in force on `date` (top-level localities), "phường Đức Xuân, …, xã Nông Thượng". */
function communesOn(ctx: ApiContext, date: IsoDate): string[] {
  const rows = statement(
    ctx.db,
    `SELECT ${localityNameOn('l.id')} AS name FROM localities l
      WHERE l.parent_id IS NULL AND l.kind IN (SELECT value FROM json_each(@kinds)) AND (l.retired_on IS NULL OR l.retired_on > @asOf)
      ORDER BY vi_sort_key(name), l.id`,
  ).all({ asOf: date, kinds: JSON.stringify(TOP_LEVEL_KINDS) }) as { name: string }[];
  return rows.map((row) => row.name.charAt(0).toLocaleLowerCase('vi') + row.name.slice(1));
}

/** A military region's command typed in capitals: nameInText knows place words, not "Quân khu". */
const MILITARY_REGION = /^BỘ TƯ LỆNH QUÂN KHU\s+(.+)$/u;

/** The superior's name inside the line: "Bộ CHQS tỉnh Bắc Kạn", "Bộ Tư lệnh Quân khu 1". */
function superiorInText(parentBody: string): string {
  const region = MILITARY_REGION.exec(parentBody.replace(/\s+/g, ' ').trim());
  return region ? fill(r().militaryRegion, { number: region[1]! }) : nameInText(parentBody);
}

/**
 * The report's "Nơi nhận" by the kind of the office in force on the document's date (its profile
 * period): first its superior — the profile's parent body, which already follows the 2025–2026
 * reorganisation (a ward command under the city, then the regional board, then the province) —
 * "để b/c"; then the local Party committee, council and people's committee the command advises
 * (Law on National Defence 2018, Art. 37 [U: the article on the local military command's duty to
 * advise the Party committee and authorities was not re-read]), and the commands below it. The
 * lines are the offices' common practice; no legal text fixes a report's recipients (Decree
 * 30/2020/NĐ-CP, Annex I, only lays out the "Nơi nhận" block). "Lưu: VT" is added by the layout.
 */
export function reviewRecipients(ctx: ApiContext, office: OfficeProfile, date: IsoDate): string[] {
  const superior = fill(r().superior, { body: superiorInText(office.parentBody) });
  const lines: Record<OfficeKind, () => string[]> = {
    city_district: () => {
      const c = r().cityDistrict;
      const area = wordIn(
        office.name,
        [
          ['district', 'HUYỆN'],
          ['town', 'THỊ XÃ'],
        ],
        'city',
      );
      return [fill(c.cityCommittee, { party: c.party[area], area: c.area[area] }), c.communes];
    },
    ward_commune: () => {
      const w = r().wardCommune;
      const area = wordIn(
        office.name,
        [
          ['ward', 'PHƯỜNG'],
          ['town', 'THỊ TRẤN'],
        ],
        'commune',
      );
      return [fill(w.committee, { area: w.area[area] }), w.units];
    },
    regional_defence: () => {
      const communes = communesOn(ctx, date);
      return [
        communes.length > 0
          ? fill(r().regionalDefence.communes, { list: communes.join(', ') })
          : r().regionalDefence.communesNone,
      ];
    },
    provincial: () => [r().provincial.committee, r().provincial.boards],
  };
  return [superior, ...lines[office.kind]()];
}

import type { Lang } from '@shared/enums';
import { useMemo } from 'react';
import type { Zone } from '../api/types';
import { useZones } from '../api/zones';
import { useT } from '../i18n/use-t';
import { formatDate } from './format';

/** The type word an English zone name ends with; what is left is its short name ("Yibin"). */
const EN_TYPE_SUFFIX = / (Coordinated Reform Pilot Zone|Pilot Free Trade Zone|Area|Block)$/;
/** "China (Sichuan) Pilot Free Trade Zone" is written "Sichuan FTZ" in short, as 四川自贸试验区 is. */
const EN_FTZ = /^China \((.+)\) Pilot Free Trade Zone$/;

/** The short form of an English zone name: the name without its type word. */
export function shortEnglishName(nameEn: string): string {
  const ftz = EN_FTZ.exec(nameEn);
  if (ftz) return `${ftz[1]} FTZ`;
  return nameEn.replace(EN_TYPE_SUFFIX, '') || nameEn;
}

const BATCH_ORDINALS: Record<string, string> = { 首: 'First', 第一: 'First', 第二: 'Second', 第三: 'Third', 第四: 'Fourth', 第五: 'Fifth' };

/**
 * Batch names as the data writes them ("首批(2019-08启动)", "第二批(2022-01)") in English, word for
 * word: "First batch (launched Aug 2019)", "Second batch (Jan 2022)". A name in another shape is
 * left as it is rather than guessed at.
 */
export function groupInEnglish(group: string): string {
  const match = /^(首|第[一二三四五])批\s*(?:[（(]\s*(\d{4}-\d{2}(?:-\d{2})?)\s*(启动)?\s*[）)])?$/.exec(group.trim());
  const ordinal = match && BATCH_ORDINALS[match[1] as string];
  if (!match || !ordinal) return group;
  const [, , date, launched] = match;
  if (!date) return `${ordinal} batch`;
  const when = formatDate(date, null, 'en');
  return `${ordinal} batch (${launched ? `launched ${when}` : when})`;
}

export type ZoneNames = {
  /** The zone's official name in the page's language; `chinese` is the record's copy, for a zone not in the tree. */
  full: (id: number, chinese?: string) => string;
  /** Its short name ("宜宾", "Yibin"). */
  short: (id: number, chinese?: string) => string;
  /**
   * A zone name a record carries without its zone's id (a recommendation's or a similar record's
   * zone), matched against the tree's full then short names; the same form back in the page's language.
   */
  named: (chinese: string) => string;
  /** A pilot batch ("首批(2019-08启动)", "First batch (2019-08, launched)"). */
  group: (group: string) => string;
};

type NamedZone = Pick<Zone, 'id' | 'name' | 'shortName' | 'nameEn'>;

/** The names of zones looked up in `zones` (the cached tree), for `lang`. Pure, so it is testable. */
export function zoneNamesFor(zones: readonly NamedZone[], lang: Lang): ZoneNames {
  const byId = new Map(zones.map((zone) => [zone.id, zone]));
  const english = (id: number) => (lang === 'en' ? byId.get(id)?.nameEn || null : null);
  const byFullName = new Map(zones.map((zone) => [zone.name, zone]));
  const byShortName = new Map(zones.map((zone) => [zone.shortName, zone]));
  return {
    named: (chinese) => {
      const full = byFullName.get(chinese);
      if (full) return english(full.id) ?? chinese;
      const short = byShortName.get(chinese);
      const name = short && english(short.id);
      return name ? shortEnglishName(name) : chinese;
    },
    full: (id, chinese) => english(id) ?? byId.get(id)?.name ?? chinese ?? '',
    short: (id, chinese) => {
      const name = english(id);
      return name ? shortEnglishName(name) : (byId.get(id)?.shortName ?? chinese ?? '');
    },
    group: (group) => (lang === 'en' ? groupInEnglish(group) : group),
  };
}

/**
 * Zone names in the page's language: the zone's English name where the data has one (its
 * short form is that name without the type word), the Chinese name otherwise. Records carry
 * their zone's Chinese names; this looks the English ones up in the cached zone tree, so every
 * page that shows a zone's name goes through here.
 */
export function useZoneNames(): ZoneNames {
  const { lang } = useT();
  const zones = useZones();
  return useMemo(() => zoneNamesFor(zones.data ?? [], lang), [zones.data, lang]);
}

import { useMemo } from 'react';
import { useZones } from '../api/zones';
import { useT } from '../i18n/use-t';

/** The type word an English zone name ends with; what is left is its short name ("Yibin"). */
const EN_TYPE_SUFFIX = / (Coordinated Reform Pilot Zone|Pilot Free Trade Zone|Area|Block)$/;

/** Batch names as the data writes them ("首批(2019-08启动)") in English: word for word, nothing invented. */
function groupInEnglish(group: string): string {
  return group
    .replace(/^首批/, 'First batch ')
    .replace(/^第二批/, 'Second batch ')
    .replace(/^第三批/, 'Third batch ')
    .replace(/启动/, ', launched')
    .replace(/\s+\(/, ' (')
    .replace(/\(\s*,\s*/, '(')
    .trim();
}

/**
 * Zone names in the page's language: the zone's English name where the data has one (its
 * short form is that name without the type word), the Chinese name otherwise. Records carry
 * their zone's Chinese names; this looks the English ones up in the cached zone tree.
 */
export function useZoneNames() {
  const { lang } = useT();
  const zones = useZones();
  return useMemo(() => {
    const byId = new Map((zones.data ?? []).map((zone) => [zone.id, zone]));
    const english = (id: number) => (lang === 'en' ? byId.get(id)?.nameEn || null : null);
    return {
      full: (id: number, chinese: string) => english(id) ?? chinese,
      short: (id: number, chinese: string) => english(id)?.replace(EN_TYPE_SUFFIX, '') ?? chinese,
      group: (group: string) => (lang === 'en' ? groupInEnglish(group) : group),
    };
  }, [zones.data, lang]);
}

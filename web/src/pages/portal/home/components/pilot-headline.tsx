import type { FormationStats } from '../../../../api/types';
import { useFormat } from '../../../../lib/use-format';
import { useT } from '../../../../i18n/use-t';
import { useZoneNames } from '../../../../lib/zone-names';

/** "首批(2019-08启动)" → "首批": the launch date stays in the zone pages, the headline reads as the article does. */
function shortGroup(group: string): string {
  return group.replace(/[（(][^）)]*[）)]\s*$/, '').trim() || group;
}

/** The group the article speaks of: the one 宜宾 belongs to, else the first one. */
function headlineGroup(stats: FormationStats) {
  const yibin = stats.zones.find((zone) => zone.type === 'pilot' && zone.shortName.includes('宜宾'));
  return (yibin && stats.pilotGroups.find((g) => g.group === yibin.group && (yibin.parentId === null || g.ftzId === yibin.parentId))) ?? stats.pilotGroups[0];
}

/** 首批8个先行区：累计形成N项制度创新成果，其中M项在全省复制推广 — computed live, never typed. */
export function PilotHeadline({ stats }: { stats: FormationStats }) {
  const { t } = useT();
  const format = useFormat();
  const names = useZoneNames();
  const group = headlineGroup(stats);
  if (!group) return null;
  const ftz = stats.zones.find((zone) => zone.zoneId === group.ftzId);
  return (
    <div className="yz-headline">
      <p className="yz-headline__main" data-testid="pilot-headline">
        {t('home.pilotHeadline', {
          group: names.group(shortGroup(group.group)),
          n: format.number(group.zoneCount),
          recognized: format.number(group.recognized),
          replicated: format.number(group.provinceReplicated),
        })}
      </p>
      {ftz && (
        <p className="yz-headline__sub" data-testid="ftz-headline">
          {t('home.ftzHeadline', {
            name: names.full(ftz.zoneId, ftz.name),
            recognized: format.number(ftz.recognized),
            replicated: format.number(ftz.provinceReplicated),
            nation: format.number(ftz.nationReplicated),
          })}
        </p>
      )}
    </div>
  );
}

import { Link } from 'react-router';
import type { FormationEntry, ReplicationCounts } from '../../../../api/types';
import { EmptyState } from '../../../../components/page-state';
import { useT } from '../../../../i18n/use-t';
import { useZoneNames } from '../../../../lib/zone-names';
import { ZoneCard } from './zone-card';

type FtzGroup = { ftzId: number; ftzName: string; areas: FormationEntry[]; batches: { group: string | null; zones: FormationEntry[] }[] };

/** Keeps the server's order: the server decides who flies where; we only group. */
function groupFormation(entries: FormationEntry[]): FtzGroup[] {
  const byFtz = new Map<number, FtzGroup>();
  for (const entry of entries) {
    let ftz = byFtz.get(entry.ftzId);
    if (!ftz) {
      ftz = { ftzId: entry.ftzId, ftzName: entry.ftzName, areas: [], batches: [] };
      byFtz.set(entry.ftzId, ftz);
    }
    if (entry.type === 'area') {
      ftz.areas.push(entry);
      continue;
    }
    let batch = ftz.batches.find((b) => b.group === entry.group);
    if (!batch) {
      batch = { group: entry.group, zones: [] };
      ftz.batches.push(batch);
    }
    batch.zones.push(entry);
  }
  return [...byFtz.values()];
}

/** 雁阵: each FTZ's areas fly at the head, its pilot zones follow batch by batch. */
export function Formation({ entries, counts }: { entries: FormationEntry[]; counts?: Map<number, ReplicationCounts> }) {
  const { t } = useT();
  const names = useZoneNames();
  const groups = groupFormation(entries);
  if (groups.length === 0) return <EmptyState description={t('home.formationEmpty')} />;
  return (
    <div className="yz-formation">
      {groups.map((ftz) => (
        <section key={ftz.ftzId} className="yz-formation__ftz" aria-labelledby={`ftz-${ftz.ftzId}`}>
          <h3 id={`ftz-${ftz.ftzId}`} className="yz-formation__ftz-title">
            <Link to={`/zones/${ftz.ftzId}`}>{names.full(ftz.ftzId, ftz.ftzName)}</Link>
          </h3>
          {ftz.areas.length > 0 && (
            <div className="yz-formation__rank yz-formation__rank--head">
              <p className="yz-formation__rank-label">{t('home.head')}</p>
              <div className="yz-formation__cards">
                {ftz.areas.map((entry) => (
                  <ZoneCard key={entry.zoneId} entry={entry} counts={counts?.get(entry.zoneId)} />
                ))}
              </div>
            </div>
          )}
          {ftz.batches.length > 0 && (
            <div className="yz-formation__rank yz-formation__rank--follow">
              <p className="yz-formation__rank-label">{t('home.follow')}</p>
              {ftz.batches.map((batch) => (
                <div key={batch.group ?? '-'} className="yz-formation__batch">
                  <p className="yz-formation__batch-label">
                    {t('home.batch', { group: batch.group ? names.group(batch.group) : t('zone.groupOther') })}
                  </p>
                  <div className="yz-formation__cards">
                    {batch.zones.map((entry) => (
                      <ZoneCard key={entry.zoneId} entry={entry} counts={counts?.get(entry.zoneId)} />
                    ))}
                  </div>
                </div>
              ))}
            </div>
          )}
        </section>
      ))}
    </div>
  );
}

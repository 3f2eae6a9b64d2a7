import { Tag } from 'antd';
import { INNOVATION_DOMAIN_LABELS, NOVELTY_LABELS, REFORM_TASK_LABELS } from '@shared/innovations.enums';
import { Link } from 'react-router';
import type { PublicInnovationListItem } from '../api/types';
import { useFormat } from '../lib/use-format';
import { useT } from '../i18n/use-t';
import { Highlighted } from './highlight';
import { useZoneNames } from '../lib/zone-names';
import { InnovationStatusTag, SampleTag } from './innovation-status-tag';

/** The date a case is filed under on the portal: its latest decision, else when it was explored. */
export function caseDate(item: PublicInnovationListItem): { on: string | null; precision?: 'day' | 'month' | 'year' | null } {
  const decision = [item.nationReplication, item.provinceReplication, item.recognition].find((d) => d?.on);
  return decision ? { on: decision.on, precision: decision.precision } : { on: item.exploredOn, precision: item.exploredPrecision };
}

/** One case in a result list: highlighted title and snippet, status, zone, domain and date. */
export function CaseCard({ item, headingLevel = 3 }: { item: PublicInnovationListItem; headingLevel?: 2 | 3 }) {
  const { t, label } = useT();
  const names = useZoneNames();
  const format = useFormat();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const date = caseDate(item);
  const snippet = item.highlight?.snippet.length ? item.highlight.snippet : null;
  const plain = item.excerpt ?? '';
  return (
    <article className="yz-case-card" data-testid={`case-${item.id}`} aria-labelledby={`case-title-${item.id}`}>
      <Heading id={`case-title-${item.id}`} className="yz-case-card__title">
        <Link to={`/cases/${item.id}`}>
          <Highlighted segments={item.highlight?.title} fallback={item.name} />
        </Link>
      </Heading>
      <div className="yz-case-card__meta">
        <InnovationStatusTag status={item.status} />
        <SampleTag isSample={item.isSample} />
        {item.novelty !== 'none' && (
          <Tag color="red" bordered={false}>
            {label(NOVELTY_LABELS[item.novelty])}
          </Tag>
        )}
        <Link to={`/zones/${item.zoneId}`} title={names.full(item.zoneId, item.zoneName)}>
          {names.short(item.zoneId, item.zoneShortName)}
        </Link>
        <span className="yz-muted">· {label(INNOVATION_DOMAIN_LABELS[item.domain])}</span>
        {item.task && <span className="yz-muted">· {label(REFORM_TASK_LABELS[item.task])}</span>}
        {date.on && <span className="yz-muted">· {format.date(date.on, date.precision)}</span>}
        {item.adoptionCount > 0 && <span className="yz-muted">· {t('case.adoptedBy', { n: format.number(item.adoptionCount) })}</span>}
      </div>
      <p className="yz-case-card__snippet">{snippet ? <Highlighted segments={snippet} /> : plain.length > 140 ? `${plain.slice(0, 140)}…` : plain}</p>
    </article>
  );
}

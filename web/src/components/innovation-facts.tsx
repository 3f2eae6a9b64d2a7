import { Descriptions, Tag } from 'antd';
import { INNOVATION_DOMAIN_LABELS, NOVELTY_LABELS, REFORM_TASK_LABELS } from '@shared/innovations.enums';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PublicInnovation } from '../api/types';
import { useFormat } from '../lib/use-format';
import { useT } from '../i18n/use-t';
import { useZoneNames } from '../lib/zone-names';
import { EffectsTable } from './effects-table';

/** Zone, domain, task, novelty, dates, departments and tags; `extra` adds items (status, counts …). */
export function InnovationFacts({ innovation, zoneHref, extra = [] }: { innovation: PublicInnovation; zoneHref?: string; extra?: { key: string; label: string; children: ReactNode }[] }) {
  const { t, label } = useT();
  const names = useZoneNames();
  const format = useFormat();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xxl: 3 }}
      items={[
        {
          key: 'zone',
          label: t('innovation.zone'),
          children: zoneHref ? <Link to={zoneHref}>{names.full(innovation.zoneId, innovation.zoneName)}</Link> : names.full(innovation.zoneId, innovation.zoneName),
        },
        { key: 'domain', label: t('innovation.domain'), children: label(INNOVATION_DOMAIN_LABELS[innovation.domain]) },
        { key: 'task', label: t('innovation.task'), children: innovation.task ? label(REFORM_TASK_LABELS[innovation.task]) : '—' },
        {
          key: 'novelty',
          label: t('innovation.novelty'),
          children: innovation.novelty === 'none' ? '—' : <Tag color="red" bordered={false}>{label(NOVELTY_LABELS[innovation.novelty])}</Tag>,
        },
        { key: 'explored', label: t('innovation.exploredOn'), children: format.date(innovation.exploredOn, innovation.exploredPrecision) },
        ...extra,
        { key: 'departments', label: t('innovation.departments'), children: innovation.departments.length ? innovation.departments.join('、') : '—' },
        {
          key: 'tags',
          label: t('innovation.tags'),
          span: 'filled' as const,
          children: innovation.tags.length ? (
            <span className="yz-tags">
              {innovation.tags.map((tag) => (
                <Tag key={tag} bordered={false}>
                  {tag}
                </Tag>
              ))}
            </span>
          ) : (
            '—'
          ),
        },
      ]}
    />
  );
}

/** 痛点 → 举措 → 成效: the three parts every case is told in. */
export function InnovationStory({ innovation, headingLevel = 2 }: { innovation: PublicInnovation; headingLevel?: 2 | 3 }) {
  const { t } = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="yz-section-stack yz-section-stack--tight">
      <section aria-labelledby={`pain-${innovation.id}`}>
        <Heading id={`pain-${innovation.id}`} className="yz-subheading">
          {t('innovation.painPoint')}
        </Heading>
        <p className="yz-prose">{innovation.painPoint || '—'}</p>
      </section>
      <section aria-labelledby={`measures-${innovation.id}`}>
        <Heading id={`measures-${innovation.id}`} className="yz-subheading">
          {t('innovation.measures')}
        </Heading>
        <p className="yz-prose">{innovation.measures || '—'}</p>
      </section>
      <section aria-labelledby={`effects-${innovation.id}`}>
        <Heading id={`effects-${innovation.id}`} className="yz-subheading">
          {t('innovation.effects')}
        </Heading>
        <EffectsTable effects={innovation.effects} />
      </section>
    </div>
  );
}

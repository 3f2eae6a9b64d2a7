import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Adoption, Innovation } from '../../../../api/types';
import { useZones } from '../../../../api/zones';
import { AdoptionDialog, useAdoptingZones } from '../../../../components/adoption-dialog';
import { AttachmentList } from '../../../../components/attachment-list';
import { EmptyState } from '../../../../components/page-state';
import { useFormat } from '../../../../lib/use-format';
import { useT } from '../../../../i18n/use-t';
import { SourceCitation } from '../../../../components/source-citation';
import { SampleTag } from '../../../../components/innovation-status-tag';
import { testIdProps } from '../../../../lib/test-id';
import { useZoneNames } from '../../../../lib/zone-names';

/** 复制推广情况: which zones adopted it, when, how, and with what evidence. */
export function AdoptionsCard({ innovation, adoptions }: { innovation: Innovation; adoptions: Adoption[] }) {
  const { t } = useT();
  const format = useFormat();
  const zones = useZones();
  const [open, setOpen] = useState(false);
  // Evidence is uploaded by whoever writes the adopting zone.
  const writable = useMemo(() => new Set((zones.data ?? []).filter((z) => z.abilities.createPlatform).map((z) => z.id)), [zones.data]);
  const adoptedZoneIds = useMemo(() => adoptions.map((a) => a.zoneId), [adoptions]);
  const adopting = useAdoptingZones(innovation.zoneId, adoptedZoneIds);
  // Every zone the user could record for has done so already: say so instead of offering a dead end.
  const nothingLeft = !adopting.isPending && adopting.choices.length === 0;
  const zoneNames = useZoneNames();

  return (
    <Card
      title={
        <h2 className="yz-card-title" id="adoptions-title">
          {t('adoption.title')} <span className="yz-muted yz-small">{format.count(adoptions.length)}</span>
        </h2>
      }
      extra={
        innovation.abilities.adopt && (
          <Tooltip title={nothingLeft ? t('adoption.nothingLeft') : undefined}>
            <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setOpen(true)} disabled={nothingLeft} data-testid="adoption-create">
              {t('adoption.create')}
            </Button>
          </Tooltip>
        )
      }
    >
      <Table<Adoption>
        rowKey="id"
        size="small"
        dataSource={adoptions}
        pagination={adoptions.length > 20 ? { pageSize: 20 } : false}
        scroll={{ x: 760 }}
        locale={{ emptyText: <EmptyState description={t('adoption.empty')} /> }}
        onRow={(a) => testIdProps(`adoption-row-${a.id}`)}
        columns={[
          {
            key: 'zone',
            title: t('adoption.zone'),
            width: 110,
            render: (_, a) => (
              <>
                <Link to={`/console/zones?zone=${a.zoneId}`} title={zoneNames.full(a.zoneId, a.zoneName)}>
                  {zoneNames.short(a.zoneId, a.zoneName)}
                </Link>{' '}
                <SampleTag isSample={a.isSample} />
              </>
            ),
          },
          { key: 'on', title: t('adoption.adoptedOn'), width: 130, render: (_, a) => format.date(a.adoptedOn, 'day') },
          {
            key: 'adaptation',
            title: t('adoption.adaptation'),
            render: (_, a) => (
              <>
                {a.adaptation ? <span className="yz-prose">{a.adaptation}</span> : '—'}
                <SourceCitation source={a.source} note={a.sourceNote} label={t('adoption.source')} />
              </>
            ),
          },
          { key: 'effect', title: t('adoption.observedEffect'), render: (_, a) => (a.observedEffect ? <span className="yz-prose">{a.observedEffect}</span> : '—') },
          {
            key: 'evidence',
            title: t('adoption.evidence'),
            width: 200,
            render: (_, a) => (
              <AttachmentList attachments={a.attachments} target={{ kind: 'adoption', id: a.id }} manage={writable.has(a.zoneId)} allowInternal={false} compact />
            ),
          },
        ]}
      />
      {open && <AdoptionDialog innovation={innovation} adoptedZoneIds={adoptedZoneIds} onClose={() => setOpen(false)} />}
    </Card>
  );
}

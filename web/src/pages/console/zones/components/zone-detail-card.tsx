import { EditOutlined, ExportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space } from 'antd';
import { Link } from 'react-router';
import type { Zone } from '../../../../api/types';
import { ZoneTypeTag } from '../../../../components/zone-type-tag';
import { useFormat } from '../../../../lib/use-format';
import { useT } from '../../../../i18n/use-t';
import { SourceCitation } from '../../../../components/source-citation';
import { ZoneTasks } from '../../../portal/zone/components/zone-facts';
import { useZoneNames } from '../../../../lib/zone-names';

export function ZoneDetailCard({
  zone,
  parentId,
  onEdit,
  onCreateChild,
}: {
  zone: Zone;
  parentId: number | undefined;
  onEdit: () => void;
  onCreateChild: () => void;
}) {
  const { t } = useT();
  const format = useFormat();
  const zoneNames = useZoneNames();
  const name = zoneNames.full(zone.id, zone.name);
  return (
    <Card
      title={
        <h2 className="yz-card-title" data-testid="zone-detail-title">
          {name} <ZoneTypeTag type={zone.type} />
        </h2>
      }
      extra={
        <Space wrap>
          {zone.abilities.update && (
            <Button icon={<EditOutlined aria-hidden="true" />} onClick={onEdit}>
              {t('zones.edit')}
            </Button>
          )}
          {zone.abilities.createChild && (
            <Button icon={<PlusOutlined aria-hidden="true" />} onClick={onCreateChild}>
              {t('zones.createChild')}
            </Button>
          )}
          <Link to={`/zones/${zone.id}`} target="_blank">
            <ExportOutlined aria-hidden="true" /> {t('zone.viewPublic')}
          </Link>
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'code', label: t('zone.code'), children: <code>{zone.code}</code> },
          // The title is in the page's language; the record's own (Chinese) name is one of its fields.
          ...(name !== zone.name ? [{ key: 'name', label: t('zone.name'), children: <span lang="zh-CN">{zone.name}</span> }] : []),
          { key: 'short', label: t('zone.shortName'), children: zone.shortName },
          { key: 'en', label: t('zone.nameEn'), children: zone.nameEn ?? '—' },
          { key: 'parent', label: t('zone.parent'), children: parentId === undefined ? '—' : zoneNames.full(parentId) },
          { key: 'established', label: t('zone.established'), children: format.date(zone.establishedOn, zone.establishedPrecision) },
          { key: 'area', label: t('zone.area'), children: format.area(zone.areaKm2) },
          { key: 'group', label: t('zone.group'), children: zone.group ? zoneNames.group(zone.group) : '—' },
          { key: 'platforms', label: t('zone.platforms'), children: format.count(zone.platformCount) },
          { key: 'tasks', label: t('zone.tasks'), children: <ZoneTasks zone={zone} /> },
          { key: 'positioning', label: t('zone.positioning'), span: 'filled', children: zone.positioning ? <span className="yz-prose">{zone.positioning}</span> : '—' },
          { key: 'description', label: t('zone.description'), span: 'filled', children: zone.description ? <span className="yz-prose">{zone.description}</span> : '—' },
        ]}
      />
      <SourceCitation source={zone.source} note={zone.sourceNote} label={t('zone.source')} />
    </Card>
  );
}

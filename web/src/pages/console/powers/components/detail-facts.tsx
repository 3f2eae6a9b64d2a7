import { Card, Descriptions } from 'antd';
import { DELEGATION_TYPE_LABELS, POWER_ITEM_TYPE_LABELS, POWER_LEVEL_LABELS, POWER_TIER_LABELS } from '@shared/powers.enums';
import type { Delegation } from '../../../../api/types';
import { useT } from '../../../../i18n/use-t';
import { useFormat } from '../../../../lib/use-format';
import { useZoneNames } from '../../../../lib/zone-names';
import { SampleTag, useDays } from './power-tags';

/** The six elements of a 政务服务事项 (名称, 编码, 类型, 主管部门, 实施机关, 依据), with its tier and legal limit. */
export function ItemElements({ delegation }: { delegation: Delegation }) {
  const { t, label } = useT();
  const days = useDays();
  const item = delegation.item;
  return (
    <Card title={t('powers.elements')} data-testid="power-elements">
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered styles={{ label: { width: 140, whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label={t('powers.itemName')}>{item.name}<SampleTag show={item.isSample} /></Descriptions.Item>
        <Descriptions.Item label={t('powers.itemCode')}>{item.code}</Descriptions.Item>
        <Descriptions.Item label={t('powers.itemType')}>{label(POWER_ITEM_TYPE_LABELS[item.itemType])}</Descriptions.Item>
        <Descriptions.Item label={t('powers.tier')}>{label(POWER_TIER_LABELS[item.tier])}</Descriptions.Item>
        <Descriptions.Item label={t('powers.department')}>{item.department}</Descriptions.Item>
        <Descriptions.Item label={t('powers.implementingBody')}>{item.implementingBody}</Descriptions.Item>
        <Descriptions.Item label={t('powers.legalBasis')} span={2}>{item.legalBasis}</Descriptions.Item>
        <Descriptions.Item label={t('powers.legalLimit')} span={2}>{days(item.legalLimitDays)}</Descriptions.Item>
        {item.source && <Descriptions.Item label={t('powers.source')} span={2}><span className="yz-small" style={{ wordBreak: 'break-all' }}>{item.source}</span></Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}

/** How the power went to the zone: level, type, receiving zone and body, batch and its document, dates, 委托书. */
export function DelegationFacts({ delegation: d }: { delegation: Delegation }) {
  const { t, label } = useT();
  const format = useFormat();
  const zoneNames = useZoneNames();
  return (
    <Card title={t('powers.delegation')} data-testid="power-delegation">
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered styles={{ label: { width: 140, whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label={t('powers.level')}>{label(POWER_LEVEL_LABELS[d.batch.level])}</Descriptions.Item>
        <Descriptions.Item label={t('powers.delegationType')}>{label(DELEGATION_TYPE_LABELS[d.delegationType])}</Descriptions.Item>
        <Descriptions.Item label={t('powers.receivingZone')}>{zoneNames.full(d.zone.id, d.zone.name)}</Descriptions.Item>
        <Descriptions.Item label={t('powers.receivingBody')}>{d.receivingBody ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('powers.batch')}>{d.batch.title}<SampleTag show={d.batch.isSample} /></Descriptions.Item>
        <Descriptions.Item label={t('powers.document')}>{d.batch.document ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('powers.publishedOn')}>{format.date(d.batch.publishedOn, d.batch.publishedPrecision)}</Descriptions.Item>
        <Descriptions.Item label={t('powers.effectiveOn')}>{format.date(d.batch.effectiveOn, d.batch.effectivePrecision)}</Descriptions.Item>
        {(d.delegationType === 'entrust' || d.entrustmentRef) && <Descriptions.Item label={t('powers.entrustmentRef')} span={2}>{d.entrustmentRef ?? '—'}</Descriptions.Item>}
        <Descriptions.Item label={t('powers.acceptedOn')}>{format.date(d.acceptedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('powers.runningOn')}>{format.date(d.runningOn)}</Descriptions.Item>
        {d.withdrawnOn && <Descriptions.Item label={t('powers.withdrawnOn')}>{format.date(d.withdrawnOn)}</Descriptions.Item>}
        {d.withdrawnDocument && <Descriptions.Item label={t('powers.withdrawnDocument')}>{d.withdrawnDocument}</Descriptions.Item>}
        {d.internalNote && <Descriptions.Item label={t('powers.internalNote')} span={2}>{d.internalNote}</Descriptions.Item>}
        {d.source && <Descriptions.Item label={t('powers.source')} span={2}><span className="yz-small" style={{ wordBreak: 'break-all' }}>{d.source}</span></Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}

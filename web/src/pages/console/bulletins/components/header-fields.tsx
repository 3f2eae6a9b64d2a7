import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useZones } from '../../../../api/zones';
import { useT } from '../../../../i18n/use-t';
import { useZoneNames } from '../../../../lib/zone-names';

/** 报头: the bulletin's name, 第N期, 编印单位, the headline, the period; the zones it covers; the internal note. */
export function HeaderFields({ readOnly }: { readOnly: boolean }) {
  const { t } = useT();
  const zones = useZones();
  const names = useZoneNames();
  return (
    <Row gutter={12}>
      <Col xs={24} md={16}>
        <Form.Item name="title" label={t('bulletin.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} disabled={readOnly} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="issueNo" label={t('bulletin.issueNo')} rules={[{ required: true }]}>
          <InputNumber min={1} max={9999} precision={0} disabled={readOnly} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="issuer" label={t('bulletin.issuer')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} disabled={readOnly} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="periodLabel" label={t('bulletin.periodLabel')}>
          <Input maxLength={60} disabled={readOnly} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="headline" label={t('bulletin.headline')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} disabled={readOnly} />
        </Form.Item>
        <Form.Item name="coverage" label={t('bulletin.coverage')} extra={t('bulletin.coverageHint')}>
          <Select mode="multiple" disabled={readOnly} loading={zones.isPending} showSearch={{ optionFilterProp: 'label' }}
            options={(zones.data ?? []).map((zone) => ({ value: zone.id, label: names.full(zone.id, zone.name) }))} />
        </Form.Item>
        <Form.Item name="internalNote" label={t('bulletin.internalNote')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} disabled={readOnly} />
        </Form.Item>
      </Col>
    </Row>
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { LIMITS } from '@shared/limits';
import { Button, Card, Col, Form, Input, Row } from 'antd';
import { useT } from '../../../../i18n/use-t';

const DECIMAL = /^-?\d{1,12}(\.\d{1,4})?$/;

/** 成效: an editable list of effects, each a figure (value + unit + period) and/or words. */
export function EffectsEditor() {
  const { t } = useT();
  const max = (field: string, n: number) => ({ max: n, message: t('common.maxLength', { field, max: n }) });
  return (
    <Form.List name="effects">
      {(fields, { add, remove }) => (
        <div className="yz-section-stack yz-section-stack--tight" data-testid="effects-editor">
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              type="inner"
              title={t('innovation.effectN', { n: index + 1 })}
              extra={
                <Button
                  type="text"
                  danger
                  size="small"
                  icon={<DeleteOutlined aria-hidden="true" />}
                  onClick={() => remove(field.name)}
                  aria-label={t('innovation.effectRemove', { n: index + 1 })}
                >
                  {t('innovation.effectRemoveShort')}
                </Button>
              }
            >
              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item
                    label={t('innovation.effectLabel')}
                    name={[field.name, 'label']}
                    rules={[{ required: true, whitespace: true, message: t('common.fieldRequired', { field: t('innovation.effectLabel') }) }, max(t('innovation.effectLabel'), LIMITS.effectLabelMax)]}
                  >
                    <Input maxLength={LIMITS.effectLabelMax} placeholder={t('innovation.effectLabelHint')} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item
                    label={t('innovation.effectValue')}
                    name={[field.name, 'value']}
                    rules={[{ pattern: DECIMAL, message: t('innovation.effectValueInvalid') }]}
                  >
                    <Input inputMode="decimal" placeholder="1.5" />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item label={t('innovation.effectUnit')} name={[field.name, 'unit']} rules={[max(t('innovation.effectUnit'), LIMITS.effectUnitMax)]}>
                    <Input maxLength={LIMITS.effectUnitMax} placeholder={t('innovation.effectUnitHint')} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item label={t('innovation.effectPeriod')} name={[field.name, 'period']} rules={[max(t('innovation.effectPeriod'), LIMITS.effectPeriodMax)]}>
                    <Input maxLength={LIMITS.effectPeriodMax} placeholder={t('innovation.effectPeriodHint')} />
                  </Form.Item>
                </Col>
                <Col span={24}>
                  <Form.Item label={t('innovation.effectText')} name={[field.name, 'text']} rules={[max(t('innovation.effectText'), LIMITS.effectTextMax)]} className="yz-mb-0">
                    <Input.TextArea rows={2} maxLength={LIMITS.effectTextMax} showCount />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          {fields.length < LIMITS.listItemsMax && (
            <Button type="dashed" icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({ label: '' })} block>
              {t('innovation.effectAdd')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Space } from 'antd';
import { useT } from '../../../../i18n/use-t';

/** A criterion's level descriptions (e.g. 25–30 分: 首创性突出), nested in its row of the criteria form. */
export function CriteriaLevels({ criterion }: { criterion: number }) {
  const { t } = useT();
  return (
    <Form.List name={[criterion, 'levels']}>
      {(fields, { add, remove }) => (
        <div className="yz-criteria-levels">
          {fields.map((field, index) => (
            <Space key={field.key} align="baseline" wrap size={8}>
              <Form.Item name={[field.name, 'min']} rules={[{ required: true, message: t('criteria.levelRange') }]}>
                <InputNumber<number> precision={2} placeholder={t('criteria.from')} aria-label={`${t('criteria.level')} ${index + 1} ${t('criteria.from')}`} style={{ width: 90 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'max']} rules={[{ required: true, message: t('criteria.levelRange') }]}>
                <InputNumber<number> precision={2} placeholder={t('criteria.to')} aria-label={`${t('criteria.level')} ${index + 1} ${t('criteria.to')}`} style={{ width: 90 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'zh']} rules={[{ required: true, whitespace: true, message: t('common.fieldRequired', { field: t('criteria.levelZh') }) }]}>
                <Input maxLength={200} placeholder={t('criteria.levelZh')} aria-label={`${t('criteria.level')} ${index + 1} ${t('criteria.levelZh')}`} style={{ width: 220 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'en']}>
                <Input maxLength={200} placeholder={t('criteria.levelEn')} aria-label={`${t('criteria.level')} ${index + 1} ${t('criteria.levelEn')}`} style={{ width: 200 }} />
              </Form.Item>
              <Button type="text" danger size="small" icon={<DeleteOutlined aria-hidden="true" />} aria-label={`${t('evaluation.delete')} ${t('criteria.level')} ${index + 1}`} onClick={() => remove(field.name)} />
            </Space>
          ))}
          <Button type="link" size="small" icon={<PlusOutlined aria-hidden="true" />} onClick={() => add()}>
            {t('criteria.levelAdd')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

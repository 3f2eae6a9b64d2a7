import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Space } from 'antd';
import { useT } from '../../../../i18n/use-t';

/** Where the cursor was last in a section's text, so 插入正文 puts {{key}} there. */
export type Caret = { index: number; position: number };

/** The sections: a heading and a text citing figures as {{key}}; added, removed and reordered. */
export function SectionsEditor({ readOnly, onCaret }: { readOnly: boolean; onCaret: (caret: Caret) => void }) {
  const { t } = useT();
  const track = (index: number) => (event: React.SyntheticEvent<HTMLTextAreaElement>) => onCaret({ index, position: event.currentTarget.selectionStart });
  return (
    <Form.List name="sections">
      {(fields, { add, remove, move }) => (
        <div className="yz-section-stack yz-section-stack--tight">
          {fields.map((field, index) => (
            <Card key={field.key} size="small" title={t('bulletin.section', { n: index + 1 })} data-testid={`section-${index}`}
              extra={!readOnly && (
                <Space size={4}>
                  <Button size="small" icon={<ArrowUpOutlined aria-hidden="true" />} aria-label={t('bulletin.moveUp')} title={t('bulletin.moveUp')} disabled={index === 0} onClick={() => move(index, index - 1)} />
                  <Button size="small" icon={<ArrowDownOutlined aria-hidden="true" />} aria-label={t('bulletin.moveDown')} title={t('bulletin.moveDown')} disabled={index === fields.length - 1} onClick={() => move(index, index + 1)} />
                  <Button size="small" danger icon={<DeleteOutlined aria-hidden="true" />} aria-label={t('bulletin.removeSection')} title={t('bulletin.removeSection')} onClick={() => remove(index)} />
                </Space>
              )}>
              <Form.Item name={[field.name, 'heading']} label={t('bulletin.sectionHeading')} rules={[{ required: true, whitespace: true }]}>
                <Input maxLength={200} disabled={readOnly} />
              </Form.Item>
              <Form.Item name={[field.name, 'body']} label={t('bulletin.sectionBody')} rules={[{ required: true, whitespace: true }]} className="yz-mb-0">
                <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} disabled={readOnly} onSelect={track(index)} onKeyUp={track(index)} onClick={track(index)} />
              </Form.Item>
            </Card>
          ))}
          {!readOnly && (
            <Button icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({ heading: '', body: '' })} data-testid="section-add">
              {t('bulletin.addSection')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}

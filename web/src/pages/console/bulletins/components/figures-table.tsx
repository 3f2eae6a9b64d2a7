import { DeleteOutlined } from '@ant-design/icons';
import { Button, Input, Space, Table, Tag } from 'antd';
import type { BulletinFigure, BulletinFigureBody } from '../../../../api/types';
import { useT } from '../../../../i18n/use-t';

/** The figures a draft defines: what each cites and what it says now (live), its headline label, and a way into the text. */
export function FiguresTable({ figures, evaluated, readOnly, onChange, onInsert }: {
  figures: BulletinFigureBody[];
  evaluated: Map<string, BulletinFigure>;
  readOnly: boolean;
  onChange: (figures: BulletinFigureBody[]) => void;
  onInsert: (key: string) => void;
}) {
  const { t, label } = useT();
  const setLabel = (key: string, headlineLabel: string) => onChange(figures.map((f) => (f.key === key ? { ...f, headlineLabel: headlineLabel || null } : f)));
  return (
    <Table<BulletinFigureBody>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={figures}
      onRow={(row) => ({ 'data-testid': `figure-row-${row.key}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('bulletin.figureKey'), dataIndex: 'key', render: (key: string) => <code>{`{{${key}}}`}</code> },
        { title: t('bulletin.figureCites'), key: 'cites', render: (_, row) => (evaluated.get(row.key) ? label(evaluated.get(row.key)!.label) : '—') },
        {
          title: t('bulletin.figureValue'),
          key: 'value',
          render: (_, row) => {
            const figure = evaluated.get(row.key);
            if (!figure) return '—';
            if (figure.available && figure.text) return label(figure.text);
            return <span className="yz-bulletin__missing" title={figure.problem ? label(figure.problem) : undefined}>{t('bulletin.missing')}{figure.problem && <Tag color="red">{label(figure.problem)}</Tag>}</span>;
          },
        },
        {
          title: t('bulletin.headlineLabel'),
          key: 'headlineLabel',
          render: (_, row) => (readOnly ? row.headlineLabel ?? '' : <Input size="small" aria-label={`${t('bulletin.headlineLabel')} ${row.key}`} value={row.headlineLabel ?? ''} maxLength={60} onChange={(e) => setLabel(row.key, e.target.value)} />),
        },
        ...(readOnly
          ? []
          : [
              {
                title: '',
                key: 'actions',
                render: (_: unknown, row: BulletinFigureBody) => (
                  <Space size={4}>
                    <Button size="small" onClick={() => onInsert(row.key)} data-testid={`figure-insert-${row.key}`}>{t('bulletin.insert')}</Button>
                    <Button size="small" danger icon={<DeleteOutlined aria-hidden="true" />} aria-label={`${t('bulletin.removeFigure')} ${row.key}`} title={t('bulletin.removeFigure')} onClick={() => onChange(figures.filter((f) => f.key !== row.key))} />
                  </Space>
                ),
              },
            ]),
      ]}
    />
  );
}

/**
 * What every dashboard chart has around it: a heading, the controls, 导出图片 (PNG drawn from the
 * SVG chart), 导出 Excel (the server's workbook in the page's language), the 查看数据表 toggle and
 * the chart's data as a table — visually hidden until shown, always read by screen readers.
 */
import { App, Button, Space, Switch, Typography } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { download, saveBlob } from '../api/api';
import { useT } from '../i18n/use-t';
import { chartToPng } from '../lib/chart-png';
import type { EChartsCoreOption, EChartsType } from '../lib/echarts';
import { errorMessage } from '../lib/form-errors';
import { EChart } from './echart';

type Props = {
  testId: string;
  heading: string;
  /** The chart's full title: its accessible name and the exported files' name. */
  title: string;
  controls?: ReactNode;
  option: EChartsCoreOption;
  height: number;
  empty: boolean;
  xlsx: { path: string; query: Record<string, string | number | undefined> } | null;
  table: (hidden: boolean) => ReactNode;
};

export function ChartFrame({ testId, heading, title, controls, option, height, empty, xlsx, table }: Props) {
  const { t } = useT();
  const { message } = App.useApp();
  const [showTable, setShowTable] = useState(false);
  const chart = useRef<EChartsType | null>(null);
  const exportPng = () => {
    if (!chart.current) return;
    chartToPng(chart.current).then(
      (blob) => saveBlob(blob, `${title}.png`),
      () => void message.error(t('dashboard.exportFailed')),
    );
  };
  const exportXlsx = () => {
    if (xlsx) download(xlsx.path, xlsx.query, `${title}.xlsx`).catch((error: unknown) => void message.error(errorMessage(error)));
  };
  const headingId = `${testId}-title`;
  return (
    <section className="yz-section-stack yz-section-stack--tight" aria-labelledby={headingId} data-testid={testId}>
      <Typography.Title level={2} className="yz-h3" id={headingId}>
        {heading}
      </Typography.Title>
      <Space wrap>
        {controls}
        <Button onClick={exportPng} disabled={empty} data-testid={`${testId}-png`}>
          {t('dashboard.exportPng')}
        </Button>
        <Button onClick={exportXlsx} disabled={empty || !xlsx} data-testid={`${testId}-xlsx`}>
          {t('dashboard.exportXlsx')}
        </Button>
        <Switch checked={showTable} onChange={setShowTable} aria-label={t('dashboard.showTable')} data-testid={`${testId}-table-toggle`} />
        <span aria-hidden="true">{t('dashboard.showTable')}</span>
      </Space>
      {!empty && (
        <>
          <EChart option={option} height={height} ariaLabel={title} onChart={(instance) => (chart.current = instance)} />
          {table(!showTable)}
        </>
      )}
    </section>
  );
}

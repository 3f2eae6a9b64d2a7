import { useEffect, useRef } from 'react';
import { type EChartsCoreOption, type EChartsType, init } from '../lib/echarts';
import { FONT_STACK } from '../theme';

/** A thin ECharts host. Charts are decorative twins of a data table, which carries the numbers for screen readers. */
export function EChart({ option, height = 280, ariaLabel }: { option: EChartsCoreOption; height?: number; ariaLabel: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = init(element, undefined, { renderer: 'svg' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption({ textStyle: { fontFamily: FONT_STACK }, ...option }, true);
  }, [option]);

  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} />;
}

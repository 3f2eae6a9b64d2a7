import { useEffect, useRef } from 'react';
import type { EChartsCoreOption, EChartsType } from '../lib/echarts';
import { usePrefersReducedMotion } from '../reduced-motion';
import { FONT_STACK } from '../theme';

/** ECharts is the largest part of the client: fetched when a chart first nears the screen. */
const loadECharts = () => import('../lib/echarts');

/** A thin ECharts host. Charts are decorative twins of a data table, which carries the numbers for screen readers. */
export function EChart({ option, height = 280, ariaLabel, onChart }: { option: EChartsCoreOption; height?: number; ariaLabel: string; onChart?: (chart: EChartsType | null) => void }) {
  const onChartRef = useRef(onChart);
  onChartRef.current = onChart;
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const animation = !usePrefersReducedMotion();
  const optionRef = useRef({ animation, ...option });
  optionRef.current = { animation, ...option };

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let disposed = false;
    let resizeObserver: ResizeObserver | undefined;
    const show = () =>
      void loadECharts().then(({ init }) => {
        if (disposed) return;
        const chart = init(element, undefined, { renderer: 'svg' });
        chartRef.current = chart;
        onChartRef.current?.(chart);
        chart.setOption({ textStyle: { fontFamily: FONT_STACK }, ...optionRef.current }, true);
        resizeObserver = new ResizeObserver(() => chart.resize());
        resizeObserver.observe(element);
      });
    const visibility = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        visibility.disconnect();
        show();
      },
      { rootMargin: '200px' },
    );
    visibility.observe(element);
    return () => {
      disposed = true;
      visibility.disconnect();
      resizeObserver?.disconnect();
      chartRef.current?.dispose();
      chartRef.current = null;
      onChartRef.current?.(null);
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption({ textStyle: { fontFamily: FONT_STACK }, animation, ...option }, true);
  }, [option, animation]);

  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} />;
}

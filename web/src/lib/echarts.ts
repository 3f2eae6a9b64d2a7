// Only what the charts use, so the echarts chunk stays small (tree-shaken from echarts/core).
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { init };
export type { EChartsCoreOption, EChartsType } from 'echarts/core';

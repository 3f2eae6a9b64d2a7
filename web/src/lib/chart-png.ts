/**
 * A chart as a PNG: the host renders SVG, so the chart's SVG is drawn on a canvas (twice the
 * size, on white) and the canvas encoded as PNG. No second chart instance, no network.
 */
import type { EChartsType } from './echarts';

export async function chartToPng(chart: EChartsType, scale = 2): Promise<Blob> {
  const svg = (chart as unknown as { renderToSVGString: () => string }).renderToSVGString();
  const width = chart.getWidth();
  const height = chart.getHeight();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('chart svg did not load'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas gave no png'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * A chart as a PNG: the host renders SVG, so the chart's SVG is drawn on a canvas (twice the
 * size, on white, from a data: URL) and the canvas encoded as PNG. No second chart instance, no network.
 */
import type { EChartsType } from './echarts';

export async function chartToPng(chart: EChartsType, scale = 2): Promise<Blob> {
  // The SVG the host drew (renderToSVGString needs a server-side-rendering chart).
  const drawn = chart.getDom().querySelector('svg');
  if (!drawn) throw new Error('the chart has not been drawn');
  const svg = new XMLSerializer().serializeToString(drawn);
  const width = chart.getWidth();
  const height = chart.getHeight();
  // A data: URL (the CSP's img-src allows data:, not blob:).
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
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
}

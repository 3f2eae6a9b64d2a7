import type { Lang } from '@shared/enums';

/** Similarity and relevance scores come as 0–1; shown as a percentage the way people read them. */
export function formatScore(score: number, lang: Lang): string {
  if (score >= 0 && score <= 1) return `${Math.round(score * 100)}%`;
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 }).format(score);
}

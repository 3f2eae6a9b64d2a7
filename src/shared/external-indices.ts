/**
 * External indices as published (中山大学 制度创新指数): the levels they rank at, by the name the
 * publisher uses, with an English name. A level not listed here is shown as published in both.
 */
import type { Label } from './enums.js';

export const EXTERNAL_INDEX_LEVEL_LABELS: Record<string, Label> = {
  '片区(总指数)': { zh: '片区（总指数）', en: 'Areas (overall index)' },
  省级: { zh: '省级', en: 'Provinces' },
  沿边片区: { zh: '沿边片区', en: 'Border areas' },
  内陆片区: { zh: '内陆片区', en: 'Inland areas' },
  '分项:贸易便利化': { zh: '分项：贸易便利化', en: 'Sub-index: trade facilitation' },
  '分项:投资自由化': { zh: '分项：投资自由化', en: 'Sub-index: investment liberalisation' },
  '分项:金融改革创新': { zh: '分项：金融改革创新', en: 'Sub-index: financial reform and innovation' },
};

export const levelLabel = (level: string): Label => EXTERNAL_INDEX_LEVEL_LABELS[level] ?? { zh: level, en: level };

import type { ThemeConfig } from 'antd';

export const FONT_STACK =
  '-apple-system, BlinkMacSystemFont, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif';

/**
 * The English interface is set in a Latin face first: CJK faces draw “quotes” and some
 * punctuation full-width, which gaps English text. Chinese data still falls back to the CJK faces.
 */
export const FONT_STACK_EN =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

/** Restrained government palette: deep blue for actions, a single red for the brand and accents. */
export const COLORS = {
  brandRed: '#b3202a',
  primary: '#1d4f91',
  ink: '#1f2329',
  muted: '#646a73',
} as const;

export const theme: ThemeConfig = {
  token: {
    colorPrimary: COLORS.primary,
    colorLink: COLORS.primary,
    colorError: '#c0262d',
    fontFamily: FONT_STACK,
    borderRadius: 4,
    colorTextBase: COLORS.ink,
    // AntD's default greys (45% black) fail WCAG AA contrast (4.5:1) on white: use solid greys.
    colorTextSecondary: '#4e5358',
    colorTextTertiary: '#5c6168',
    colorTextDescription: '#5c6168',
    colorTextPlaceholder: '#6b7077',
    colorTextLabel: '#4e5358',
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', bodyBg: '#f4f6f9', headerHeight: 56, headerPadding: '0 24px' },
    Menu: { itemBorderRadius: 4 },
  },
};

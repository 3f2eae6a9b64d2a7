/**
 * Why an indicator figure was refused: a code the server and the import preview localise (the
 * messages are in `messages.ts`) and its raw parameters. Thrown by conversions and derived
 * figures, returned (never thrown) by the cell parser.
 */
import type { FigureMessageKey } from './messages.js';

export type FigureErrorCode = FigureMessageKey;
export type FigureErrorParams = Record<string, string | number>;

export class FigureError extends Error {
  constructor(
    readonly code: FigureErrorCode,
    readonly params: FigureErrorParams = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'FigureError';
  }
}

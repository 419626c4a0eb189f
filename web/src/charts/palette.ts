/**
 * Okabe-Ito colours (Okabe & Ito 2008, "Color Universal Design"): distinguishable with the common
 * colour-vision deficiencies. Runs in a comparison also differ by dash pattern, so they survive
 * greyscale printing.
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Colours for runs 1, 2, 3... (yellow left out: too pale on white). */
export const RUN_COLOURS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.vermillion,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
];

export const RUN_DASHES: number[][] = [[], [10, 5], [3, 3], [12, 4, 3, 4], [6, 6], [2, 6], [14, 3]];

export const runColour = (i: number) => RUN_COLOURS[i % RUN_COLOURS.length]!;
export const runDash = (i: number) => RUN_DASHES[i % RUN_DASHES.length]!;

/** '#0072B2' with alpha -> 'rgba(0, 114, 178, alpha)'. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

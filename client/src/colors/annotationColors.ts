// The theme colours of the annotations, listed once: package.json's `contributes.colors` must equal
// `contributedColors()` (the manifest test checks it) and the decorations paint with these ids. Each kind has its
// own hue in every theme kind; the defaults meet WCAG AA (4.5:1) against the default themes' editor backgrounds
// (a unit test measures it). No `vscode` import: the unit tests load this file.
import { KIND_SWATCH } from '../../../server/src/labels';
import type { SemanticTokenType } from '../../../server/src/tokenSpans';

export type ColorKind = SemanticTokenType | 'speaker';

export interface AnnotationColor {
  kind: ColorKind;
  id: string;
  description: string;
  /** The legend's square (labels.ts KIND_SWATCH): the hover and the README show it, so the legend reads in any client. */
  swatch: string;
  defaults: { light: string; dark: string; highContrast: string; highContrastLight: string };
}

export const ANNOTATION_COLORS: readonly AnnotationColor[] = [
  {
    kind: 'person',
    id: 'newsAnnotator.person',
    description: 'Text colour of the people named in a news article.',
    swatch: KIND_SWATCH.person,
    defaults: { light: '#0550AE', dark: '#79C0FF', highContrast: '#9CD1FF', highContrastLight: '#0B3E7A' },
  },
  {
    kind: 'organization',
    id: 'newsAnnotator.organization',
    description: 'Text colour of the organizations named in a news article.',
    swatch: KIND_SWATCH.organization,
    defaults: { light: '#8250DF', dark: '#D2A8FF', highContrast: '#E0C4FF', highContrastLight: '#5A2DA8' },
  },
  {
    kind: 'place',
    id: 'newsAnnotator.place',
    description: 'Text colour of the places named in a news article.',
    swatch: KIND_SWATCH.place,
    defaults: { light: '#116329', dark: '#7EE787', highContrast: '#9EF0A5', highContrastLight: '#0A4A1E' },
  },
  {
    kind: 'date',
    id: 'newsAnnotator.date',
    description: 'Text colour of the dates and times of a news article.',
    swatch: KIND_SWATCH.date,
    defaults: { light: '#8A5A00', dark: '#E3B341', highContrast: '#F2CC60', highContrastLight: '#5E3D00' },
  },
  {
    kind: 'quote',
    id: 'newsAnnotator.quote',
    description: 'Text colour of the quotations of a news article.',
    swatch: KIND_SWATCH.quote,
    defaults: { light: '#A31515', dark: '#F48771', highContrast: '#FFA198', highContrastLight: '#7A0F0F' },
  },
  {
    kind: 'speaker',
    id: 'newsAnnotator.speaker',
    description: 'Underline of the mention that names who says a quotation (the mention keeps its type colour and is bold).',
    swatch: '▁',
    defaults: { light: '#00707A', dark: '#4FD1C5', highContrast: '#7EE8DE', highContrastLight: '#004F56' },
  },
];

export const COLOR_OF: Record<ColorKind, AnnotationColor> = Object.fromEntries(ANNOTATION_COLORS.map((color) => [color.kind, color])) as Record<ColorKind, AnnotationColor>;

/** package.json's `contributes.colors`. */
export function contributedColors(): { id: string; description: string; defaults: AnnotationColor['defaults'] }[] {
  return ANNOTATION_COLORS.map(({ id, description, defaults }) => ({ id, description, defaults }));
}

/** WCAG 2 contrast ratio of two `#RRGGBB` colours (1 to 21). */
export function contrastRatio(foreground: string, background: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

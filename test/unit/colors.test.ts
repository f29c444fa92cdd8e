// The annotation colours: readable on the default themes (WCAG AA), one hue per kind in every theme kind, and
// the spans the decorations paint.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ANNOTATION_COLORS, contrastRatio } from '../../client/src/colors/annotationColors';
import { decorationSpans } from '../../client/src/colors/decorationModel';
import { HANDMADE_TEXT, handmadeAnnotations } from '../protocol/handmadeAnnotations';

/** Editor backgrounds of the themes VS Code ships as defaults. */
const BACKGROUND = {
  light: '#FFFFFF', // Default Light Modern
  dark: '#1F1F1F', // Default Dark Modern
  highContrast: '#000000', // Default High Contrast
  highContrastLight: '#FFFFFF', // Default High Contrast Light
} as const;
const WCAG_AA_TEXT = 4.5;

describe('annotation colours', () => {
  test('the contrast ratio is the WCAG one', () => {
    assert.equal(contrastRatio('#000000', '#FFFFFF'), 21);
    assert.equal(contrastRatio('#777777', '#777777'), 1);
    assert.ok(Math.abs(contrastRatio('#767676', '#FFFFFF') - 4.54) < 0.01);
  });

  for (const color of ANNOTATION_COLORS) {
    test(`${color.kind} meets WCAG AA on the default light, dark and high-contrast backgrounds`, () => {
      for (const theme of Object.keys(BACKGROUND) as (keyof typeof BACKGROUND)[]) {
        const ratio = contrastRatio(color.defaults[theme], BACKGROUND[theme]);
        assert.ok(ratio >= WCAG_AA_TEXT, `${color.id} ${theme} ${color.defaults[theme]} on ${BACKGROUND[theme]}: ${ratio.toFixed(2)}:1`);
      }
    });
  }

  test('every kind has its own colour in every theme kind', () => {
    for (const theme of Object.keys(BACKGROUND) as (keyof typeof BACKGROUND)[]) {
      const colors = ANNOTATION_COLORS.map((color) => color.defaults[theme].toUpperCase());
      assert.equal(new Set(colors).size, colors.length, theme);
    }
  });

  test('the kinds are told apart by more than lightness: their hues differ by at least 25°', () => {
    const hue = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
      const max = Math.max(r, g, b);
      const delta = max - Math.min(r, g, b);
      const h = max === r ? ((g - b) / delta) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
      return (h * 60 + 360) % 360;
    };
    for (const theme of ['light', 'dark'] as const) {
      const hues = ANNOTATION_COLORS.map((color) => ({ id: color.id, hue: hue(color.defaults[theme]) }));
      for (const a of hues) {
        for (const b of hues) {
          if (a.id >= b.id) continue;
          const apart = Math.min(Math.abs(a.hue - b.hue), 360 - Math.abs(a.hue - b.hue));
          assert.ok(apart >= 25, `${theme}: ${a.id} and ${b.id} are ${apart.toFixed(0)}° apart`);
        }
      }
    }
  });
});

describe('decoration spans', () => {
  test('each token is painted once in its type colour, and the speaker mention also gets the speaker underline', () => {
    const spans = decorationSpans(handmadeAnnotations());
    const texts = (kind: keyof typeof spans) => spans[kind].map((span) => HANDMADE_TEXT.slice(span.start, span.end));
    assert.deepEqual(texts('person'), ['Vladimir Putin', 'Putin']);
    assert.deepEqual(texts('speaker'), ['Vladimir Putin']);
    assert.deepEqual(texts('place'), ['Moscow']);
    assert.deepEqual(texts('date'), ['Nov 28', 'November 27', '2026']);
    assert.ok(texts('quote').includes('“We are ready.”'));
  });
});

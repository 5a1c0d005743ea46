import { describe, expect, it } from 'vitest';
import { getPlacement, type PlacementInput } from '@/lib/sidebar/placement';

const base: PlacementInput = { viewportWidth: 1200, viewportHeight: 800, width: 340, preferredSide: 'right', avoid: [], minHeight: 240, margin: 8 };
const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('getPlacement', () => {
  it.each([
    ['nothing to avoid: the preferred side, full height', base, { side: 'right', top: 0, height: 800 }],
    ['RTL prefers the left', { ...base, preferredSide: 'left' as const }, { side: 'left', top: 0, height: 800 }],
    ['a send button elsewhere is ignored', { ...base, avoid: [rect(100, 700, 180, 740)] }, { side: 'right', top: 0, height: 800 }],
    ['a send button at the bottom right: the panel ends above it', { ...base, avoid: [rect(1100, 740, 1180, 780)] }, { side: 'right', top: 0, height: 732 }],
    ['a send button at the top right: the panel starts below it', { ...base, avoid: [rect(1100, 10, 1180, 50)] }, { side: 'right', top: 58, height: 742 }],
    [
      'a button in the middle: the larger free stretch',
      { ...base, avoid: [rect(1000, 300, 1100, 340)] },
      { side: 'right', top: 348, height: 452 },
    ],
    [
      'no room on the right: the left side',
      { ...base, avoid: [rect(900, 200, 1200, 700)] },
      { side: 'left', top: 0, height: 800 },
    ],
    [
      'no room anywhere: the preferred side, full height',
      { ...base, avoid: [rect(0, 200, 1200, 700)] },
      { side: 'right', top: 0, height: 800 },
    ],
    ['off-screen rectangles are ignored', { ...base, avoid: [rect(1100, 900, 1180, 950)] }, { side: 'right', top: 0, height: 800 }],
  ])('%s', (_name, input, expected) => {
    expect(getPlacement(input)).toEqual(expected);
  });
});

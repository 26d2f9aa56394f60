/**
 * Demo sample pictures, drawn here as small SVGs so that demo ImageUrls show in a browser without internet. The
 * same name always gives the same picture: colours from a hash of the name, a shape from its algorithm prefix.
 */
import { hashText } from './seeded-random';

/** Names the image route serves: what demo samples use, and nothing a path or markup could abuse. */
export const DEMO_IMAGE_NAME = /^[A-Za-z0-9_-]{1,64}$/;

const SHAPES: Record<string, string> = {
  // A tower on a skyline.
  landmark:
    '<path d="M150 190 L160 70 L170 190 Z M60 190 h200 v10 h-200 Z M100 190 v-50 h30 v50 Z M190 190 v-70 h30 v70 Z"/>',
  // A box seen at an angle.
  object: '<path d="M110 100 L160 75 L210 100 L210 165 L160 190 L110 165 Z" opacity="0.9"/>',
  // A round badge.
  logo: '<circle cx="160" cy="125" r="55"/><circle cx="160" cy="125" r="30" fill="white" opacity="0.5"/>',
  // A head and shoulders.
  face: '<circle cx="160" cy="105" r="35"/><path d="M95 195 Q160 120 225 195 Z"/>',
};

export function renderDemoImage(name: string): string {
  if (!DEMO_IMAGE_NAME.test(name)) throw new RangeError(`not a demo image name: ${name.slice(0, 80)}`);
  const hash = hashText(name);
  const hue = hash % 360;
  const accent = (hue + 150) % 360;
  const shape = SHAPES[name.split('-')[0] ?? ''] ?? SHAPES.object;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240" viewBox="0 0 320 240">',
    `<title>${name}</title>`,
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,72%)"/>`,
    `<stop offset="1" stop-color="hsl(${hue},55%,45%)"/></linearGradient></defs>`,
    '<rect width="320" height="240" fill="url(#g)"/>',
    `<g fill="hsl(${accent},45%,30%)">${shape}</g>`,
    `<text x="160" y="228" font-family="sans-serif" font-size="13" text-anchor="middle" fill="white">${name}</text>`,
    '</svg>',
  ].join('');
}

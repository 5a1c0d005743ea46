// Renders scripts/assets/icon.svg to the PNG sizes the stores and browsers ask for (public/icon/<size>.png).
// Run by hand after changing the SVG: node scripts/render-icons.mjs
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { AUTOMATION_ARGS, getChromiumPath } from './chromium.mjs';

const svg = readFileSync(new URL('./assets/icon.svg', import.meta.url), 'utf8');
const executablePath = getChromiumPath();
const browser = await chromium.launch({ executablePath, args: [...AUTOMATION_ARGS] });
mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: new URL(`../public/icon/${size}.png`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();

/**
 * Layout at the sizes people use: every main screen fits its width (no sideways scrolling) at 1024×640, 1280×720,
 * 1366×768, 1920×1080 and at 200% zoom, and the header fits. 200% zoom halves the CSS pixels: a 1366×768 laptop at
 * 200% lays out like a 683×384 CSS-pixel viewport (the device scale factor only sharpens the rendering, so one
 * browser page is resized instead of opening a zoomed context per size). One page walks the screens as a user
 * reaches them; each screen is measured at every size.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, startServer, tempDbPath, useBrowserAndServer } from './harness';

const env = useBrowserAndServer();

const SIZES = [
  { name: '1024×640', width: 1024, height: 640 },
  { name: '1280×720', width: 1280, height: 720 },
  { name: '1366×768', width: 1366, height: 768 },
  { name: '1920×1080', width: 1920, height: 1080 },
  { name: '200% zoom (683×384 CSS px)', width: 683, height: 384 },
];
const LAPTOP = { width: 1366, height: 768 };
/** At 200% zoom the header may take at most this part of the viewport's height. */
const HEADER_SHARE_AT_ZOOM = 0.25;

/** Measures the screen now shown at every size; a page wider than its viewport is reported with its figures. */
async function fitsEverySize(page: Page, screen: string, problems: string[], checked: string[]) {
  await page.waitForLoadState('networkidle');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const { scroll, client, widest } = await page.evaluate(() => {
      const client = document.documentElement.clientWidth;
      // The first elements that reach past the right edge, to say where a failure comes from.
      const widest = [...document.querySelectorAll<HTMLElement>('main *')]
        .filter((el) => el.getBoundingClientRect().right > client + 0.5)
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return { scroll: document.documentElement.scrollWidth, client, widest };
    });
    if (scroll > client)
      problems.push(`${screen} at ${size.name}: ${scroll} px wide in ${client} px (${widest.join(', ')})`);
  }
  await page.setViewportSize(LAPTOP);
  checked.push(screen);
}

/** The header's height and every header label that wraps onto a second line (a word broken in two, too). */
async function headerFit(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector<HTMLElement>('.app-header')!;
    const wrapped = [...header.querySelectorAll<HTMLElement>('button, .brand__name, .brand__tagline, option')]
      .filter((el) => el.getClientRects().length > 0)
      .filter((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return tops.size > 1;
      })
      .map((el) => el.textContent);
    return { height: header.getBoundingClientRect().height, viewport: window.innerHeight, wrapped };
  });
}

describe('layout', () => {
  it('no main screen scrolls sideways at any size (nl)', async () => {
    const page = await newPage(env.browser);
    const problems: string[] = [];
    const checked: string[] = [];
    const fits = (screen: string) => fitsEverySize(page, screen, problems, checked);
    await page.goto(env.server.url);
    await page.getByRole('heading', { level: 1, name: 'Audits' }).waitFor();
    await fits('home');
    await page.getByRole('navigation').getByRole('button', { name: 'Nieuw dossier' }).click();
    await page.getByRole('button', { name: 'Dossier aanmaken' }).waitFor();
    await fits('new case file');
    await page.getByRole('navigation').getByRole('button', { name: 'Nieuwe audit' }).click();
    await page.getByRole('button', { name: 'Audit starten' }).waitFor();
    await fits('new audit');

    await page.getByRole('navigation').getByRole('button', { name: 'Audits' }).click();
    await page.getByRole('button', { name: 'Audit DEMO-OCJ-2025-004 openen' }).click();
    await page.getByRole('heading', { name: 'Wie scoort nu?' }).waitFor();
    await fits('audit: who scores now');
    await page.getByRole('button', { name: 'Scoren als Jonas Proef (demo)' }).click();
    await page.getByRole('dialog').waitFor();
    await fits('seat dialog');
    await page.getByRole('button', { name: 'Ja, ik ben Jonas Proef (demo)' }).click();
    await page.getByText('Stap 1 van 6').waitFor();
    await fits('scoring (consultant), first step');
    await page.getByRole('button', { name: /^Nakijken en indienen/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Nakijken en indienen' }).waitFor();
    await fits('scoring, review');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Indienen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Geef de laptop aan/ }).waitFor();
    await fits('hand-over');
    await page.getByRole('button', { name: /^Ik ben .*: ik begin te scoren$/ }).click();
    await page.getByText('Stap 1 van 6').waitFor();
    await fits('scoring (second participant), first step');
    await page.getByRole('button', { name: /^Nakijken en indienen/ }).click();
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Indienen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Jullie hebben allebei ingediend' }).waitFor();
    await fits('both submitted');
    await page.getByRole('button', { name: 'Naar samen bekijken' }).click();
    await page.getByRole('button', { name: 'Scores samen openen' }).waitFor();
    await fits('reveal');
    await page.getByRole('button', { name: 'Scores samen openen' }).click();
    await page.getByRole('button', { name: 'Ja, we zitten samen: open de scores' }).click();
    await page.getByRole('heading', { name: 'Actiepunten' }).waitFor();
    await fits('conversation of a revealed audit');

    await page.getByRole('navigation').getByRole('button', { name: 'Audits' }).click();
    await page.getByRole('button', { name: 'Audit DEMO-OCJ-2025-031 openen' }).click();
    await page.getByRole('button', { name: 'PDF-samenvatting maken' }).waitFor();
    await fits('completed audit');
    await page.getByRole('navigation').getByRole('button', { name: 'Back-ups' }).click();
    await page.getByRole('heading', { level: 1, name: 'Back-up en herstel' }).waitFor();
    await fits('backups');
    await page.getByRole('navigation').getByRole('button', { name: 'Samen leren' }).click();
    await page
      .locator('.team-count')
      .filter({ hasText: /in deze keuze/ })
      .waitFor();
    await fits('team view (learning over time)');
    await page.getByRole('button', { name: 'Breedte', exact: true }).click();
    await page.locator('table.breadth-list__table').waitFor();
    await fits('breadth dashboard and its dossier list');

    expect(problems).toEqual([]);
    expect(checked).toHaveLength(16);
    await page.context().close();
  });

  it('the recovery screen does not scroll sideways either', async () => {
    const dbPath = tempDbPath();
    fs.writeFileSync(dbPath, 'Dit is geen database maar een notitie.\n'.repeat(20));
    const server = await startServer({ dbPath });
    try {
      const page = await newPage(env.browser);
      const problems: string[] = [];
      await page.goto(server.url);
      await page.getByText('Het bestand is geen gegevensbestand van Casusaudit.').waitFor();
      await fitsEverySize(page, 'recovery', problems, []);
      expect(problems).toEqual([]);
      await page.context().close();
    } finally {
      await server.stop();
    }
  });

  for (const [lang, locale] of [
    ['nl', 'nl-BE'],
    ['en', 'en-GB'],
  ] as const) {
    it(`the header fits: no label wraps at 1024×640, and at 200% zoom it takes at most a quarter of the height (${lang})`, async () => {
      const page = await newPage(env.browser, locale);
      await page.goto(env.server.url);
      await page.getByRole('banner').getByRole('combobox').selectOption(lang);
      await page.getByRole('heading', { level: 1, name: 'Audits' }).waitFor();
      await page.setViewportSize({ width: 1024, height: 640 });
      expect((await headerFit(page)).wrapped).toEqual([]);
      await page.setViewportSize({ width: 683, height: 384 });
      const zoomed = await headerFit(page);
      expect(zoomed.wrapped).toEqual([]);
      expect(zoomed.height).toBeLessThanOrEqual(zoomed.viewport * HEADER_SHARE_AT_ZOOM);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(client);
      await page.context().close();
    });
  }

  it('"Scores samen openen" is visible without scrolling at 1366×768', async () => {
    const page = await newPage(env.browser);
    await page.goto(env.server.url);
    await page.getByRole('button', { name: 'Audit DEMO-OCJ-2024-017 openen' }).click();
    const reveal = page.getByRole('button', { name: 'Scores samen openen' });
    await reveal.waitFor();
    const box = (await reveal.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    await page.context().close();
  });
});

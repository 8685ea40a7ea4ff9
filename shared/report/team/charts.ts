/**
 * The team PDF's charts as jsPDF vector shapes, like the screen's: per principle the spread per quarter (whisker from
 * lowest to highest, a band over the middle half, a dot on the median) and per quarter a stacked bar of the action
 * points (done solid, still open striped, no longer relevant dotted). Okabe-Ito colours; shapes and patterns keep
 * them apart on a greyscale printout, and the numbers are in the tables beside them.
 */
import type { jsPDF } from 'jspdf';
import type { ActionsSummary, PrincipleTrend, Quarter } from '../../domain/teamView';
import { OKABE_ITO, quarterLabel, STATE_COLOR, STATE_ORDER } from '../../i18n/teamView';
import { COLOR, type Rgb } from '../pdf/layout';
import type { TeamLayout } from './layout';

export const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function scaleTicks(min: number, max: number): number[] {
  const step = Math.max(1, Math.ceil((max - min) / 5));
  const ticks: number[] = [];
  for (let v = min; v <= max; v += step) ticks.push(v);
  if (ticks[ticks.length - 1] !== max) ticks.push(max);
  return ticks;
}

/** One principle's chart inside `box` (axis labels and quarter labels included). */
export function drawSpreadChart({ doc, flow, t }: TeamLayout, trend: PrincipleTrend, quarters: Quarter[], box: Box) {
  const left = box.x + 7;
  const bottom = box.y + box.h - 7;
  const top = box.y + 2;
  const { min, max } = trend.scale;
  const y = (v: number) => top + ((max - v) / (max - min || 1)) * (bottom - top);
  doc.setLineWidth(0.15);
  doc.setDrawColor(...COLOR.line);
  flow.font(6.5, 'normal', COLOR.muted);
  for (const v of scaleTicks(min, max)) {
    doc.line(left, y(v), box.x + box.w, y(v));
    doc.text(String(v), left - 1.5, y(v), { align: 'right', baseline: 'middle' });
  }
  const colW = (box.x + box.w - left) / Math.max(1, quarters.length);
  const byQuarter = new Map(trend.perQuarter.map((q) => [q.quarter, q.spread]));
  quarters.forEach((q, i) => {
    const cx = left + colW * (i + 0.5);
    const s = byQuarter.get(q);
    if (s && !s.tooFew && s.median !== null) {
      doc.setDrawColor(...rgb(OKABE_ITO.black));
      doc.setLineWidth(0.3);
      doc.line(cx, y(s.max!), cx, y(s.min!));
      const bw = Math.min(4.5, colW * 0.55);
      doc.setFillColor(...rgb(OKABE_ITO.skyBlue));
      doc.setDrawColor(...rgb(OKABE_ITO.blue));
      doc.rect(cx - bw / 2, y(s.q3!), bw, Math.max(0.4, y(s.q1!) - y(s.q3!)), 'FD');
      doc.setFillColor(...rgb(OKABE_ITO.black));
      doc.setDrawColor(255, 255, 255);
      doc.circle(cx, y(s.median), 0.9, 'FD');
    } else {
      flow.font(7, 'normal', COLOR.muted);
      doc.text('–', cx, (top + bottom) / 2, { align: 'center', baseline: 'middle' });
    }
    flow.font(6, 'normal', COLOR.muted);
    const [year, n] = q.split('-Q');
    doc.text(n ? t('teamView.quarterOnly', { q: n }) : q, cx, bottom + 1.2, { align: 'center', baseline: 'top' });
    doc.text(year ?? '', cx, bottom + 3.9, { align: 'center', baseline: 'top' });
  });
}

/** The key to the spread charts' shapes, on one line at the writing position. */
export function drawSpreadLegend({ doc, flow, t }: TeamLayout, x: number) {
  const yy = flow.y + 1.5;
  flow.font(7.5, 'normal', COLOR.muted);
  doc.setFillColor(...rgb(OKABE_ITO.black));
  doc.circle(x + 1, yy, 0.9, 'F');
  let at = x + 3;
  doc.text(t('teamView.legendMedian'), at, yy, { baseline: 'middle' });
  at += doc.getTextWidth(t('teamView.legendMedian')) + 5;
  doc.setFillColor(...rgb(OKABE_ITO.skyBlue));
  doc.setDrawColor(...rgb(OKABE_ITO.blue));
  doc.setLineWidth(0.3);
  doc.rect(at, yy - 1.5, 2.5, 3, 'FD');
  doc.text(t('teamView.legendMiddle'), at + 4, yy, { baseline: 'middle' });
  at += 4 + doc.getTextWidth(t('teamView.legendMiddle')) + 5;
  doc.setDrawColor(...rgb(OKABE_ITO.black));
  doc.line(at + 1, yy - 1.7, at + 1, yy + 1.7);
  doc.text(t('teamView.legendRange'), at + 3, yy, { baseline: 'middle' });
  flow.gap(5);
}

/** A part of a stacked bar: solid (done), striped (open) or dotted (no longer relevant). */
export function statePart(doc: jsPDF, state: (typeof STATE_ORDER)[number], b: Box) {
  doc.setFillColor(...rgb(STATE_COLOR[state]));
  doc.rect(b.x, b.y, b.w, b.h, 'F');
  doc.setDrawColor(0, 0, 0);
  doc.setFillColor(0, 0, 0);
  doc.setLineWidth(0.25);
  if (state === 'open') for (let x = b.x + 0.8; x < b.x + b.w; x += 1.4) doc.line(x, b.y, x, b.y + b.h);
  if (state === 'dropped')
    for (let x = b.x + 0.9; x < b.x + b.w; x += 1.8)
      for (let y = b.y + 0.9; y < b.y + b.h; y += 1.8) doc.circle(x, y, 0.25, 'F');
}

/** Per quarter a stacked bar of the action points, with the total at its end; returns the height used. */
export function drawActionsChart(layout: TeamLayout, actions: ActionsSummary, box: Box): number {
  const { doc, flow, t } = layout;
  const row = 6;
  const labelW = 22;
  const most = Math.max(1, ...actions.perQuarter.map((r) => r.total));
  const scale = (box.w - labelW - 10) / most;
  actions.perQuarter.forEach((r, i) => {
    const y = box.y + i * row;
    flow.font(7.5, 'normal', COLOR.ink);
    doc.text(quarterLabel(t, r.quarter), box.x + labelW - 2, y + row / 2, { align: 'right', baseline: 'middle' });
    if (r.tooFew) {
      flow.font(7.5, 'normal', COLOR.muted);
      doc.text(t('teamView.tooFewShort'), box.x + labelW, y + row / 2, { baseline: 'middle' });
      return;
    }
    let x = box.x + labelW;
    for (const s of STATE_ORDER) {
      const w = r.byState[s] * scale;
      if (w > 0) statePart(doc, s, { x, y: y + 1, w, h: row - 2 });
      x += w;
    }
    flow.font(7.5, 'normal', COLOR.ink);
    doc.text(String(r.total), x + 1.5, y + row / 2, { baseline: 'middle' });
  });
  return actions.perQuarter.length * row;
}

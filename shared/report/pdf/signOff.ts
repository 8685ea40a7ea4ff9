/** The sign-off: one box per rater with name and date (or "not signed"), then any earlier reopenings. */
import { COLOR, CONTENT_WIDTH, LINE_HEIGHT, MARGIN, type ReportLayout } from './layout';

function signOffBoxes({ model, doc, flow, t, date, raterLabel }: ReportLayout): void {
  const boxWidth = (CONTENT_WIDTH - 6) / 2;
  flow.font(10.5, 'bold', COLOR.ink);
  const nameLh = flow.lineHeight(10.5);
  // A long name wraps onto as many lines as it needs; the boxes grow together so they stay the same height.
  const names = (['consultant', 'reviewer'] as const).map(
    (r) => doc.splitTextToSize(model.signOffs[r]?.name ?? model.people[r].name, boxWidth - 6) as string[],
  );
  const extra = (Math.max(...names.map((n) => n.length)) - 1) * nameLh;
  const boxHeight = 24 + extra;
  flow.ensure(boxHeight + 12);
  const top = flow.y;
  (['consultant', 'reviewer'] as const).forEach((r, i) => {
    const x = MARGIN.left + i * (boxWidth + 6);
    const s = model.signOffs[r];
    doc.setDrawColor(...COLOR.line);
    doc.setLineWidth(0.3);
    doc.rect(x, top, boxWidth, boxHeight, 'S');
    flow.font(8, 'bold', COLOR.muted);
    doc.text(raterLabel(r), x + 3, top + 3, { baseline: 'top', charSpace: 0.3 });
    flow.font(10.5, 'bold', COLOR.ink);
    doc.text(names[i] as string[], x + 3, top + 9, { baseline: 'top', lineHeightFactor: LINE_HEIGHT });
    flow.font(9, 'normal', s ? COLOR.ink : COLOR.reviewer);
    doc.text(s ? t('report.signedOn', { date: date(s.signedAt) }) : t('report.notSigned'), x + 3, top + 16 + extra, {
      baseline: 'top',
    });
  });
  flow.y = top + boxHeight + 3;
  if (!model.final) flow.text(t('report.notCompleted'), { size: 9.5, style: 'bold', color: COLOR.reviewer, after: 2 });
}

function reopenings({ model, flow, t, date }: ReportLayout): void {
  if (model.reopenings.length === 0) return;
  flow.gap(2);
  flow.text(t('report.reopenedTitle'), { size: 9, style: 'bold', after: 0.5 });
  for (const r of model.reopenings) {
    flow.text(t('report.reopened', { date: date(r.reopenedAt), name: r.byName, reason: r.reason }), {
      size: 9,
      color: COLOR.muted,
      after: 0.8,
    });
  }
}

export function renderSignOff(layout: ReportLayout): void {
  layout.sectionTitle(layout.t('report.signOffTitle'));
  signOffBoxes(layout);
  reopenings(layout);
}

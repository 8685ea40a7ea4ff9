/** The action points agreed in the conversation: what, who and by when, or a line saying there are none. */
import type { RowInput } from 'jspdf-autotable';
import { COLOR, type ReportLayout } from './layout';

/** Lays out the action points; returns the page they start on. */
export function renderActions({ model, doc, flow, t, date, table, tableBase, sectionTitle }: ReportLayout): number {
  sectionTitle(t('report.actionsTitle'));
  const page = doc.getCurrentPageInfo().pageNumber;
  if (model.actions.length === 0) flow.text(t('report.noActions'), { size: 9.5, color: COLOR.muted, after: 2 });
  else {
    const body: RowInput[] = model.actions.map((a) => [a.what, a.who || '–', a.due ? date(a.due) : '–']);
    table({
      head: [[t('report.actionWhat'), t('report.actionWho'), t('report.actionDue')]],
      body,
      styles: { ...tableBase.styles, fontSize: 9 },
      columnStyles: { 0: { cellWidth: 'auto' }, 1: { cellWidth: 38 }, 2: { cellWidth: 32 } },
    });
    flow.gap(4);
  }
  return page;
}

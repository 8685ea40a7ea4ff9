/**
 * The report fonts for the renderer: inlined as base64 by Vite in their own lazy chunks, so they load only
 * when someone makes a PDF and need no file access (works the same under file:// in Electron).
 */
import type { ReportFonts } from '../../../shared/report/pdf';

let loading: Promise<ReportFonts> | null = null;

export function loadReportFonts(): Promise<ReportFonts> {
  loading ??= Promise.all([
    import('../../../assets/fonts/DejaVuSans.ttf?inline'),
    import('../../../assets/fonts/DejaVuSans-Bold.ttf?inline'),
  ]).then(([regular, bold]) => ({ regular: regular.default, bold: bold.default }));
  // A failed load may be retried by the next click.
  loading.catch(() => (loading = null));
  return loading;
}

/**
 * The PDF fonts for the team report, inlined by Vite in lazy chunks as for the audit PDF (features/report/fonts.ts;
 * features do not import each other, and Vite shares the font chunks between both).
 */
import type { ReportFonts } from '../../../shared/report/pdf/document';

let loading: Promise<ReportFonts> | null = null;

export async function loadTeamFonts(withEmoji: boolean): Promise<ReportFonts> {
  loading ??= Promise.all([
    import('../../../assets/fonts/DejaVuSans.ttf?inline'),
    import('../../../assets/fonts/DejaVuSans-Bold.ttf?inline'),
  ]).then(([regular, bold]) => ({ regular: regular.default, bold: bold.default }));
  loading.catch(() => (loading = null));
  const fonts = await loading;
  if (!withEmoji) return fonts;
  const emoji = await import('../../../assets/fonts/NotoEmoji-Regular.ttf?inline');
  return { ...fonts, emoji: emoji.default };
}

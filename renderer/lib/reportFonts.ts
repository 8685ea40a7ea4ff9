/**
 * The report fonts for the renderer: inlined as base64 by Vite in their own lazy chunks, so they load only
 * when someone makes a PDF and need no file access (works the same under file:// in Electron). The emoji font
 * (Noto Emoji, ~0.8 MB) loads only for a report whose text may need it.
 */
import type { ReportFonts } from '../../shared/report/pdf';

let loading: Promise<ReportFonts> | null = null;
let loadingEmoji: Promise<string> | null = null;

function loadEmojiFont(): Promise<string> {
  loadingEmoji ??= import('../../assets/fonts/NotoEmoji-Regular.ttf?inline').then((m) => m.default);
  loadingEmoji.catch(() => (loadingEmoji = null));
  return loadingEmoji;
}

export async function loadReportFonts(withEmoji = false): Promise<ReportFonts> {
  loading ??= Promise.all([
    import('../../assets/fonts/DejaVuSans.ttf?inline'),
    import('../../assets/fonts/DejaVuSans-Bold.ttf?inline'),
  ]).then(([regular, bold]) => ({ regular: regular.default, bold: bold.default }));
  // A failed load may be retried by the next click.
  loading.catch(() => (loading = null));
  const fonts = await loading;
  return withEmoji ? { ...fonts, emoji: await loadEmojiFont() } : fonts;
}

/**
 * The matrix draft being edited, in memory only (zustand): nothing reaches the database until "Opslaan als nieuwe
 * versie". Updates keep untouched principles and questions as they were, so only what changed renders again.
 */
import { create } from 'zustand';
import {
  draftFromTemplate,
  moved,
  newPrinciple,
  newQuestion,
  type DraftPrinciple,
  type DraftQuestion,
  type MatrixDraft,
} from '../../../../shared/domain/matrixDraft';
import type { TemplateContent } from '../../../../shared/domain/template';

/** What to focus after the next render: an element by its id (a moved item's button, an added field). */
export interface FocusRequest {
  id: string;
}

interface EditorState {
  draft: MatrixDraft | null;
  dirty: boolean;
  focus: FocusRequest | null;
  /** The polite announcement after a move, an addition or a removal. */
  announcement: string;
  start: (content: TemplateContent) => void;
  close: () => void;
  setMeta: (patch: Partial<Pick<MatrixDraft, 'name' | 'source'>>) => void;
  setPrinciple: (id: string, patch: Partial<DraftPrinciple>) => void;
  setQuestion: (id: string, patch: Partial<DraftQuestion>) => void;
  addPrinciple: () => DraftPrinciple;
  removePrinciple: (id: string) => void;
  movePrinciple: (id: string, delta: number) => void;
  addQuestion: (principleId: string) => DraftQuestion;
  removeQuestion: (id: string) => void;
  moveQuestion: (id: string, delta: number) => void;
  requestFocus: (id: string, announcement?: string) => void;
  focusDone: () => void;
}

const mapQuestions = (d: MatrixDraft, f: (items: DraftQuestion[]) => DraftQuestion[]): MatrixDraft => ({
  ...d,
  principles: d.principles.map((p) => {
    const items = f(p.items);
    return items === p.items ? p : { ...p, items };
  }),
});

export const useMatrixEditor = create<EditorState>((set, get) => {
  const edit = (f: (d: MatrixDraft) => MatrixDraft) => {
    const d = get().draft;
    if (d) set({ draft: f(d), dirty: true });
  };
  return {
    draft: null,
    dirty: false,
    focus: null,
    announcement: '',
    start: (content) => set({ draft: draftFromTemplate(content), dirty: false, focus: null, announcement: '' }),
    close: () => set({ draft: null, dirty: false, focus: null, announcement: '' }),
    setMeta: (patch) => edit((d) => ({ ...d, ...patch })),
    setPrinciple: (id, patch) =>
      edit((d) => ({ ...d, principles: d.principles.map((p) => (p.id === id ? { ...p, ...patch } : p)) })),
    setQuestion: (id, patch) =>
      edit((d) => {
        if (d.overall.id === id) return { ...d, overall: { ...d.overall, ...patch } };
        return mapQuestions(d, (items) =>
          items.some((q) => q.id === id) ? items.map((q) => (q.id === id ? { ...q, ...patch } : q)) : items,
        );
      }),
    addPrinciple: () => {
      const p = newPrinciple();
      edit((d) => ({ ...d, principles: [...d.principles, p] }));
      return p;
    },
    removePrinciple: (id) => edit((d) => ({ ...d, principles: d.principles.filter((p) => p.id !== id) })),
    movePrinciple: (id, delta) =>
      edit((d) => ({
        ...d,
        principles: moved(
          d.principles,
          d.principles.findIndex((p) => p.id === id),
          delta,
        ),
      })),
    addQuestion: (principleId) => {
      const q = newQuestion();
      edit((d) => ({
        ...d,
        principles: d.principles.map((p) => (p.id === principleId ? { ...p, items: [...p.items, q] } : p)),
      }));
      return q;
    },
    removeQuestion: (id) =>
      edit((d) =>
        mapQuestions(d, (items) => (items.some((q) => q.id === id) ? items.filter((q) => q.id !== id) : items)),
      ),
    moveQuestion: (id, delta) =>
      edit((d) =>
        mapQuestions(d, (items) => {
          const at = items.findIndex((q) => q.id === id);
          return at < 0 ? items : moved(items, at, delta);
        }),
      ),
    requestFocus: (id, announcement) => set((s) => ({ focus: { id }, announcement: announcement ?? s.announcement })),
    focusDone: () => set({ focus: null }),
  };
});

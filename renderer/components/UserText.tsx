/**
 * Text that a person typed (a name, a dossier code, a note, an action, a reason), shown isolated from the text
 * around it: direction marks or right-to-left letters inside it (a name ending in U+202E, say) cannot reorder the
 * label, the separator or the next name beside it. `<bdi>` is `unicode-bidi: isolate` with its direction taken
 * from its own first letter; the `user-text` class says so explicitly (renderer/styles/base.css). The text itself
 * is shown exactly as stored.
 */
import { Fragment, type ReactNode } from 'react';

export function UserText({ children }: { children: string | null | undefined }) {
  return <bdi className="user-text">{children}</bdi>;
}

/** Marks a place in a translated sentence for `Sentence`: pass `slot('name')` to t() instead of the user's text. */
export const slot = (name: string): string => `\uE000${name}\uE001`;
const SLOT = /\uE000(\w+)\uE001/;

/**
 * A translated sentence with user text in it, each piece isolated as UserText, e.g.
 * `<Sentence text={t('scoring.startAs', { name: slot('name') })} user={{ name: person.name }} />`.
 * The user's text never passes through the translation, so it is neither formatted nor interpreted there.
 */
export function Sentence({ text, user }: { text: string; user: Record<string, string | null | undefined> }) {
  const parts: ReactNode[] = text
    .split(SLOT)
    .map((part, i) => (i % 2 === 1 ? <UserText key={i}>{user[part]}</UserText> : <Fragment key={i}>{part}</Fragment>));
  // One inline element around the sentence: inside a flex container (a button) its pieces stay one line of text.
  return <span>{parts}</span>;
}

/** Bidi controls or letters of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko, … and their blocks). */
const BIDI_RISK = /[\p{Bidi_Control}\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * For plain-text places that cannot hold an element (the options of a `<select>`): user text that could reorder
 * its neighbours is put between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE; other text is returned as is.
 */
export const isolatedPlainText = (text: string): string => (BIDI_RISK.test(text) ? `\u2068${text}\u2069` : text);

/**
 * The one way keyboard focus moves after a screen change: to the new screen's heading (or another named target) once
 * it is in the document and rendered. Many screens first show "Even geduld…" and their heading only after loading, so
 * focusing at once would land on nothing; the helper watches the document until the target is there. One request at
 * a time: a newer one replaces a pending one, and a target that never appears is given up after a while.
 */
import { useEffect, type RefObject } from 'react';

/** An element id, a ref, or a function that finds the target (null while it is not there yet). */
export type FocusTarget = string | RefObject<HTMLElement | null> | (() => HTMLElement | null);

const GIVE_UP_MS = 10_000;
let cancelPending: (() => void) | null = null;

function find(target: FocusTarget): HTMLElement | null {
  if (typeof target === 'string') return document.getElementById(target);
  if (typeof target === 'function') return target();
  return target.current;
}

/** Laid out and not hidden: focusing it moves the screen reader and the visible focus there. */
const isShown = (el: HTMLElement) => el.isConnected && el.getClientRects().length > 0;

export interface FocusOptions {
  /** Wait for a new element: the one found now is about to be replaced (e.g. a section that reloads). */
  replaced?: boolean;
}

/**
 * Focuses the target as soon as it is shown (now, if it already is). Returns a function that cancels the request.
 * The element should be focusable: a heading needs tabIndex={-1} (and gets the visible focus style in base.css).
 */
export function focusWhenShown(target: FocusTarget, options: FocusOptions = {}): () => void {
  cancelPending?.();
  if (typeof document === 'undefined') return () => {};
  const old = options.replaced ? find(target) : null;
  let done = false;
  const tryFocus = () => {
    const el = find(target);
    if (done || !el || el === old || !isShown(el)) return;
    stop();
    el.focus();
  };
  const observer = new MutationObserver(tryFocus);
  const timer = setTimeout(() => stop(), GIVE_UP_MS);
  const stop = () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    if (cancelPending === stop) cancelPending = null;
  };
  cancelPending = stop;
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  tryFocus();
  return stop;
}

/**
 * Focuses the target whenever `key` changes (and when the component appears), once the target is shown: e.g. a
 * step's heading after the step changed, or after the data under it has loaded. `enabled` false skips it.
 */
export function useFocusOnShow(target: FocusTarget, key: unknown, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    return focusWhenShown(target);
    // The target is read when the request runs; only a new key (or enabling) makes a new request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, enabled]);
}

/**
 * After both submitted: the deliberate reveal, both perspectives side by side (matrix order), the conversation in
 * the three columns the users know, and the shared sign-off. Notes are saved on every change.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RATERS, type AuditDetail, type Rater } from '../../../shared/domain/model';
import { AUDIT_SCOPE, NOTE_COLUMNS, type NoteColumn, type Rating, type Revealed } from '../../../shared/domain/scoring';
import { pick, type Locale, type TemplateContent, type TemplateItem } from '../../../shared/domain/template';
import { appreciativeOrder, compareItems, type Category } from '../../../shared/domain/compare';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDateTime } from '../../components/format';

function Reveal({ audit, onRevealed }: { audit: AuditDetail; onRevealed: () => void }) {
  const { t } = useTranslation();
  const [together, setTogether] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <section className="handover" aria-labelledby="reveal-title">
      <h2 id="reveal-title">{t('compare.revealTitle')}</h2>
      <p>{t('compare.revealText', { a: audit.consultant.name, b: audit.reviewer.name })}</p>
      <label className="choice">
        <input type="checkbox" checked={together} onChange={(e) => setTogether(e.target.checked)} /> {t('compare.revealConfirm')}
      </label>
      <ErrorBanner error={error} />
      <div className="form-actions">
        <button
          type="button"
          className="btn btn--primary"
          disabled={!together}
          onClick={() =>
            void call('reveal', { auditId: audit.id })
              .then(onRevealed)
              .catch(setError)
          }
        >
          {t('compare.reveal')}
        </button>
      </div>
    </section>
  );
}

function Score({ rating, who, name }: { rating: Rating | undefined; who: Rater; name: string }) {
  const { t } = useTranslation();
  return (
    <div className={`perspective perspective--${who}`}>
      <p className="perspective__head">
        <span className="perspective__mark" aria-hidden="true">{who === 'consultant' ? '●' : '◆'}</span> {name}:{' '}
        <strong>
          {!rating || (rating.score === null && !rating.notApplicable)
            ? t('compare.noAnswer')
            : rating.notApplicable
              ? t('compare.notApplicable')
              : rating.score}
        </strong>
      </p>
      {rating?.notApplicable && rating.naReason && <p className="perspective__text">{rating.naReason}</p>}
      {rating?.rationale && <p className="perspective__text">{rating.rationale}</p>}
    </div>
  );
}

function ItemRow({ item, revealed, audit, locale }: { item: TemplateItem; revealed: Revealed; audit: AuditDetail; locale: Locale }) {
  const { t } = useTranslation();
  const c = revealed.ratings.consultant.find((r) => r.itemKey === item.key);
  const r = revealed.ratings.reviewer.find((x) => x.itemKey === item.key);
  const diff = c?.score != null && r?.score != null ? Math.abs(c.score - r.score) : null;
  return (
    <article className="item-card">
      <h4>{pick(item.title, locale)}</h4>
      <p className="muted small">{pick(item.question, locale)}</p>
      {diff !== null && diff >= 2 && <p className="perspective__diff">{t('compare.difference', { count: diff })}</p>}
      <div className="perspectives">
        <Score rating={c} who="consultant" name={audit.consultant.name} />
        <Score rating={r} who="reviewer" name={audit.reviewer.name} />
      </div>
    </article>
  );
}

function NoteField({ auditId, scope, column, initial, readOnly }: { auditId: number; scope: string; column: NoteColumn; initial: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [state, setState] = useState<'saving' | 'saved' | 'error' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const inflight = useRef<Promise<void> | null>(null);
  const latest = useRef(initial);
  const save = useCallback(() => {
    if (inflight.current) return;
    const value = latest.current;
    setState('saving');
    inflight.current = call('saveNote', { auditId, scope, column, text: value })
      .then(() => setState('saved'))
      .catch((err) => {
        setState('error');
        setError(err);
      })
      .finally(() => {
        inflight.current = null;
        if (latest.current !== value) save();
      });
  }, [auditId, scope, column]);
  const id = `note-${scope}-${column}`;
  return (
    <div className="field note-column">
      <label htmlFor={id}>{t(`compare.columns.${column}`)}</label>
      <textarea
        id={id}
        rows={5}
        value={text}
        readOnly={readOnly}
        onChange={(e) => {
          setText(e.target.value);
          latest.current = e.target.value;
          save();
        }}
      />
      <span className="save-state" role="status" aria-live="polite">
        {state === 'saving' ? t('common.saving') : state === 'saved' ? t('common.saved') : state === 'error' ? t('common.saveFailed') : ''}
      </span>
      <ErrorBanner error={error} />
    </div>
  );
}

export function ComparePanel({ audit, onChanged }: { audit: AuditDetail; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'nl';
  const [template, setTemplate] = useState<TemplateContent | null>(null);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [order, setOrder] = useState<'appreciative' | 'matrix'>('appreciative');
  const [names, setNames] = useState<Record<Rater, string>>({ consultant: audit.consultant.name, reviewer: audit.reviewer.name });
  const readOnly = audit.status === 'completed';

  useEffect(() => {
    if (audit.status === 'ready') return;
    Promise.all([call('getTemplate', { id: audit.template.id }), call('getRevealed', { auditId: audit.id })])
      .then(([tpl, rev]) => {
        setTemplate(tpl.content);
        setRevealed(rev);
      })
      .catch(setError);
  }, [audit.id, audit.status, audit.template.id]);

  if (audit.status === 'ready') return <Reveal audit={audit} onRevealed={onChanged} />;
  if (error) return <ErrorBanner error={error} />;
  if (!template || !revealed) return <p>{t('common.loading')}</p>;

  const note = (column: NoteColumn) => revealed.notes.find((n) => n.scope === AUDIT_SCOPE && n.column === column)?.text ?? '';
  const signed = new Map(revealed.signOffs.map((s) => [s.rater, s]));
  const sign = (rater: Rater) =>
    void call('signOff', { auditId: audit.id, rater, name: names[rater] })
      .then(onChanged)
      .catch(setError);

  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">{t('compare.title')}</h2>
      <p className="muted">{t('compare.intro')}</p>
      <fieldset className="field">
        <legend>{t('compare.orderLabel')}</legend>
        <div className="choice-row">
          {(['appreciative', 'matrix'] as const).map((o) => (
            <label key={o} className="choice">
              <input type="radio" name="compare-order" checked={order === o} onChange={() => setOrder(o)} /> {t(`compare.order.${o}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {order === 'matrix'
        ? [...template.principles.map((p) => ({ key: p.key, title: pick(p.title, locale), items: p.items })), { key: 'overall', title: t('scoring.overallStep'), items: [template.overall] }].map((p) => (
            <section key={p.key} aria-labelledby={`cmp-${p.key}`}>
              <h3 id={`cmp-${p.key}`}>{p.title}</h3>
              {p.items.map((item) => (
                <ItemRow key={item.key} item={item} revealed={revealed} audit={audit} locale={locale} />
              ))}
            </section>
          ))
        : (() => {
            const ordered = appreciativeOrder(compareItems(template, revealed.ratings.consultant, revealed.ratings.reviewer));
            const groups = new Map<Category, typeof ordered>();
            for (const x of ordered) groups.set(x.category, [...(groups.get(x.category) ?? []), x]);
            return [...groups.entries()].map(([category, items]) => (
              <section key={category} aria-labelledby={`cmp-${category}`}>
                <h3 id={`cmp-${category}`}>{t(`compare.category.${category}`)}</h3>
                <p className="muted small">{t(`compare.categoryHint.${category}`)}</p>
                {items.map((x) => (
                  <ItemRow key={x.item.key} item={x.item} revealed={revealed} audit={audit} locale={locale} />
                ))}
              </section>
            ));
          })()}
      <section aria-labelledby="talk-title">
        <h2 id="talk-title">{t('compare.conversationTitle')}</h2>
        <p className="muted">{t('compare.conversationIntro')}</p>
        <div className="note-columns">
          {NOTE_COLUMNS.map((c) => (
            <NoteField key={c} auditId={audit.id} scope={AUDIT_SCOPE} column={c} initial={note(c)} readOnly={readOnly} />
          ))}
        </div>
      </section>
      <section aria-labelledby="sign-title">
        <h2 id="sign-title">{t('compare.signTitle')}</h2>
        <div className="seats">
          {RATERS.map((rater) => {
            const s = signed.get(rater);
            return (
              <div className="seat" key={rater}>
                <p className="seat__role">{t(`raters.${rater}`)}</p>
                {s ? (
                  <p className="seat__state is-done">{t('compare.signedBy', { name: s.name, date: formatDateTime(s.signedAt, locale) })}</p>
                ) : (
                  <>
                    <div className="field">
                      <label htmlFor={`sign-${rater}`}>{t('compare.signName')}</label>
                      <input id={`sign-${rater}`} type="text" value={names[rater]} onChange={(e) => setNames({ ...names, [rater]: e.target.value })} />
                    </div>
                    <button type="button" className="btn btn--primary" disabled={readOnly} onClick={() => sign(rater)}>
                      {t('compare.sign')}
                    </button>
                  </>
                )}
              </div>
            );
          })}
        </div>
        {readOnly && <p className="banner banner--ok">{t('compare.completed')}</p>}
      </section>
    </section>
  );
}

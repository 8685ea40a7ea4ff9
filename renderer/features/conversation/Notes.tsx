/**
 * The appreciative conversation in the three columns people already use (what goes well, worries, next steps),
 * per principle and for the audit as a whole, with an optional agreed score per principle. Saved on every change.
 */
import { useTranslation } from 'react-i18next';
import { AUDIT_SCOPE, NOTE_COLUMNS } from '../../../shared/domain/conversation';
import { pick, type Locale, type TemplatePrinciple } from '../../../shared/domain/template';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SaveStatus } from '../../components/SaveStatus';
import { agreedKey, noteKey, useConversation } from './store';

export function NoteColumns({
  scope,
  readOnly,
  labelPrefix,
}: {
  scope: string;
  readOnly: boolean;
  labelPrefix: string;
}) {
  const { t } = useTranslation();
  const notes = useConversation((s) => s.notes);
  const saveState = useConversation((s) => s.saveState);
  const errors = useConversation((s) => s.errors);
  const setNote = useConversation((s) => s.setNote);
  return (
    <div className="note-columns">
      {NOTE_COLUMNS.map((column) => {
        const key = noteKey(scope, column);
        const id = `note-${scope}-${column}`;
        return (
          <div className={`field note-column note-column--${column}`} key={column}>
            <label htmlFor={id}>
              <span className="visually-hidden">{labelPrefix}: </span>
              {t(`conversation.columns.${column}`)}
            </label>
            <p className="field__hint" id={`${id}-hint`}>
              {t(`conversation.columnHints.${column}`)}
            </p>
            <textarea
              id={id}
              rows={4}
              value={notes[key] ?? ''}
              readOnly={readOnly}
              aria-describedby={`${id}-hint ${id}-state`}
              onChange={(e) => setNote(scope, column, e.target.value)}
            />
            <span id={`${id}-state`}>
              <SaveStatus state={saveState[key]} />
            </span>
            <ErrorBanner error={errors[key]} />
          </div>
        );
      })}
    </div>
  );
}

/**
 * What to talk about once a score is agreed. Once the audit is completed, nothing invites a change any more: the
 * agreed score is told in the past tense, and without one there is no prompt.
 */
function AgreedPrompt({
  id,
  score,
  scale,
  readOnly,
  title,
}: {
  id: string;
  score: number | null;
  scale: { max: number };
  readOnly: boolean;
  title: string;
}) {
  const { t } = useTranslation();
  if (readOnly && score === null) return null;
  return (
    <p className="agreed__prompt" id={id}>
      {readOnly
        ? t('conversation.sections.agreedDone', { score })
        : score === null
          ? t('conversation.agreed.prompt')
          : score >= scale.max
            ? t('conversation.agreed.promptTop', { score, title })
            : t('conversation.agreed.promptStep', { score, next: score + 1 })}
    </p>
  );
}

function AgreedScore({
  principle,
  readOnly,
  locale,
}: {
  principle: TemplatePrinciple;
  readOnly: boolean;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const key = agreedKey(principle.key);
  const score = useConversation((s) => s.agreed[key] ?? null);
  const state = useConversation((s) => s.saveState[key]);
  const error = useConversation((s) => s.errors[key]);
  const setAgreed = useConversation((s) => s.setAgreed);
  const scale = principle.items[0]!.scale;
  const id = `agreed-${principle.key}`;
  const options: number[] = [];
  for (let v = scale.min; v <= scale.max; v++) options.push(v);
  return (
    <div className="agreed">
      <div className="field agreed__field">
        <label htmlFor={id}>
          {t('conversation.agreed.label')} <span className="field__optional">({t('common.optional')})</span>
        </label>
        <select
          id={id}
          value={score === null ? '' : String(score)}
          disabled={readOnly}
          aria-describedby={readOnly && score === null ? undefined : `${id}-prompt`}
          onChange={(e) => setAgreed(principle.key, e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">{t('conversation.agreed.none')}</option>
          {options.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
        <SaveStatus state={state} />
      </div>
      <AgreedPrompt
        id={`${id}-prompt`}
        score={score}
        scale={scale}
        readOnly={readOnly}
        title={pick(principle.title, locale)}
      />
      <ErrorBanner error={error} />
    </div>
  );
}

/** The conversation about one principle: its three columns and the score agreed on together. */
export function PrincipleNotes({
  principle,
  readOnly,
  locale,
}: {
  principle: TemplatePrinciple;
  readOnly: boolean;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const headingId = `notes-${principle.key}`;
  return (
    <section className="notes-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t(readOnly ? 'conversation.sections.notesTitleDone' : 'conversation.sections.notesTitle')}
      </h3>
      <NoteColumns scope={principle.key} readOnly={readOnly} labelPrefix={pick(principle.title, locale)} />
      <AgreedScore principle={principle} readOnly={readOnly} locale={locale} />
    </section>
  );
}

/** The conversation about the trajectory as a whole, named as in scoring and on paper. */
export function AuditNotes({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const name = t('scoring.overallStep');
  return (
    <section className="notes-card notes-card--audit" aria-labelledby="notes-audit">
      <h3 id="notes-audit">
        {t(readOnly ? 'conversation.sections.notesTitleDone' : 'conversation.sections.notesTitle')}
      </h3>
      {!readOnly && <p className="muted small">{t('conversation.auditAsWholeHint')}</p>}
      <NoteColumns scope={AUDIT_SCOPE} readOnly={readOnly} labelPrefix={name} />
    </section>
  );
}

/**
 * Choosing a matrix (ADR 0016): the default matrix for new audits and retiring versions. Templates themselves never
 * change; these choices sit beside them (migration 11), so an audit always keeps the version it started with.
 */
import { ApiFailure } from '../../shared/api/errors';
import type { TemplateListing } from '../../shared/domain/model';
import type { Handlers, HandlerContext } from './context';

export type MatrixChoiceOperation = 'getDefaultTemplate' | 'setDefaultTemplate' | 'retireTemplate' | 'unretireTemplate';

export function matrixChoiceHandlers(ctx: HandlerContext): Pick<Handlers, MatrixChoiceOperation> {
  const { now, tx, templates, template, mustGet } = ctx;
  const listing = (id: number): TemplateListing =>
    mustGet(
      templates.list().find((t) => t.id === id),
      'template',
      id,
    );
  return {
    getDefaultTemplate: () => listing(mustGet(templates.defaultId(), 'template', 0)),
    setDefaultTemplate: ({ id }) =>
      tx(() => {
        template(id);
        if (templates.isRetired(id)) throw new ApiFailure('template_retired', { id });
        templates.setDefault(id);
        return listing(id);
      }),
    retireTemplate: ({ id }) =>
      tx(() => {
        template(id);
        if (templates.defaultId() === id) throw new ApiFailure('template_is_default', { id });
        templates.retire(id, now());
        return listing(id);
      }),
    unretireTemplate: ({ id }) =>
      tx(() => {
        template(id);
        templates.unretire(id);
        return listing(id);
      }),
  };
}
